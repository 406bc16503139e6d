/**
 * A fraction typed as one character ("in ¾ trials", "from ⅕ to ⅗"), as Word's AutoCorrect
 * and goal banks pasted from the web leave it, is the same count as "3/4": it must change no
 * verdict, and every underline must land on the writer's own characters.
 */
import { checkObjectiveText } from '../../src/smart';
import { readText } from '../../src/smart/reading';
import { letters, markedWords as marked, today } from '../helpers/verdict-letters';

const check = (text: string) => checkObjectiveText(text, { today });

const PAIRS: [string, string][] = [
  [
    'The child will make a choice by pointing or vocalising in 3/4 trials.',
    'The child will make a choice by pointing or vocalising in ¾ trials.',
  ],
  [
    'Mia will improve her writing of a paragraph from an organiser from 1/5 times to 3/5 times.',
    'Mia will improve her writing of a paragraph from an organiser from ⅕ times to ⅗ times.',
  ],
  ['Kai will read with his dad for 1 1/2 hours.', 'Kai will read with his dad for 1½ hours.'],
];

describe('fractions typed as one character', () => {
  it.each(PAIRS)('%s reads as its one-character fraction does', (digits, glyph) => {
    expect(letters(glyph)).toBe(letters(digits));
    expect(check(glyph).criteria.measurable.met).toBe(true);
    expect(check(glyph).criteria.specific.met).toBe(true);
  });

  it('is counted, not read as a word: a goal in ¾ trials is measurable', () => {
    const verdict = check('The child will make a choice by pointing in ¾ trials.');
    expect(verdict.criteria.measurable.met).toBe(true);
    // The only finding left (no time) marks nothing inside the fraction.
    expect(marked('The child will make a choice by pointing in ¾ trials.')).not.toContain('¾');
  });

  it('maps the fraction back onto the character as written', () => {
    const reading = readText('In ¾ trials, 1½ hours')!;
    expect(reading.text).toBe('In 3/4 trials, 1 1/2 hours');
    const at = reading.text.indexOf('3/4');
    expect(reading.toWritten({ start: at, end: at + 3 })).toEqual({ start: 3, end: 4 });
    const half = reading.text.indexOf('1/2');
    expect(reading.toWritten({ start: half, end: half + 3 })).toEqual({ start: 14, end: 15 });
  });
});
