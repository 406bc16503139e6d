/**
 * Every built page carries the Content-Security-Policy in a <meta>, the same policy local mode
 * sends as a header (less frame-ancestors, which only a header can carry), from one definition.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY as SERVER_POLICY } from '../../src/server/index';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/web/csp';

const WEB = resolve(__dirname, '../../dist/web');

/** The decoded content of the page's CSP <meta>, which must come before any script. */
function metaPolicy(html: string): string | undefined {
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i.exec(html);
  if (!meta) return undefined;
  const firstScript = html.indexOf('<script');
  if (firstScript !== -1 && firstScript < meta.index) return undefined;
  return meta[1]!
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

test('the server sends the policy that src/web/csp.ts defines', () => {
  expect(SERVER_POLICY).toBe(CONTENT_SECURITY_POLICY);
  expect(META_CONTENT_SECURITY_POLICY).toBe(
    CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; '),
  );
});

test('each built page has the policy in a <meta> before its first script', () => {
  // test/global-setup.ts builds the pages before the tests run.
  const pages = readdirSync(WEB).filter((f) => f.endsWith('.html'));
  expect(pages.sort()).toEqual([
    'auth.html',
    'commands.html',
    'playground.html',
    'tab.html',
    'taskpane.html',
  ]);
  for (const page of pages) {
    expect([page, metaPolicy(readFileSync(join(WEB, page), 'utf8'))]).toEqual([
      page,
      META_CONTENT_SECURITY_POLICY,
    ]);
  }
});

test('teams-js may fetch its list of valid domains from the Office CDN', () => {
  const connect = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('connect-src'));
  expect(connect?.split(' ')).toContain('https://res.cdn.office.net');
});

test('every built page names its icon, and the build has /favicon.ico for browsers that ask', () => {
  const pages = readdirSync(WEB).filter((f) => f.endsWith('.html'));
  for (const page of pages)
    expect([
      page,
      /<link rel="?icon"? href="?favicon\.ico"?/.test(readFileSync(join(WEB, page), 'utf8')),
    ]).toEqual([page, true]);
  const icon = readFileSync(join(WEB, 'favicon.ico'));
  // An ICO file: reserved 0, type 1 (icon), at least one image.
  expect([icon.readUInt16LE(0), icon.readUInt16LE(2)]).toEqual([0, 1]);
  expect(icon.readUInt16LE(4)).toBeGreaterThan(0);
});
