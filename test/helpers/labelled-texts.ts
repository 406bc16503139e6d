/** Every objective text in the labelled sets (test/corpus and test/fixtures), for tests that sweep them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

export function labelledTexts(): string[] {
  return [join(ROOT, 'test/corpus'), join(ROOT, 'test/fixtures')].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) =>
        readFileSync(join(dir, f), 'utf8')
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => (JSON.parse(line) as { text: string }).text),
      ),
  );
}
