/**
 * Each word list in lexicon.ts, seen at work through the public analysis or the checker: its
 * example shows the list's effect, its near neighbour does not, and with the list emptied the
 * example no longer does either (so the example proves the list, not some other pattern).
 */
import * as lexicon from '../../src/smart/lexicon';
import {
  LEXICON_EXAMPLES,
  type LexiconListName,
  type LexiconProbe,
} from '../../src/smart/lexicon-examples';

const LEXICON = '../../src/smart/lexicon';
const today = new Date(2026, 11, 1);

interface Core {
  analyse: typeof import('../../src/smart/analyse').analyse;
  checkObjectiveText: typeof import('../../src/smart/check').checkObjectiveText;
}

/** Answers a probe with one build of the core, so the same question can be put to a rebuilt one. */
function observe(core: Core, how: LexiconProbe, text: string): boolean {
  if ('finding' in how)
    return core.checkObjectiveText(text, { today }).findings.some((f) => f.ruleId === how.finding);
  if ('noFinding' in how)
    return !core
      .checkObjectiveText(text, { today })
      .findings.some((f) => f.ruleId === how.noFinding);
  const reading = core.analyse(text, { today });
  if ('found' in how) return reading[how.found].length > 0;
  if ('subject' in how) return reading.clauses[0]?.subject.kind === how.subject;
  if ('verb' in how) return reading.clauses[0]?.verb === how.verb;
  if ('command' in how) return reading.imperative === how.command;
  return reading.clauses.some((c) => c.isOutcome) === how.outcome;
}

/** The public analysis and checker from the current module registry: the usual or a sandbox. */
async function loadCore(): Promise<Core> {
  const { analyse } = await import('../../src/smart/analyse');
  const { checkObjectiveText } = await import('../../src/smart/check');
  return { analyse, checkObjectiveText };
}

/** Lists are read when modules load (patterns are built once), so emptying one means reloading. */
async function withListEmptied<T>(name: LexiconListName, use: (core: Core) => T): Promise<T> {
  const actual = jest.requireActual<typeof lexicon>(LEXICON);
  const list = actual[name];
  const empty = Array.isArray(list) ? [] : new Set<string>();
  let result: T | undefined;
  jest.doMock(LEXICON, () => ({ ...actual, [name]: empty }));
  try {
    await jest.isolateModulesAsync(async () => {
      result = use(await loadCore());
    });
  } finally {
    jest.dontMock(LEXICON);
  }
  return result as T;
}

const lists = Object.entries(lexicon)
  .filter(([, value]) => Array.isArray(value) || value instanceof Set)
  .map(([name]) => name)
  .sort();

const cases = Object.entries(LEXICON_EXAMPLES).map(
  ([name, example]) => [name as LexiconListName, example] as const,
);

describe('lexicon examples', () => {
  it('cover every exported list in lexicon.ts, and nothing else', () => {
    expect(Object.keys(LEXICON_EXAMPLES).sort()).toEqual(lists);
  });

  it.each(cases)('%s: recognised in its example, not in its neighbour', async (_name, example) => {
    const core = await loadCore();
    expect(observe(core, example.how, example.matches)).toBe(true);
    expect(observe(core, example.how, example.doesNotMatch)).toBe(false);
  });

  // The control for the test below: a rebuilt core still sees what the emptied list never held.
  it('rebuilt with one list emptied, the core still reads the others', async () => {
    const { matches, how } = LEXICON_EXAMPLES.PARENT_ROLES;
    expect(await withListEmptied('ABSOLUTES', (core) => observe(core, how, matches))).toBe(true);
  });

  it.each(cases)('%s: emptied, its example is no longer recognised', async (name, example) => {
    const seen = await withListEmptied(name, (core) => observe(core, example.how, example.matches));
    expect(seen).toBe(false);
  });
});
