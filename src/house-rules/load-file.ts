import { readFile } from 'node:fs/promises';
import { describeProblems, parseHouseRules, type LoadedHouseRules } from './load';

import { HouseRulesError } from './error';

export { HouseRulesError };

/** Reads a house-rules file for the CLI and the audit; a bad file is an error naming the field. */
export async function loadRuleSetFile(file: string): Promise<LoadedHouseRules> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new HouseRulesError(
      file,
      code === 'ENOENT'
        ? 'no such house-rules file: check the path'
        : `cannot read the house rules (${code ?? 'unknown error'})`,
    );
  }
  const loaded = parseHouseRules(text);
  if (!loaded.ok)
    throw new HouseRulesError(file, `${describeProblems(loaded.problems)}; fix it and run again`);
  return loaded;
}
