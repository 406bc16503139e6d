/**
 * zod's own messages ("Unrecognized key", "Invalid option: expected one of …") in the words a
 * team manager would use, for the problems the schema does not word itself. The schema's own
 * messages come first; these fill the rest, so every problem the settings page or the command
 * line shows says what to write instead.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const KINDS: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list in [ ]',
  object: 'a group of settings in { }',
};

const quoted = (values: readonly unknown[]) =>
  values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');

export function plainError(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(' and ');
      return `${keys} ${issue.keys.length === 1 ? 'is not a setting' : 'are not settings'} here: check the spelling, or remove ${issue.keys.length === 1 ? 'it' : 'them'}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `write ${quoted(issue.values)}`
        : `use one of ${quoted(issue.values)}`;
    case 'invalid_type':
      return issue.input === undefined
        ? `this is needed: write ${KINDS[issue.expected] ?? issue.expected}`
        : `write ${KINDS[issue.expected] ?? issue.expected} here`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? 'this cannot be empty'
          : `write at least ${issue.minimum} characters`
        : `give at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `this is too long: at most ${issue.maximum} characters`
        : issue.origin === 'array'
          ? `this list is too long: at most ${issue.maximum} entries`
          : `use ${issue.maximum} or less`;
    case 'invalid_union': {
      // "severity": "loud": each branch wanted one of a few words, so name them all.
      const branches = issue.errors;
      if (branches.length > 0 && branches.every((b) => b.every((e) => e.code === 'invalid_value')))
        return `use one of ${quoted(branches.flat().flatMap((e) => (e.code === 'invalid_value' ? e.values : [])))}`;
      return 'this is not one of the forms this setting takes: see the house-rules reference';
    }
    default:
      return undefined;
  }
}
