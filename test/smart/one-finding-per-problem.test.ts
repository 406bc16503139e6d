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
});
