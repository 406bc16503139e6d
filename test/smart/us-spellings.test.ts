/**
 * US case plans and IEP goal banks write "program", "behavior", "pediatrician". The checker's
 * word lists hold the British spellings; the American ones must be read the same, and the
 * underline and the message must still quote the word as written.
 */
import { checkObjectiveText } from '../../src/smart';
import { US_SPELLINGS } from '../../src/smart/lexicon';
import { changedVerdicts, ownLabelledTexts, today } from '../helpers/verdict-letters';

const TO_AMERICAN = US_SPELLINGS.map((pair) => {
  const [us, uk] = pair.split(' ');
  return [new RegExp(`\\b${uk}\\b`, 'g'), us] as const;
});

function american(text: string): string {
  return TO_AMERICAN.reduce((t, [uk, us]) => t.replace(uk, us), text);
}

const objectives = ownLabelledTexts().filter((t) => american(t) !== t);

describe('American spellings', () => {
  it('has objectives to try', () => {
    expect(objectives.length).toBeGreaterThan(15);
  });

  it('leave every verdict of our labelled objectives as it was', () => {
    expect(changedVerdicts(objectives, (t) => t, american)).toEqual([]);
  });

  it('are underlined as written', () => {
    const text = 'Dad will attend a parenting program.';
    const finding = checkObjectiveText(text, { today }).findings.find(
      (f) => f.ruleId === 'specific/generic-service',
    );
    expect(text.slice(finding?.start, finding?.end)).toBe('a parenting program');
    // The message quotes the writer's own words.
    expect(finding?.message).toMatch(/^"a parenting program" is not a named service/);
  });

  it('are underlined whole when read shorter than written', () => {
    // "Enroll" is read as "Enrol": the underline still takes in its last letter.
    const text = 'Enroll in college by September 2027.';
    const finding = checkObjectiveText(text, { today }).findings.find(
      (f) => f.ruleId === 'outcome/action-only',
    );
    expect(text.slice(finding?.start, finding?.end)).toBe('Enroll');
  });
});
