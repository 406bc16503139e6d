/** Every rule has its page in docs/rules/, and the page says what the rule says today. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleDoc, ruleDocPath } from '../../src/smart/rule-docs';
import { RULES } from '../../src/smart/rules';

const ROOT = join(__dirname, '../..');

describe('rule pages', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s has an up-to-date page', (_id, rule) => {
    const file = join(ROOT, ruleDocPath(rule));
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(ruleDoc(rule));
  });

  it('has no page for a rule that no longer exists', () => {
    const pages = readdirSync(join(ROOT, 'docs/rules')).sort();
    expect(pages).toEqual(RULES.map((r) => ruleDocPath(r).replace('docs/rules/', '')).sort());
  });
});
