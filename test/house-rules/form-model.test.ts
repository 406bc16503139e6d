/**
 * The settings form's reading and writing of the draft: what it shows for any JSON, what each
 * edit writes, and that what it writes is what the schema and the checker understand.
 */
import fc from 'fast-check';
import {
  existingFamilyTerm,
  FAMILY_TERMS_PATH,
  familyTermItems,
  familyTermName,
  FIELD_HINT,
  hasItem,
  intervalInput,
  listItems,
  newItem,
  numberInput,
  numberOrText,
  problemsAt,
  readDraftDocument,
  ruleLists,
  ruleValue,
  rulesByCriterion,
  SEVERITY_OPTIONS,
  statusesValue,
  timescaleFields,
  timescaleLabel,
  valueAt,
  withFamilyTermAdded,
  withInterval,
  withItemAdded,
  withItemRemoved,
  withList,
  withNumber,
  withRule,
  withStatus,
  withValueAt,
  type DraftDocument,
  type TimescaleField,
} from '../../src/house-rules/form-model';
import { parseHouseRules } from '../../src/house-rules/load';
import { houseRulesSchema, ruleOptionsSchema } from '../../src/house-rules/schema';
import { compileRuleSet } from '../../src/smart/rule-set';
import { RULES, ruleById } from '../../src/smart/rules';

