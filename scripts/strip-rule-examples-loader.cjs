/**
 * A webpack loader for the rule files (src/smart/rules/<letter>/<rule>.ts), the worries' concern
 * lists (src/smart/worries/concerns.ts, specific-concerns.ts) and the plan areas
 * (src/smart/plan-areas.ts): it replaces each rule's, concern's or area's `examples` with
 * `undefined` in the browser pages. Each keeps its examples beside it
 * for the tests and for `npm run docs:rules`, but no page reads them, and together they are about
 * 17 KB of the task pane's 300 KB gzipped budget.
 *
 * The property is found with the TypeScript parser, not a pattern, so a string or comment that
 * says "examples:" is never cut; a rule file with no table, or with two, is left as written.
 */
const ts = require('typescript');

/** The `examples` properties of the object literals that `isOwner` picks by their keys. */
function examplesOf(sourceFile, isOwner) {
  const found = [];
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const names = node.properties.map((p) => (p.name ? p.name.getText(sourceFile) : ''));
      if (isOwner(names))
        for (const p of node.properties)
          if (ts.isPropertyAssignment(p) && p.name.getText(sourceFile) === 'examples')
            found.push(p);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

const isRule = (names) => names.includes('id') && names.includes('check');
/** A concern of the worries lexicon: its id, the label the pane shows, and its phrases. */
const isConcern = (names) =>
  names.includes('id') && names.includes('label') && names.includes('phrases');
/**
 * An area a kind of plan must cover: its id, the name the checklist lists, and its words; or an
 * area shared by two kinds of plan, spread in with each kind's own examples (`{ ...IDENTITY,
 * examples }`: a spread has no name).
 */
const isArea = (names) =>
  (names.includes('id') && names.includes('name') && names.includes('words')) ||
  (names.length === 2 && names.includes('') && names.includes('examples'));

module.exports = function stripRuleExamples(source) {
  const sourceFile = ts.createSourceFile(
    this.resourcePath,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const rules = examplesOf(sourceFile, isRule);
  // A rule file holds one rule; a concerns or areas file holds many of its kind and no rule.
  const found =
    rules.length === 1
      ? rules
      : rules.length === 0
        ? examplesOf(sourceFile, (names) => isConcern(names) || isArea(names))
        : [];
  let out = source;
  // From the end back, so the earlier positions still hold.
  for (const p of [...found].reverse()) {
    const value = p.initializer;
    out = `${out.slice(0, value.getStart(sourceFile))}undefined${out.slice(value.end)}`;
  }
  return out;
};
