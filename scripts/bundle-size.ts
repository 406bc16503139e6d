/**
 * Prints each page's initial JavaScript (the scripts its HTML loads), raw and gzipped, and fails
 * when the Word task pane's is over its budget (300 KB gzipped). Runs after webpack (postbuild).
 *   npx tsx scripts/bundle-size.ts [dist/web]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET: Record<string, number> = { taskpane: 300 * 1024 };
const root = resolve(process.argv[2] || join(__dirname, '..', 'dist/web'));
if (!existsSync(root)) {
  console.error(`bundle-size: ${root} does not exist; run the webpack build first.`);
  process.exit(1);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
for (const html of readdirSync(root)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const page = html.replace(/\.html$/, '');
  const source = readFileSync(join(root, html), 'utf8');
  // Only our own scripts count; Office.js comes from Microsoft's CDN.
  // Minified HTML leaves attribute values unquoted: src=a.js, src="a.js" and src='a.js' all count.
  const scripts = [...source.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] || m[2] || m[3])
    .filter((s) => !/^https?:/.test(s));
  let raw = 0;
  let gzipped = 0;
  for (const src of scripts) {
    const file = readFileSync(join(root, src.replace(/^\//, '')));
    raw += file.length;
    gzipped += gzipSync(file, { level: 9 }).length;
  }
  const budget = BUDGET[page];
  const over = budget !== undefined && gzipped > budget;
  failed ||= over;
  console.log(
    `${page.padEnd(11)} initial JS ${kb(raw).padStart(10)} raw, ${kb(gzipped).padStart(9)} gzipped` +
      (budget ? ` (budget ${kb(budget)}${over ? ': OVER' : ''})` : ''),
  );
}
if (failed) {
  console.error(
    'bundle-size: the task pane is over its budget: lazy-load what its first view does not need.',
  );
  process.exit(1);
}
