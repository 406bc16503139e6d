/**
 * `npm run concern-triggers [-- SET ...]`: which word gave each concern, over the worries and
 * objectives of the read plans (test/worries/tune*), with how often and one text it came from.
 * The concern lexicon matches word stems, so a word can touch a concern in another sense ("using
 * pictures" as drug use, "maternal grandmother" as a pregnancy, "Miss Rowe" as a row); this lists
 * them for a person to check, a concern and its words a line. Never run on the blind plans: what
 * is learnt from their text would no longer be measured blind.
 */
import { concernsOf } from '../src/smart/worries/pair';
import { READ_SETS, loadSet } from './worry-sets';

/**
 * For each concern of a text, the words without which it is no longer read: its trigger. A
 * concern read from two places at once, so that no one word removes it, is "(several)".
 */
export function concernTriggers(text: string): Map<string, string> {
  const words = text.split(/\s+/).filter(Boolean);
  const triggers = new Map<string, string>();
  for (const concern of concernsOf(text)) {
    const needed = words.filter(
      (_, i) =>
        !concernsOf([...words.slice(0, i), ...words.slice(i + 1)].join(' ')).includes(concern),
    );
    triggers.set(concern, needed.length > 0 ? needed.join(' ') : '(several)');
  }
  return triggers;
}

const clean = (words: string) =>
  words.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

function main(): void {
  // `npm run concern-triggers | head` closes the pipe early: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const sets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : READ_SETS;
  if (sets.some((s) => s.includes('blind'))) {
    process.stderr.write('The blind plans are only measured, never read: leave them out.\n');
    process.exit(2);
  }
  const seen = new Map<string, { count: number; example: string }>();
  for (const set of sets)
    for (const { labels } of loadSet(set).plans)
      for (const item of [...labels.worries, ...labels.objectives])
        for (const [concern, words] of concernTriggers(item.text)) {
          const key = `${concern}\t${clean(words)}`;
          const held = seen.get(key);
          if (held) held.count++;
          else seen.set(key, { count: 1, example: item.text.replace(/\s+/g, ' ') });
        }
  const rows = [...seen].sort(
    ([a, x], [b, y]) => a.split('\t')[0].localeCompare(b.split('\t')[0]) || y.count - x.count,
  );
  for (const [key, { count, example }] of rows) {
    const [concern, words] = key.split('\t');
    process.stdout.write(`${concern}\t${count}\t${words}\t${example.slice(0, 100)}\n`);
  }
}

if (require.main === module) main();
