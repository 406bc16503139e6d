/**
 * The browser the browser tests drive with playwright-core. Playwright cannot download its own
 * browsers on a machine with no internet, so the tests use, in order:
 *
 *   1. CHROMIUM_PATH, when set;
 *   2. the system's Chromium (Debian's /usr/bin/chromium), when it is installed;
 *   3. the headless Chromium that the @sparticuz/chromium dev dependency ships inside its npm
 *      package, unpacked to the temporary folder on first use.
 *
 * So `npm install && npm test` needs nothing else on the machine. Without the background-
 * networking flags Chromium keeps trying to reach Google's hosts.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    const info = statSync(path);
    return info.isFile() && info.size > 0;
  } catch {
    return false;
  }
}

/** The system's Chromium, or undefined when there is none (or only an empty stand-in). */
export function systemChromium(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM;
  return isExecutableFile(path) ? path : undefined;
}

/**
 * The npm package's Chromium, unpacked (about 1.5 s, once per machine: later calls find it in
 * the temporary folder). test/global-setup.ts calls this before the tests start, so parallel
 * test files never unpack it at the same time.
 */
export async function npmChromium(): Promise<string> {
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

export async function chromiumPath(): Promise<string> {
  return systemChromium() ?? (await npmChromium());
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    // A native date input draws its date in the browser's own locale, not the page's or the
    // context's: with the machine's C locale the README's screenshots showed 03/12/2027 for
    // 12 March. A British social worker's browser shows 12/03/2027.
    env: { ...process.env, LANG: 'en_GB.UTF-8' },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/**
 * Browser tests get one retry, with the first failure printed. On a loaded two-core CI machine
 * the headless renderer once stalled for 30 s before a click on an enabled button (Playwright's
 * stability check never saw a frame); the same test passed in every run before and since, on
 * an idle host and under three busy CPU loops. A real fault fails both attempts.
 */
export function retryRendererStalls(): void {
  jest.retryTimes(1, { logErrorsBeforeRetry: true });
}
