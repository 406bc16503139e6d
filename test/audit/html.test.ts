import { SafeHtml, escapeHtml, html } from '../../src/audit/html';

test('escapes every interpolated string, in text and in quoted attributes', () => {
  const name = `"><img src=x onerror=alert(1)> & 'quoted'`;
  const out = html`<p title="${name}">${name}</p>`.value;
  expect(out).not.toContain('<img');
  expect(out).toBe(
    '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quoted&#39;">' +
      '&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quoted&#39;</p>',
  );
});

test('nests built markup without escaping it twice, and arrays join', () => {
  const items = ['<a>', 'b&c'].map((t) => html`<li>${t}</li>`);
  expect(
    html`<ul>
      ${items}
    </ul>`.value.replace(/>\s+</g, '><'),
  ).toBe('<ul><li>&lt;a&gt;</li><li>b&amp;c</li></ul>');
});

test('renders nothing for false, null and undefined, and numbers as text', () => {
  expect(html`${false}${null}${undefined}${0}${42}`.value).toBe('042');
});

test('replaces control characters that HTML and SVG do not allow', () => {
  expect(escapeHtml('a\u0000b\u0007c\td\ne')).toBe('a\uFFFDb\uFFFDc\td\ne');
});

test('a plain string is never treated as markup, even one that looks like SafeHtml', () => {
  const fake = { value: '<b>bold</b>' } as unknown as string;
  expect(html`${fake}`.value).not.toContain('<b>');
  expect(html`${new SafeHtml('<b>ok</b>')}`.value).toBe('<b>ok</b>');
});
