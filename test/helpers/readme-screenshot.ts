/**
 * The README's pictures come from the browser tests, but a test run must not change the files a
 * user cloned: the tests keep their screenshots in test-artifacts, and copy one into
 * docs/screenshots only when asked with UPDATE_SCREENSHOTS=1.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const README_SHOTS = resolve(__dirname, '../../docs/screenshots');

/** Copies a test's screenshot over the README's picture `name`, when asked to. */
export function updateReadmeScreenshot(shot: string, name: string): void {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(README_SHOTS, { recursive: true });
  copyFileSync(shot, join(README_SHOTS, name));
}
