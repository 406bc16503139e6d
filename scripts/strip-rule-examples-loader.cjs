/**
 * A webpack loader for the rule files (src/smart/rules/<letter>/<rule>.ts): it replaces the
 * rule's `examples` table with `undefined` in the browser pages. Each rule keeps its good and bad
 * examples beside it for the tests and for `npm run docs:rules`, but no page reads them, and
 * together they are about 12 KB of the task pane's 300 KB gzipped budget.
 *
 * The property is found with the TypeScript parser, not a pattern, so a string or comment that
 * says "examples:" is never cut; a rule file with no table, or with two, is left as written.
 */
const ts = require('typescript');

/** The `examples` property of an object literal that also has the rule's `id` and `check`. */
function ruleExamples(sourceFile) {
  const found = [];
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const names = node.properties.map((p) => (p.name ? p.name.getText(sourceFile) : ''));
      if (names.includes('id') && names.includes('check'))
        for (const p of node.properties)
          if (ts.isPropertyAssignment(p) && p.name.getText(sourceFile) === 'examples')
            found.push(p);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

module.exports = function stripRuleExamples(source) {
  const sourceFile = ts.createSourceFile(
    this.resourcePath,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const found = ruleExamples(sourceFile);
  if (found.length !== 1) return source;
  const value = found[0].initializer;
  return `${source.slice(0, value.getStart(sourceFile))}undefined${source.slice(value.end)}`;
};
