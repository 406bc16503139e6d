/** Unit tests of the Graph layer's pure parts; the store itself is tested over HTTP in test/integration. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chunkSteps, type BatchStep } from './batch';
import { explainFailure, odataString, parseRetryAfter, withQuery } from './client';
import { LIST_SPECS } from './lists';
import { documentKey, fromGraphDate, toGraphDate } from './schema/values';

describe('client helpers', () => {
  test('Retry-After in seconds or as an HTTP date', () => {
    expect(parseRetryAfter('1')).toBe(1);
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    const now = Date.parse('2027-01-01T10:00:00Z');
    expect(parseRetryAfter('Fri, 01 Jan 2027 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Fri, 01 Jan 2027 09:00:00 GMT', now)).toBe(0);
  });

  test('OData string literals double single quotes; query values are encoded', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(odataString("x' or 1 eq 1 or 'a")).toBe("'x'' or 1 eq 1 or ''a'");
    expect(withQuery('p', { $filter: "fields/A eq 'a&b'", $top: 5, $skip: undefined })).toBe(
      "p?$filter=fields%2FA%20eq%20'a%26b'&$top=5",
    );
  });

  test('failures are explained in plain words with what to do', () => {
    expect(explainFailure(403, 'the plan')).toMatch(/permission.*site owner/);
    expect(explainFailure(412, 'objective 3')).toMatch(/Someone else changed objective 3/);
    expect(explainFailure(429, 'the plan')).toMatch(/busy/);
    expect(explainFailure(0, 'the plan')).toMatch(/connection/);
    expect(explainFailure(404, 'the plan')).toMatch(/^The plan could not be found/);
  });
});

describe('batch chunking', () => {
  const get = (dependsOn?: number[]): BatchStep => ({ method: 'GET', url: '/x', dependsOn });
  test('chunks of at most 20', () => {
    const chunks = chunkSteps(Array.from({ length: 45 }, () => get()));
    expect(chunks.map((c) => c.length)).toEqual([20, 20, 5]);
  });
  test('a step stays with the steps it depends on, or the caller is told', () => {
    expect(chunkSteps([get(), get([0]), get([1])])).toEqual([[0, 1, 2]]);
    const steps = Array.from({ length: 21 }, (_, i) => get(i === 20 ? [19] : undefined));
    expect(() => chunkSteps(steps)).toThrow(/do not fit/);
    expect(() => chunkSteps([get([1]), get()])).toThrow(/does not come before/);
  });
});

describe('field mapping', () => {
  test('date-only values come back as written whatever the site time zone', () => {
    expect(toGraphDate('2027-06-01')).toBe('2027-06-01T00:00:00Z');
    expect(fromGraphDate('2027-06-01T00:00:00Z')).toBe('2027-06-01');
    // A UK site in summer stores local midnight: 23:00 UTC the day before.
    expect(fromGraphDate('2027-05-31T23:00:00Z')).toBe('2027-06-01');
    // A site five hours behind UTC: 05:00 UTC the same day.
    expect(fromGraphDate('2027-06-01T05:00:00Z')).toBe('2027-06-01');
    expect(fromGraphDate(undefined)).toBeUndefined();
  });

  test('document keys are stable, short and differ by URL', () => {
    const a = documentKey('https://contoso.sharepoint.com/a.docx');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(documentKey('https://contoso.sharepoint.com/a.docx ')).toBe(a);
    expect(documentKey('https://contoso.sharepoint.com/b.docx')).not.toBe(a);
  });

  test('indexed columns are never multi-line text (SharePoint cannot index those)', () => {
    for (const spec of LIST_SPECS) {
      for (const c of spec.columns)
        if (c.indexed) expect(c.text?.allowMultipleLines).not.toBe(true);
    }
  });
});

test('src/graph stays browser-safe: only auth-app-only.ts may import Node or @azure/identity', () => {
  const dir = __dirname;
  const nodeOnly =
    /from '(node:[^']+|fs|path|http|https|os|net|child_process|better-sqlite3|@azure\/identity)'/;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
    if (f === 'auth-app-only.ts') continue;
    const src = readFileSync(path.join(dir, f), 'utf8');
    expect({ file: f, nodeOnly: nodeOnly.test(src) }).toEqual({ file: f, nodeOnly: false });
    expect(src).not.toMatch(/from '\.\.\/server/);
  }
});
