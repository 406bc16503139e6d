/** Every objective text in the labelled sets (test/corpus and test/fixtures), for tests that sweep them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledFiles } from '../../scripts/verdict-snapshots';

const ROOT = join(__dirname, '../..');

export function labelledTexts(): string[] {
  return textsOf(labelledFiles(ROOT).filter((file) => file.startsWith('test/')));
}

/** The texts of the sets read while developing: no blind or held-out set, whose errors stay unread. */
export function readTexts(): string[] {
  return textsOf(
    labelledFiles(ROOT).filter(
      (file) => file.startsWith('test/') && !/\.blind\.|heldout|blind\d/.test(file),
    ),
  );
}

function textsOf(files: string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}
