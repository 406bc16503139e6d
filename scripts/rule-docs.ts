/** `npm run docs:rules`: writes docs/rules/<id>.md for every rule from the rule's own metadata. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ruleDoc, ruleDocPath } from '../src/smart/rule-docs';
import { RULES } from '../src/smart/rules';

const ROOT = join(__dirname, '..');
for (const rule of RULES) {
  const file = join(ROOT, ruleDocPath(rule));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, ruleDoc(rule));
}
console.log(`Wrote ${RULES.length} rule pages in docs/rules/.`);
