/**
 * Thrown by the CLI path: a house-rules file that cannot be used, in one line. Its own module so
 * that commands can recognise it without loading the schema (zod) when no rules were given.
 */
export class HouseRulesError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'HouseRulesError';
  }
}
