import { PassThrough } from 'node:stream';
import { LineProgress } from '../../src/audit/progress';

test('off a terminal, prints a plain line every tenth of the way and at the end', () => {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const progress = new LineProgress(stream);
  progress.start(25);
  for (let i = 0; i < 25; i++) progress.tick(i === 3);
  progress.stop();
  const lines = text.trim().split('\n');
  expect(lines[0]).toBe('Checking 25 files...');
  expect(lines.at(-1)).toBe('Checked 25 of 25 files (100%, 1 could not be read)');
  expect(lines.length).toBeGreaterThanOrEqual(10);
  expect(lines.length).toBeLessThanOrEqual(12);
  // Counts only: nothing that could be a file name.
  expect(text).not.toMatch(/\.docx/);
});
