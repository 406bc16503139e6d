/**
 * `npm run record:first-contact`: writes test/corpus/first-contact-flags.json, the letters the
 * rules found unmet in each real tune half at its first contact (the release before the commit
 * that added it; scripts/first-contact-verdicts.ts). What the rules got wrong on text they had
 * never seen is what the second reading's vetoes learn from, so it is kept as data: training
 * then needs neither git history nor old releases, and gives the same weights on every machine.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRITERIA, type Criterion } from '../src/smart/types';
import { firstContactRelease, firstContactVerdicts } from './first-contact-verdicts';

const ROOT = join(__dirname, '..');
export const FIRST_CONTACT_FILE = join(ROOT, 'test/corpus/first-contact-flags.json');

export interface FirstContactFlags {
  /**
   * Per tune half: the release it was first checked with, and each objective's unmet letters
   * by their initials in SMART order ("smo": specific, measurable and outcome).
   */
  [file: string]: { release: string; unmet: Record<string, string> };
}

/** "smo" -> the letters it names. */
export function lettersOf(initials: string): Criterion[] {
  return CRITERIA.filter((c) => initials.includes(c[0]));
}

export function recordFirstContact(): FirstContactFlags {
  const out: FirstContactFlags = {};
  const files = readdirSync(join(ROOT, 'test/corpus'))
    .filter((f) => f.endsWith('.tune.jsonl'))
    .sort()
    .map((f) => `test/corpus/${f}`);
  for (const file of files) {
    const unmet: Record<string, string> = {};
    for (const v of firstContactVerdicts(file))
      unmet[v.id] = CRITERIA.filter((c) => v.errors.includes(c))
        .map((c) => c[0])
        .join('');
    out[file] = { release: firstContactRelease(file), unmet };
    console.log(`${file}: ${Object.keys(unmet).length} objectives`);
  }
  return out;
}

if (require.main === module) {
  const flags = recordFirstContact();
  // One line per tune half: the file is data read by the trainer, not by people.
  const lines = Object.entries(flags).map(
    ([f, v]) => `  ${JSON.stringify(f)}: ${JSON.stringify(v)}`,
  );
  writeFileSync(FIRST_CONTACT_FILE, `{\n${lines.join(',\n')}\n}\n`);
}
