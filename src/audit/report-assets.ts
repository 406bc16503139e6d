/**
 * The report's stylesheet and its one optional script, as literals so that the report's
 * Content-Security-Policy can allow exactly them by hash and nothing else. The elements are
 * built here as whole strings, outside any `html` template, because the hash must match the
 * element's content byte for byte and a formatter is free to re-indent template markup.
 */
import { createHash } from 'node:crypto';
import { trustedLiteral } from './html';

export const REPORT_CSS = `
:root { --ink: #1b1b1b; --muted: #505a5f; --line: #b1b4b6; --panel: #f3f2f1; --accent: #1d4f91;
  --red: #a4262c; --amber: #8a5300; --green: #0b6a0b; }
* { box-sizing: border-box; }
body { font: 16px/1.5 "Segoe UI", system-ui, -apple-system, Arial, sans-serif; color: var(--ink);
  margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 2rem; margin: 0 0 .25rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 1rem; border-bottom: 3px solid var(--accent); padding-bottom: .25rem; }
h3 { font-size: 1.2rem; margin: 2rem 0 .5rem; overflow-wrap: anywhere; }
h4 { font-size: 1rem; margin: 1rem 0 .5rem; }
a { color: var(--accent); }
a:focus, button:focus { outline: 3px solid #fd0; outline-offset: 2px; }
.meta, .note { color: var(--muted); }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; padding: 0; list-style: none; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .75rem; margin: 0; }
.figures div { background: var(--panel); border-left: 5px solid var(--accent); padding: .6rem .8rem; }
.figures dt { font-size: .9rem; color: var(--muted); }
.figures dd { margin: 0; font-size: 1.6rem; font-weight: 600; }
.figures dd small { display: block; font-size: .85rem; font-weight: 400; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--panel); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.letter { text-align: center; white-space: nowrap; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: var(--accent);
  cursor: pointer; text-decoration: underline; }
.yes { color: var(--green); }
.no { color: var(--red); }
.band { display: inline-block; padding: 0 .5rem; border-radius: 1rem; font-weight: 600; border: 2px solid; }
.band-red { color: var(--red); }
.band-amber { color: var(--amber); }
.band-green { color: var(--green); }
blockquote { margin: .25rem 0; padding-left: .6rem; border-left: 3px solid var(--line); }
ul.findings, ul.checks { margin: 0; padding-left: 1.1rem; }
.rule { color: var(--muted); font-size: .85rem; white-space: nowrap; }
figure { margin: 1rem 0 2rem; }
figcaption { font-weight: 600; margin-bottom: .5rem; }
.chart { max-width: 100%; height: auto; }
.chart-label, .chart-value { font: 14px "Segoe UI", system-ui, Arial, sans-serif; fill: #1b1b1b; }
.chart-bar { fill: #1d4f91; }
.chart-track { fill: #f3f2f1; }
.chart-axis { stroke: #505a5f; stroke-width: 1; }
.plan { border-top: 1px solid var(--line); }
.vh { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav, .screen-only { display: none; }
  a { color: inherit; text-decoration: none; }
  th button { color: inherit; text-decoration: none; }
  h2 { break-before: page; }
  h2:first-of-type { break-before: auto; }
  h2, h3, h4, caption, figcaption { break-after: avoid; }
  tr, figure, .figures div, blockquote { break-inside: avoid; }
  thead { display: table-header-group; }
  .figures div, thead th, .chart-bar, .chart-track { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  @page { margin: 14mm; }
}
`;

/**
 * Progressive enhancement: turns the headings of tables marked data-sortable into buttons that
 * sort the rows. Without it the table is still there, already sorted by score.
 */
export const REPORT_SCRIPT = `
(function () {
  var tables = document.querySelectorAll('table[data-sortable]');
  Array.prototype.forEach.call(tables, function (table) {
    var heads = table.querySelectorAll('thead th[data-sort]');
    Array.prototype.forEach.call(heads, function (th) {
      var index = Array.prototype.indexOf.call(th.parentNode.children, th);
      var button = document.createElement('button');
      button.type = 'button';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.getAttribute('data-sort') === 'number';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[index], y = b.cells[index];
          var p = x.getAttribute('data-value') || x.textContent, q = y.getAttribute('data-value') || y.textContent;
          var d = numeric ? Number(p) - Number(q) : p.localeCompare(q, 'en-GB');
          return ascending ? d : -d;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
`;

function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export const STYLE_ELEMENT = trustedLiteral(`<style>${REPORT_CSS}</style>`);
export const SCRIPT_ELEMENT = trustedLiteral(`<script>${REPORT_SCRIPT}</script>`);

/** Nothing may load from anywhere: the report must open offline and send nothing out. */
export const REPORT_CSP =
  `default-src 'none'; style-src ${cspHash(REPORT_CSS)}; ` +
  `script-src ${cspHash(REPORT_SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
