/** Every objective text in the labelled sets (test/corpus and test/fixtures), for tests that sweep them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledFiles } from '../../scripts/verdict-snapshots';

const ROOT = join(__dirname, '../..');

export function labelledTexts(): string[] {
  return labelledFiles(ROOT)
    .filter((file) => file.startsWith('test/'))
    .flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
}