const rule = (id: string) => {
  const r = ruleById(id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};
const vagueVerb = rule('specific/vague-verb');
const actionOnly = rule('outcome/action-only');
const pastDate = rule('timely/past-date'); // a warning by default

function field(planType: string, kind: string, part: string): TimescaleField {
  const found = timescaleFields({ version: 1 })
    .flatMap((t) => t.fields)
    .find((f) => f.planType === planType && f.series.kind === kind && f.part === part);
  if (!found) throw new Error(`no field ${planType} ${kind} ${part}`);
  return found;
}

describe('reading the draft', () => {
  it('reads a JSON object, and says why it cannot read anything else', () => {
    expect(readDraftDocument('{"version": 1}')).toEqual({ ok: true, document: { version: 1 } });
    const broken = readDraftDocument('{"version": 1,');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.reason).toMatch(/^the draft is not valid JSON \(/);
    expect(readDraftDocument('[1]')).toEqual({
      ok: false,
      reason: 'the draft is not a JSON object ({ … })',
    });
  });
});

describe('withValueAt', () => {
  it('creates objects on the way and leaves the original alone', () => {
    const doc = { version: 1 };
    const next = withValueAt(doc, ['timescales', 'region'], 'scotland');
    expect(next).toEqual({ version: 1, timescales: { region: 'scotland' } });
    expect(doc).toEqual({ version: 1 });
  });

  it('removes a key and the objects its removal leaves empty, and nothing else', () => {
    const doc = {
      version: 1,
      timescales: { region: 'scotland', planTypes: { ehc: { driftGraceWorkingDays: 3 } } },
    };
    expect(
      withValueAt(doc, ['timescales', 'planTypes', 'ehc', 'driftGraceWorkingDays'], undefined),
    ).toEqual({ version: 1, timescales: { region: 'scotland' } });
  });

  it('never drops a value typed in the JSON view when removing beneath it', () => {
    const doc = { version: 1, timescales: 'soon' };
    expect(withValueAt(doc, ['timescales', 'region'], undefined)).toEqual(doc);
  });
});

describe('problemsAt', () => {
  const problems = [
    { path: 'services', message: 'too many' },
    { path: 'services.2', message: 'too short' },
    { path: 'services2', message: 'not ours' },
  ];
  it('finds problems at a path and inside it, never at a path that merely starts the same', () => {
    expect(problemsAt(problems, ['services']).map((p) => p.message)).toEqual([
      'too many',
      'too short',
    ]);
    expect(problemsAt(problems, ['services'], { exact: true }).map((p) => p.message)).toEqual([
      'too many',
    ]);
  });
});

describe('rules', () => {
  it('shows the rule’s own behaviour when the draft says nothing', () => {
    expect(ruleValue({ version: 1 }, vagueVerb)).toEqual({
      enabled: true,
      severity: 'error',
      words: [],
      allow: [],
    });
    expect(ruleValue({ version: 1 }, pastDate).severity).toBe('warning');
  });

  it('reads "off", a severity, and options', () => {
    const doc = {
      version: 1,
      rules: {
        'outcome/action-only': 'off',
        'specific/vague-verb': { severity: 'info', words: ['liaise'], allow: ['support'] },
        'timely/past-date': { severity: 'off' },
      },
    };
    expect(ruleValue(doc, actionOnly).enabled).toBe(false);
    expect(ruleValue(doc, vagueVerb)).toEqual({
      enabled: true,
      severity: 'info',
      words: ['liaise'],
      allow: ['support'],
    });
    expect(ruleValue(doc, pastDate).enabled).toBe(false);
  });

  it('shows a setting the schema refuses as on, with the rule’s own severity', () => {
    expect(ruleValue({ version: 1, rules: { 'outcome/action-only': 'of' } }, actionOnly)).toEqual({
      enabled: true,
      severity: 'error',
      words: [],
      allow: [],
    });
  });

  it('writes each change as compactly as the schema allows', () => {
    const off = withRule({ version: 1 }, actionOnly, { enabled: false });
    expect(off).toEqual({ version: 1, rules: { 'outcome/action-only': 'off' } });
    // Back on: the rule's own behaviour needs no setting at all.
    expect(withRule(off, actionOnly, { enabled: true })).toEqual({ version: 1 });

    const warning = withRule({ version: 1 }, vagueVerb, { severity: 'warning' });
    expect(warning.rules).toEqual({ 'specific/vague-verb': 'warning' });
    const withWords = withRule(warning, vagueVerb, { words: ['liaise'] });
    expect(withWords.rules).toEqual({
      'specific/vague-verb': { severity: 'warning', words: ['liaise'] },
    });
    // Off keeps the words; the last word removed leaves the severity alone.
    expect(withRule(withWords, vagueVerb, { enabled: false }).rules).toEqual({
      'specific/vague-verb': { severity: 'off', words: ['liaise'] },
    });
    expect(withRule(withWords, vagueVerb, { words: [] }).rules).toEqual({
      'specific/vague-verb': 'warning',
    });
    // Choosing the rule's own severity again is the same as saying nothing.
    expect(withRule(warning, vagueVerb, { severity: 'error' })).toEqual({ version: 1 });
  });

  it('keeps what it does not understand, for the schema to point at', () => {
    const doc = { version: 1, rules: { 'specific/vague-verb': 'of' } };
    expect(withRule(doc, vagueVerb, { allow: ['support'] }).rules).toEqual({
      'specific/vague-verb': { severity: 'of', allow: ['support'] },
    });
    const typo = { version: 1, rules: { 'specific/vague-verb': { wrods: ['x'] } } };
    expect(withRule(typo, vagueVerb, { enabled: false }).rules).toEqual({
      'specific/vague-verb': { wrods: ['x'], severity: 'off' },
    });
  });

  it('offers "words" only to rules that declare they read them, and "allow" to every rule', () => {
    expect(ruleLists(vagueVerb, ruleValue({ version: 1 }, vagueVerb))).toEqual(['words', 'allow']);
    expect(ruleLists(actionOnly, ruleValue({ version: 1 }, actionOnly))).toEqual(['allow']);
    // Words the schema refuses for this rule stay visible, so they can be removed.
    const wrong = { version: 1, rules: { 'outcome/action-only': { words: ['x'] } } };
    expect(ruleLists(actionOnly, ruleValue(wrong, actionOnly))).toEqual(['words', 'allow']);
  });

  it('lists every rule once, by the letter it checks', () => {
    const grouped = rulesByCriterion();
    expect(
      grouped
        .flatMap((g) => g.rules)
        .map((r) => r.id)
        .sort(),
    ).toEqual(RULES.map((r) => r.id).sort());
    for (const g of grouped) expect(g.rules.every((r) => r.criterion === g.criterion)).toBe(true);
  });

  it('writes what the schema accepts and the checker applies, whatever the edits', () => {
    const edit = fc.record({
      ruleIndex: fc.nat(RULES.length - 1),
      enabled: fc.option(fc.boolean(), { nil: undefined }),
      severity: fc.option(fc.constantFrom(...SEVERITY_OPTIONS), { nil: undefined }),
      words: fc.option(
        fc.array(fc.constantFrom('liaise', 'signpost', 'monitor'), { maxLength: 3 }),
        {
          nil: undefined,
        },
      ),
      allow: fc.option(fc.array(fc.constantFrom('support', 'engage'), { maxLength: 2 }), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let doc: DraftDocument = { version: 1 };
        for (const e of edits) {
          const r = RULES[e.ruleIndex];
          doc = withRule(doc, r, {
            enabled: e.enabled,
            severity: e.severity,
            // Only rules that read extra words are given any (the form offers no others).
            words: r.takes?.words ? e.words : undefined,
            allow: e.allow,
          });
        }
        const loaded = parseHouseRules(doc);
        expect(loaded.problems).toEqual([]);
        const compiled = compileRuleSet(loaded.rules);
        for (const r of RULES) {
          const shown = ruleValue(doc, r);
          expect(compiled.rules[r.id].enabled).toBe(shown.enabled);
          if (shown.enabled) expect(compiled.rules[r.id].severity).toBe(shown.severity);
          expect(compiled.rules[r.id].options.words).toEqual(expect.arrayContaining(shown.words));
          expect(compiled.rules[r.id].options.allow).toEqual(expect.arrayContaining(shown.allow));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('lists', () => {
  it('adds trimmed items, removes by position, and keeps the others exactly', () => {
    expect(newItem('  liaise ')).toBe('liaise');
    expect(newItem('   ')).toBeUndefined();
    const list = withItemAdded(['support', 7], 'liaise');
    expect(list).toEqual(['support', 7, 'liaise']);
    expect(withItemRemoved(list, 0)).toEqual([7, 'liaise']);
    // Anything that is not text is shown as JSON, so it can be seen and removed.
    expect(listItems(list)).toEqual(['support', '7', 'liaise']);
    expect(listItems('not a list')).toEqual([]);
    expect(hasItem(list, 'SUPPORT')).toBe(true);
  });

  it('removes a list that becomes empty', () => {
    const doc = withList({ version: 1 }, ['services'], ['Oakfield Young Carers']);
    expect(doc).toEqual({ version: 1, services: ['Oakfield Young Carers'] });
    expect(withList(doc, ['services'], [])).toEqual({ version: 1 });
  });

  it('leaves item problems to the schema, which names the item', () => {
    const doc = withList({ version: 1 }, ['services'], ['Oakfield Young Carers', 'ab']);
    expect(problemsAt(parseHouseRules(doc).problems, ['services', '1'])).toEqual([
      { path: 'services.1', message: 'a service name needs at least 3 characters' },
    ]);
  });
});

describe('the council’s own terms for families', () => {
  const fast = {
    term: 'FAST',
    longForm: 'Family Assessment and Support Team',
    plain: 'the family support team',
  };
  const typed = (term: string, plain: string, longForm = '') => ({ term, longForm, plain });

  it('adds a trimmed term, writing no long form when none is typed', () => {
    const added = withFamilyTermAdded(undefined, {
      term: ' FAST ',
      longForm: ' Family Assessment and Support Team ',
      plain: ' the family support team ',
    });
    expect(added).toEqual({ ok: true, entry: fast, list: [fast] });
    const short = withFamilyTermAdded([fast], typed('IRO', 'the person who chairs the reviews'));
    expect(short.ok && short.list).toEqual([
      fast,
      { term: 'IRO', plain: 'the person who chairs the reviews' },
    ]);
    // What it writes is what the schema takes and the checker is given.
    const doc = withList({ version: 1 }, FAMILY_TERMS_PATH, short.ok ? short.list : []);
    const loaded = parseHouseRules(doc);
    expect(loaded.problems).toEqual([]);
    expect(loaded.ruleSet.familyTerms.map((t) => t.term)).toEqual(['FAST', 'IRO']);
  });

  it('refuses an empty term and empty plain words at their own boxes, both at once', () => {
    expect(withFamilyTermAdded([], typed('  ', ''))).toEqual({
      ok: false,
      refusal: {
        term: 'Type the term, such as FAST, before adding it.',
        plain: 'Type the plain words a family would use for it.',
      },
    });
    expect(withFamilyTermAdded([], typed('FAST', ' '))).toEqual({
      ok: false,
      refusal: { plain: 'Type the plain words a family would use for it.' },
    });
  });

  it('refuses a term already listed, whatever its capitals, naming the one there', () => {
    expect(withFamilyTermAdded([fast], typed('FAST', 'fast'))).toEqual({
      ok: false,
      refusal: { term: '“FAST” is in the list already.' },
    });
    expect(withFamilyTermAdded([fast], typed(' fast ', 'the support team'))).toEqual({
      ok: false,
      refusal: { term: '“fast” is in the list already, as “FAST”.' },
    });
    expect(existingFamilyTerm([fast], 'Fast')).toBe('FAST');
    expect(existingFamilyTerm([fast], 'FASTER')).toBeUndefined();
    expect(existingFamilyTerm('not a list', 'FAST')).toBeUndefined();
  });

  it('shows any entry the JSON view typed, so it can be seen and removed', () => {
    const list = [fast, 'CIN', { term: 7, plain: 'the team' }, { plain: 'no term' }];
    const items = familyTermItems(list);
    expect(items).toEqual([
      fast,
      { term: 'CIN', longForm: '', plain: '' },
      { term: '7', longForm: '', plain: 'the team' },
      { term: '', longForm: '', plain: 'no term' },
    ]);
    expect(items.map(familyTermName)).toEqual(['FAST', 'CIN', '7', 'term 4']);
    expect(familyTermItems({ term: 'FAST' })).toEqual([]);
  });

  it('removes by position, keeping the others exactly, and the last one takes the list with it', () => {
    const odd = { term: 'CIN', plain: 'a child in need', note: 'kept for the schema to name' };
    const doc = withList({ version: 1 }, FAMILY_TERMS_PATH, [fast, odd]);
    const removed = withList(doc, FAMILY_TERMS_PATH, withItemRemoved(doc.familyTerms, 0));
    expect(removed).toEqual({ version: 1, familyTerms: [odd] });
    expect(withList(removed, FAMILY_TERMS_PATH, withItemRemoved(removed.familyTerms, 0))).toEqual({
      version: 1,
    });
  });

  it('leaves each entry’s problems to the schema, which names the entry and the part', () => {
    const doc = withList({ version: 1 }, FAMILY_TERMS_PATH, [
      fast,
      { term: 'F', longForm: 'X', plain: 'ok' },
      { term: 'CIN', plain: 'a child in need', note: 'x' },
    ]);
    const problems = parseHouseRules(doc).problems;
    expect(problemsAt(problems, [...FAMILY_TERMS_PATH, '0'])).toEqual([]);
    expect(problemsAt(problems, [...FAMILY_TERMS_PATH, '1'])).toEqual([
      { path: 'familyTerms.1.term', message: 'a term needs at least 2 characters' },
      { path: 'familyTerms.1.longForm', message: 'a long form needs at least 2 characters' },
    ]);
    expect(problemsAt(problems, [...FAMILY_TERMS_PATH, '2'])).toEqual([
      {
        path: 'familyTerms.2',
        message: 'an entry has only "term", "longForm" and "plain", not "note"',
      },
    ]);
  });

  it('never lists a term twice, and writes what the schema takes, whatever is added and removed', () => {
    const step = fc.oneof(
      fc.record({
        add: fc.constantFrom('FAST', 'fast', 'IRO', 'Iro ', 'CIN', ' '),
        plain: fc.constantFrom('the family support team', ''),
        longForm: fc.constantFrom('', 'Independent Reviewing Officer'),
      }),
      fc.record({ remove: fc.nat(4) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 15 }), (steps) => {
        let doc: DraftDocument = { version: 1 };
        for (const s of steps) {
          const list = valueAt(doc, FAMILY_TERMS_PATH);
          if ('remove' in s) {
            doc = withList(doc, FAMILY_TERMS_PATH, withItemRemoved(list, s.remove));
            continue;
          }
          const added = withFamilyTermAdded(list, typed(s.add, s.plain, s.longForm));
          expect(added.ok).toBe(
            s.add.trim() !== '' && s.plain !== '' && !existingFamilyTerm(list, s.add),
          );
          if (added.ok) doc = withList(doc, FAMILY_TERMS_PATH, added.list);
        }
        const terms = familyTermItems(valueAt(doc, FAMILY_TERMS_PATH)).map((t) =>
          t.term.toLowerCase(),
        );
        expect(new Set(terms).size).toBe(terms.length);
        expect(parseHouseRules(doc).problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('timescales', () => {
  it('offers every series of every plan type, with its statutory limit or none', () => {
    const coreFirst = field('child-protection', 'core-group', 'first');
    expect(timescaleLabel(coreFirst)).toBe('First core group');
    expect(coreFirst.limit).toBe(
      'Statutory limit: 10 working days (Working Together to Safeguard Children 2023). You may set a shorter time, not a longer one.',
    );
    expect(coreFirst.hint).toBe('Counted from the initial conference date.');
    const coreThen = field('child-protection', 'core-group', 'then');
    expect(timescaleLabel(coreThen)).toBe('Each later core group');
    expect(coreThen.limit).toBe('No statutory limit. Without a house rule: 6 weeks.');
    expect(coreThen.hint).toMatch(/A plan that sets its own frequency uses that instead\.$/);
    expect(timescaleLabel(field('looked-after', 'lac-review', 'second'))).toBe(
      'Second looked-after review',
    );
  });

  it('offers "second" only where the schedule has one, or the draft sets it', () => {
    const parts = (doc: DraftDocument) =>
      timescaleFields(doc)
        .find((t) => t.planType === 'child-protection')!
        .fields.map((f) => `${f.series.kind}.${f.part}`);
    expect(parts({ version: 1 })).toEqual([
      'core-group.first',
      'core-group.then',
      'review-conference.first',
      'review-conference.then',
    ]);
    const withSecond = {
      version: 1,
      timescales: {
        planTypes: {
          'child-protection': { series: { 'core-group': { second: { count: 4, unit: 'weeks' } } } },
        },
      },
    };
    expect(parts(withSecond)).toContain('core-group.second');
  });

  it('offers the drift grace where a plan type has one', () => {
    const all = timescaleFields({ version: 1 });
    expect(all.find((t) => t.planType === 'child-protection')?.drift).toEqual({
      path: ['timescales', 'planTypes', 'child-protection', 'driftGraceWorkingDays'],
      after: 'core group',
      builtIn: 10,
    });
    expect(all.find((t) => t.planType === 'ehc')?.drift).toBeUndefined();
  });

  it('writes a count and unit, and an empty count goes back to the built-in timescale', () => {
    const f = field('child-protection', 'review-conference', 'first');
    expect(intervalInput({ version: 1 }, f)).toEqual({ count: '', unit: 'months' });
    const doc = withInterval({ version: 1 }, f, { count: '2', unit: 'months' });
    expect(valueAt(doc, f.path)).toEqual({ count: 2, unit: 'months' });
    expect(intervalInput(doc, f)).toEqual({ count: '2', unit: 'months' });
    expect(withInterval(doc, f, { count: '', unit: 'months' })).toEqual({ version: 1 });
    // A unit chosen before a count keeps the built-in count, so the field shows what applies.
    expect(valueAt(withInterval({ version: 1 }, f, { count: '', unit: 'weeks' }), f.path)).toEqual({
      count: 3,
      unit: 'weeks',
    });
  });

  it('shows the schema’s statutory-limit problem at the field, and none once fixed', () => {
    const f = field('child-protection', 'review-conference', 'first');
    const tooLong = withInterval({ version: 1 }, f, { count: '4', unit: 'months' });
    const problems = problemsAt(parseHouseRules(tooLong).problems, f.path);
    expect(problems.map((p) => p.message)).toEqual([
      'The first review conference (child-protection) within 4 months is looser than the statutory 3 months (Working Together to Safeguard Children 2023). An organisation may set stricter timescales, not looser ones.',
    ]);
    const fixed = withInterval(tooLong, f, { count: '2', unit: 'months' });
    expect(parseHouseRules(fixed).problems).toEqual([]);
  });

  it('keeps a count that is not a number as typed, and the schema says why', () => {
    const f = field('ehc', 'ehcp-review', 'then');
    const doc = withInterval({ version: 1 }, f, { count: 'six', unit: 'months' });
    expect(intervalInput(doc, f).count).toBe('six');
    expect(problemsAt(parseHouseRules(doc).problems, f.path)).toEqual([
      {
        path: 'timescales.planTypes.ehc.series.ehcp-review.then.count',
        message: 'write a number, such as 6',
      },
    ]);
    const half = withInterval({ version: 1 }, f, { count: '2.5', unit: 'months' });
    expect(problemsAt(parseHouseRules(half).problems, f.path)[0].message).toBe(
      'use a whole number',
    );
  });

  it('writes the drift grace as a number, or removes it', () => {
    const path = ['timescales', 'planTypes', 'child-protection', 'driftGraceWorkingDays'];
    const doc = withNumber({ version: 1 }, path, '5');
    expect(valueAt(doc, path)).toBe(5);
    expect(numberInput(doc, path)).toBe('5');
    expect(withNumber(doc, path, '')).toEqual({ version: 1 });
    expect(problemsAt(parseHouseRules(withNumber(doc, path, '61')).problems, path)).toEqual([
      { path: path.join('.'), message: 'use 60 or fewer' },
    ]);
    expect(numberOrText(' 12 ')).toBe(12);
    expect(numberOrText('12 weeks')).toBe('12 weeks');
  });

  it('ticks statuses, writing nothing for the built-in choice', () => {
    expect(statusesValue({ version: 1 })).toEqual(['active']);
    const withDrafts = withStatus({ version: 1 }, 'draft', true);
    expect(withDrafts).toEqual({ version: 1, timescales: { statuses: ['draft', 'active'] } });
    expect(statusesValue(withDrafts)).toEqual(['draft', 'active']);
    expect(withStatus(withDrafts, 'draft', false)).toEqual({ version: 1 });
    expect(parseHouseRules(withDrafts).ok).toBe(true);
  });
});

describe('hints', () => {
  it('come from the schema’s own descriptions, one for every field', () => {
    for (const [key, hint] of Object.entries(FIELD_HINT)) {
      expect({ key, hint: hint.length > 20 }).toEqual({ key, hint: true });
    }
    expect(FIELD_HINT.services).toBe(houseRulesSchema.shape.services.description);
    expect(FIELD_HINT.allow).toBe(ruleOptionsSchema.shape.allow.description);
    expect(FIELD_HINT.familyTerms).toBe(houseRulesSchema.shape.familyTerms.description);
  });
});
