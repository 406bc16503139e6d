import { DEFAULT_SCHEDULE } from '../plans/schedule';
import { checkObjectiveText } from '../smart';
import { DEFAULT_HOUSE_RULES, describeProblems, parseHouseRules } from './load';
import { HOUSE_RULES_EXAMPLE } from './schema';

describe('house rules', () => {
  it('treats {"version": 1} as exactly the defaults', () => {
    const loaded = parseHouseRules('{"version": 1}');
    expect(loaded.ok).toBe(true);
    const text = 'Services will support the family as soon as possible.';
    expect(checkObjectiveText(text, { ruleSet: loaded.ruleSet })).toEqual(checkObjectiveText(text));
    expect(loaded.schedule).toEqual(DEFAULT_SCHEDULE);
  });

  it('accepts the README example', () => {
    const loaded = parseHouseRules(HOUSE_RULES_EXAMPLE);
    expect(loaded.problems).toEqual([]);
    expect(loaded.sections).toContain("Child's views");
  });

  it('turns a generic-service finding into a pass when the council names its programme', () => {
    const text = 'Mum will attend the Thursday drop-in parenting course by 31 March 2027.';
    expect(checkObjectiveText(text).criteria.specific.met).toBe(false);
    const loaded = parseHouseRules({ version: 1, services: ['Thursday drop-in parenting course'] });
    expect(checkObjectiveText(text, { ruleSet: loaded.ruleSet }).criteria.specific.met).toBe(true);
  });

  it('adds a council’s own vague words and rewords a message', () => {
    const loaded = parseHouseRules({
      version: 1,
      rules: { 'specific/vague-verb': { words: ['liaise'] } },
      messages: { 'specific/vague-verb': 'Oakfield: say what exactly.' },
    });
    const v = checkObjectiveText('Dad will liaise with the school by 31 March 2027.', {
      ruleSet: loaded.ruleSet,
    });
    expect(v.criteria.specific.findings[0].message).toBe('Oakfield: say what exactly.');
  });

  it('names the bad field and keeps the defaults', () => {
    const loaded = parseHouseRules({
      version: 1,
      rules: { 'specific/vague-verb': { words: [3] } },
    });
    expect(loaded.ok).toBe(false);
    expect(describeProblems(loaded.problems)).toMatch(/^rules\.specific\/vague-verb\.words\.0: /);
    expect(loaded.ruleSet).toBe(DEFAULT_HOUSE_RULES.ruleSet);
  });

  it('names an unknown rule', () => {
    const loaded = parseHouseRules({ version: 1, rules: { 'specific/nonsense': 'off' } });
    expect(describeProblems(loaded.problems)).toMatch(/there is no rule "specific\/nonsense"/);
  });

  it('refuses extra words for a rule that reads none, naming the rules that do', () => {
    const loaded = parseHouseRules(
      JSON.stringify({ version: 1, rules: { 'timely/no-timescale': { words: ['soonish'] } } }),
    );
    const text = describeProblems(loaded.problems);
    expect(text).toMatch(/timely\/no-timescale/);
    expect(text).toMatch(/takes no extra words/);
    expect(text).toMatch(/specific\/vague-verb/);
  });

  it('says when the document is not JSON at all', () => {
    expect(describeProblems(parseHouseRules('{version: 1').problems)).toMatch(/not valid JSON/);
  });

  it('refuses a core group timescale looser than the statutory one', () => {
    const loaded = parseHouseRules({
      version: 1,
      timescales: {
        planTypes: {
          'child-protection': {
            series: { 'review-conference': { first: { count: 5, unit: 'months' } } },
          },
        },
      },
    });
    expect(loaded.ok).toBe(false);
    expect(loaded.problems[0].path).toBe(
      'timescales.planTypes.child-protection.series.review-conference.first',
    );
  });

  it('reports a looser timescale alongside problems elsewhere, not only once they are fixed', () => {
    const loaded = parseHouseRules({
      version: 1,
      services: ['ab'],
      timescales: {
        planTypes: {
          'child-protection': {
            series: { 'review-conference': { first: { count: 5, unit: 'months' } } },
          },
        },
      },
    });
    expect(loaded.problems.map((p) => p.path)).toEqual([
      'services.0',
      'timescales.planTypes.child-protection.series.review-conference.first',
    ]);
  });

  it('accepts a stricter timescale', () => {
    const loaded = parseHouseRules({
      version: 1,
      timescales: {
        planTypes: {
          'child-protection': { series: { 'core-group': { then: { count: 4, unit: 'weeks' } } } },
        },
      },
    });
    expect(loaded.problems).toEqual([]);
    expect(loaded.schedule).not.toEqual(DEFAULT_SCHEDULE);
  });
});

describe("the council's own terms for the family read", () => {
  it('are handed to the checker, and a term with no plain words is refused', () => {
    const loaded = parseHouseRules(
      '{"version": 1, "familyTerms": [{"term": "FAST", "longForm": "Family Assessment and Support Team", "plain": "the family support team"}]}',
    );
    expect(loaded.ok).toBe(true);
    expect(loaded.ruleSet.familyTerms.map((t) => t.term)).toEqual(['FAST']);
    const bad = parseHouseRules('{"version": 1, "familyTerms": [{"term": "FAST", "plain": ""}]}');
    expect(bad.ok).toBe(false);
    expect(describeProblems(bad.problems)).toMatch(/plain words/);
  });

  it('refuses the same term twice, whatever its capitals', () => {
    const twice = parseHouseRules(
      '{"version": 1, "familyTerms": [{"term": "FAST", "plain": "the family team"}, {"term": "fast", "plain": "our team"}]}',
    );
    expect(twice.problems).toEqual([
      {
        path: 'familyTerms.1.term',
        message: '"fast" is already in the list: keep one entry for it',
      },
    ]);
  });
});

describe('problems in plain words', () => {
  const problems = (json: string) => parseHouseRules(json).problems;

  it('says what to write instead of zod’s own words', () => {
    expect(problems('{"version": 1, "colour": "red"}')).toEqual([
      { path: '', message: '"colour" is not a setting here: check the spelling, or remove it' },
    ]);
    expect(problems('{"version": 1, "timescales": {"region": "mars"}}')).toEqual([
      {
        path: 'timescales.region',
        message: 'use one of "england-and-wales", "scotland", "northern-ireland"',
      },
    ]);
    expect(
      problems('{"version": 1, "rules": {"specific/vague-verb": {"severity": "loud"}}}'),
    ).toEqual([
      {
        path: 'rules.specific/vague-verb.severity',
        message: 'use one of "error", "warning", "info", "off"',
      },
    ]);
    expect(problems('{"version": 1, "sections": "Child views"}')).toEqual([
      { path: 'sections', message: 'write a list in [ ] here' },
    ]);
    expect(problems('{"version": 1, "messages": {"timely/no-timescale": ""}}')).toEqual([
      { path: 'messages.timely/no-timescale', message: 'this cannot be empty' },
    ]);
  });
});
