/**
 * Two spaces after a full stop, Word's non-breaking space in "30 June", a tab between a
 * table's words, a soft hyphen or a zero-width space pasted from a web page, Word's
 * non-breaking hyphen: the writer never sees them, so they must change no verdict, and every
 * underline and rewrite must still land on the writer's own words.
 */
import { applySuggestion, checkObjectiveText } from '../../src/smart';
import { readText } from '../../src/smart/reading';
import {
  letters,
  markedWords as marked,
  ownLabelledTexts,
  today,
} from '../helpers/verdict-letters';

const check = (text: string) => checkObjectiveText(text, { today });
const objectives = ownLabelledTexts();

const SPACINGS: [string, (text: string) => string][] = [
  ['two spaces between words', (t) => t.replace(/ /g, '  ')],
  [
    'a non-breaking space for every third space',
    (t) => {
      let n = 0;
      return t.replace(/ /g, () => (n++ % 3 === 0 ? '\u00A0' : ' '));
    },
  ],
  ['a tab after each comma', (t) => t.replace(/, /g, ',\t')],
  ['a zero-width space after every space', (t) => t.replace(/ /g, ' \u200B')],
  ['a zero-width space before every space', (t) => t.replace(/ /g, '\u200B ')],
  ['a soft hyphen in every long word', (t) => t.replace(/\b([a-z]{4})(?=[a-z]{4})/g, '$1\u00AD')],
  ["Word's non-breaking hyphen for every hyphen", (t) => t.replace(/(?<=\w)-(?=\w)/g, '\u2011')],
];

/** The words as the writer sees them: nothing invisible, every hyphen drawn alike. */
const seen = (words: string[]) =>
  words.map((w) => w.replace(/[\u00AD\u200B]/g, '').replace(/\u2011/g, '-'));

describe('spaces the writer does not see', () => {
  it.each(SPACINGS)(
    'with %s, no verdict changes and every mark lands on the same words',
    (_name, respace) => {
      const changed = objectives
        .filter(
          (text) =>
            letters(text) !== letters(respace(text)) ||
            marked(text).join('|') !== seen(marked(respace(text))).join('|'),
        )
        .map((text) => respace(text));
      expect(changed).toEqual([]);
    },
  );

  it('puts a rewrite on the written text so that it reads as English after Apply', () => {
    const written = 'Mum will attend a parenting course.  She will tell the social worker.';
    const verdict = check(written);
    const finding = verdict.criteria.timely.findings.find((f) => f.suggestion);
    expect(finding?.suggestion).toBeDefined();
    const after = applySuggestion(written, finding!.suggestion!);
    expect(after).toMatch(/^Mum will attend a parenting course\.? ?.*\[date\]/);
    const p = finding!.suggestion!.placeholder;
    expect(p && after.slice(p.start, p.end)).toBe('[date]');
  });

  it('maps spans between the reading and the writing both ways', () => {
    const spaced = readText('Leo  will\u00A0attend\t school.')!;
    expect(spaced.text).toBe('Leo will attend school.');
    const attend = spaced.text.indexOf('attend');
    expect(spaced.toWritten({ start: attend, end: attend + 6 })).toEqual({ start: 10, end: 16 });
    expect(spaced.toRead({ start: 10, end: 16 })).toEqual({ start: attend, end: attend + 6 });
    // An insertion at the end of the reading is at the end of the writing.
    expect(spaced.toWritten({ start: spaced.text.length, end: spaced.text.length })).toEqual({
      start: 25,
      end: 25,
    });
    expect(readText('Leo will attend school.')).toBeUndefined();
  });
});
