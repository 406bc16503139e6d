/**
 * The one way the audit builds HTML. Plan text, file names and messages are untrusted, so
 * every value placed in the `html` template is escaped unless it is itself the product of
 * `html` (a SafeHtml). Use it only with quoted attribute values: escaping covers both text
 * and "..." attributes, and nothing else (no unquoted attributes, no inline event handlers,
 * no values inside <script> or <style>).
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue =
  SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  // Control characters other than tab and newlines are not allowed in HTML or SVG text, so
  // matching them is the point here.
  return (
    text
      .replace(/[&<>"']/g, (ch) => ESCAPES[ch]!)
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD')
  );
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // false/null/undefined render as nothing, so `cond && html\`...\`` reads naturally.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * The literal parts of each template are indented for the reader of this code (and re-indented
 * by Prettier); that indentation is dropped once per call site, which keeps a report of
 * thousands of objectives several megabytes smaller. A line break stays, so words either side
 * still render apart. Values are never touched.
 */
const compact = new WeakMap<TemplateStringsArray, readonly string[]>();

function literalParts(strings: TemplateStringsArray): readonly string[] {
  let parts = compact.get(strings);
  if (parts === undefined) {
    parts = strings.map((s) => s.replace(/\n[ \t]*/g, '\n'));
    compact.set(strings, parts);
  }
  return parts;
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  const parts = literalParts(strings);
  let out = parts[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + parts[i + 1]!;
  return new SafeHtml(out);
}

/** Markup written in this codebase (a stylesheet, a script): trusted because it is a literal. */
export function trustedLiteral(text: string): SafeHtml {
  return new SafeHtml(text);
}
