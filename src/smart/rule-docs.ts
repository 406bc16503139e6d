/**
 * Each rule's page in docs/rules/, written from the rule itself (its description, why, messages
 * and examples), so the documentation cannot drift from the code: `npm run docs:rules` writes
 * them and a test fails when a page is missing or out of date (as ESLint's checkRuleFiles does).
 */
import type { InvalidExample, Rule } from './rule';

/** docs/rules/<criterion>-<name>.md for "criterion/name". */
export function ruleDocPath(rule: Rule): string {
  return `docs/rules/${rule.id.replace('/', '-')}.md`;
}

/** An invalid example as a list item: the words each report lands on, then each rewrite offered. */
function firesOn(example: InvalidExample): string[] {
  const where = example.errors
    .map((e) => (e.marked === undefined ? 'something missing' : `on "${e.marked}"`))
    .join('; ');
  const rewrites = example.errors.flatMap((e) =>
    e.output === undefined ? [] : [`  - Suggests: ${e.output}`],
  );
  return [`- ${example.text} (${where})`, ...rewrites];
}

export function ruleDoc(rule: Rule): string {
  const lines = [
    `# ${rule.id}`,
    '',
    `<!-- Written by \`npm run docs:rules\` from src/smart/rules/${rule.id}.ts: edit the rule, not this page. -->`,
    '',
    `**Criterion:** ${rule.criterion}. **Severity:** ${rule.severity}.${rule.takes?.words ? ' **House rules:** `words` adds phrases to flag; `allow` lets phrases pass.' : ' **House rules:** `allow` lets phrases pass.'}`,
    '',
    rule.description,
    '',
    `**Why it matters:** ${rule.why}`,
    '',
    '## What it says',
    '',
    ...Object.values(rule.messages).map((m) => `- ${m}`),
    '',
    '## Fires on',
    '',
    ...rule.examples.invalid.flatMap(firesOn),
    '',
    '## Stays silent on',
    '',
    ...rule.examples.valid.map((t) => `- ${t}`),
    '',
  ];
  return lines.join('\n');
}
