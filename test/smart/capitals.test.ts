/**
 * A line typed all in capitals, as some forms and pasted headings leave it, is read in the case
 * its writer would have used: names in a subject stay names ("MUM AND AMY WILL"), agencies'
 * initials stay initials ("CAMHS"), and the rest is read as words. What cannot be told without a
 * dictionary (a name after a verb, a programme's name) is listed below, so a change shows.
 */
import { checkObjectiveText } from '../../src/smart';
import { isShouted, sentenceCase } from '../../src/smart/shouted';
import { changedVerdicts, ownLabelledTexts, today } from '../helpers/verdict-letters';

/** Read differently in capitals, and why: none of them can be told without a dictionary. */
const KNOWN = new Set<string>([
  // A programme's name is a name only in its capitals.
  'DAD TO COMPLETE ICON TRAINING.',
  'REFERRAL TO INCREDIBLE YEARS (MUM AND DAD). WHO: SW. BY WHEN: 22/01/27.',
  // Initials no list knows, and a vowel among them.
  'REFERRAL TO FDAC TO BE CONSIDERED AT THE LEGAL GATEWAY MEETING ON 3 FEBRUARY.',
  // A name after a verb or a preposition, not in a subject.
  'MUM TO NOT LET JASON INTO THE HOUSE.',
  'THE HEAD OF YEAR AT MARSHFIELD ACADEMY WILL HOLD A REINTEGRATION MEETING WITH COREY AND MUM ON HIS FIRST MORNING BACK (6 MARCH 2027) AND AGREE A PASTORAL SUPPORT PLAN.',
]);

describe('a line typed in capitals', () => {
  it.each([
    ['MUM AND AMY WILL READ TOGETHER EVERY NIGHT.', 'Mum and Amy will read together every night.'],
    ['CAMHS TO SEE KACEY BY 30 JUNE 2027.', 'CAMHS to see kacey by 30 June 2027.'],
    ["KAI'S SOCIAL WORKER WILL VISIT.", "Kai's social worker will visit."],
    ['MS SMITH TO TAKE THE GIRLS TO SCHOOL.', 'Ms Smith to take the girls to school.'],
    ['MISS SMITH WILL SEE KAI.', 'Miss Smith will see kai.'],
    ['KAI WILL MISS NO MORE THAN 2 DAYS.', 'Kai will miss no more than 2 days.'],
    ['_____ WILL NAME 5 COLOURS.', '_____ will name 5 colours.'],
    [
      'THE BEDROOM WILL HAVE A COT. I WILL CHECK IT.',
      'The bedroom will have a cot. I will check it.',
    ],
  ])('reads %s as %s', (shouted, cased) => {
    expect(isShouted(shouted)).toBe(true);
    expect(sentenceCase(shouted)).toBe(cased);
  });

  it('leaves a line with small letters, or a short heading, as written', () => {
    expect(isShouted('Mum will attend the CAMHS appointment.')).toBe(false);
    expect(isShouted('NEXT STEPS')).toBe(false);
  });

  it('changes no verdict of our labelled objectives but those listed', () => {
    const changed = changedVerdicts(
      ownLabelledTexts(),
      (t) => t,
      (t) => t.toUpperCase(),
    ).filter((line) => !KNOWN.has(line.replace(/^\S+ -> \S+: /, '')));
    expect(changed).toEqual([]);
  });

  it('underlines the words as written, in capitals, and quotes them back unshouted', () => {
    const text = 'MUM WILL ATTEND A PARENTING COURSE.';
    const verdict = checkObjectiveText(text, { today });
    const marked = verdict.findings
      .filter((f) => f.start !== undefined)
      .map((f) => text.slice(f.start, f.end));
    expect(marked).toContain('A PARENTING COURSE');
    expect(verdict.findings.map((f) => f.message).join(' ')).toContain('"attend" is an action');
  });
});
