/**
 * One finding per problem (issue 13): the card says each thing to change once, so a word a rule
 * finds twice is said once, at its first place.
 */
import { checkObjectiveText } from '../../src/smart';

const today = new Date(2026, 11, 2);

describe('one finding per problem', () => {
  it('says a vague word once, however often it is written', () => {
    const text = 'Mia will continue to develop her reading and develop her spelling.';
    const vague = checkObjectiveText(text, { today }).findings.filter(
      (f) => f.ruleId === 'specific/vague-verb',
    );
    expect(vague.map((f) => text.slice(f.start, f.end))).toEqual(['develop']);
    expect(vague[0].start).toBe(text.indexOf('develop'));
  });

  it('says different vague words each once', () => {
    const text = 'Mum will engage with the health visitor and develop her confidence.';
    const vague = checkObjectiveText(text, { today }).findings.filter(
      (f) => f.ruleId === 'specific/vague-verb',
    );
    expect(vague.map((f) => text.slice(f.start, f.end))).toEqual(['engage', 'develop']);
  });

  it('marks a word once: "support" is vague, and the outcome letter says what it lacks', () => {
    const text = 'The health visitor will support the family.';
    const verdict = checkObjectiveText(text, { today });
    const marked = verdict.findings.filter((f) => f.start !== undefined);
    expect(marked.map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([
      ['specific/vague-verb', 'support'],
    ]);
    // Outcome still fails, and still offers the change to add.
    expect(verdict.criteria.outcome.met).toBe(false);
    const outcome = verdict.criteria.outcome.findings[0];
    expect(outcome.message).toBe('Say what will be different for the child when this is done.');
    expect(outcome.suggestion?.text).toBe(', so that [child] will [what will be different]');
  });

  it('still marks an action that no other letter found', () => {
    const text = 'Mum will attend a parenting course at the family centre by 1 March 2027.';
    const outcome = checkObjectiveText(text, { today }).criteria.outcome.findings[0];
    expect(text.slice(outcome.start, outcome.end)).toBe('attend');
  });

  it('gives one fix for an open-ended safety rule in every letter, never a date for the harm', () => {
    // Neither main clause is negated, yet each holds a rule: a date would read as leave to break
    // it until then, and "as recorded" as a record of how often it was broken.
    for (const text of [
      'Everyone in the network will be confident that Dad never drinks when caring for Tia.',
      'Isla will always be cared for by a sober adult.',
    ]) {
      const verdict = checkObjectiveText(text, { today });
      expect(verdict.criteria.realistic.met).toBe(false);
      const [timely] = verdict.criteria.timely.findings;
      const [measurable] = verdict.criteria.measurable.findings;
      expect(timely.suggestion?.text).toBe(', while this plan is in place');
      expect(measurable.message).toMatch(/^Say how everyone will know the rule is kept/);
      expect(measurable.suggestion?.text).toMatch(/^; \[who\] will check this \[how often\]/);
    }
  });
});
