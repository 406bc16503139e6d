import type { DueItem } from '../../src/plans/due';
import { escapeHtml, renderDigest, safeLink } from '../../src/reminders/digest';

const item = (overrides: Partial<DueItem>): DueItem => ({
  key: '7/review-conference/2027-03-01',
  planId: '7',
  childRef: 'Child <b>&</b> "Q" (fictional)',
  planType: 'child-protection',
  kind: 'review-conference',
  title: 'First review conference',
  dueDate: '2027-03-01',
  state: 'overdue',
  notes: [],
  ...overrides,
});

describe('renderDigest', () => {
  const digest = renderDigest({
    recipient: { name: 'Pat <Super>', email: 'pat@example.org' },
    role: 'supervisor',
    today: '2027-03-04',
    withinDays: 7,
    entries: [
      { item: item({}), link: 'https://tenant.sharepoint.com/plan?id=7&x=1' },
      {
        item: item({
          key: '8/x',
          planId: '8',
          childRef: 'Child B\r\nBcc: evil@example.org',
          title: 'Objective 2 due',
          dueDate: '2027-03-08',
          state: 'due',
        }),
        link: 'javascript:alert(1)',
      },
      {
        item: item({
          key: '9/x',
          planId: '9',
          childRef: 'Child C',
          title: 'Cannot schedule: no initial conference date',
          dueDate: undefined,
          state: 'unschedulable',
        }),
      },
    ],
  });

  it('escapes everything in the HTML and keeps only http(s) links', () => {
    expect(digest.html).toContain(
      '<a href="https://tenant.sharepoint.com/plan?id=7&amp;x=1">Child &lt;b&gt;&amp;&lt;/b&gt; &quot;Q&quot; (fictional)</a>',
    );
    expect(digest.html).toContain('Hello Pat &lt;Super&gt;,');
    expect(digest.html).not.toContain('javascript:');
    expect(digest.html).not.toMatch(/<b>|<Super>/);
  });

  it('writes British dates and plain sentences, one line per item', () => {
    expect(digest.text).toContain(
      'Overdue:\n- Child <b>&</b> "Q" (fictional): First review conference, was due 01/03/2027 (3 days ago). https://tenant.sharepoint.com/plan?id=7&x=1',
    );
    expect(digest.text).toContain(
      'Due in the next 7 days:\n- Child B Bcc: evil@example.org: Objective 2 due, due 08/03/2027 (in 4 days).',
    );
    expect(digest.text).toContain(
      'Cannot be scheduled until a date is recorded:\n- Child C: Cannot schedule: no initial conference date.',
    );
    expect(digest.subject).toBe(
      'SMART Plans: 1 overdue, 1 due in the next 7 days, 1 without a date across 3 plans',
    );
  });

  it('keeps the activity feed preview short and free of child references', () => {
    expect(digest.preview.length).toBeLessThanOrEqual(150);
    expect(digest.preview).not.toContain('Child');
  });
});

describe('helpers', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
  it('drops links that are not http(s)', () => {
    expect(safeLink('mailto:a@b.c')).toBeUndefined();
    expect(safeLink('not a url')).toBeUndefined();
    expect(safeLink('http://127.0.0.1:3000/tab.html#/plan/7')).toBe(
      'http://127.0.0.1:3000/tab.html#/plan/7',
    );
  });
});
