import { readTextPlan } from '../../../src/smart';
import {
  applyFamilySuggestion,
  readForFamily,
} from '../../../src/smart/family-read/read-for-family';
import { FAMILY_TERMS } from '../../../src/smart/family-read/terms';

const read = (markdown: string, extra = undefined as Parameters<typeof readForFamily>[1]) =>
  readForFamily(readTextPlan(markdown, 'markdown'), extra);

describe('reading the plan as the family will', () => {
  it('flags an acronym at its first use only, and its suggestion reads as English', () => {
    const text = 'The plan was agreed at the ICPC on 3 March. The next ICPC review is in June.';
    const reading = read(text);
    const jargon = reading.findings.filter((f) => f.kind === 'jargon');
    expect(jargon).toHaveLength(1);
    expect(text.slice(jargon[0].start, jargon[0].end)).toBe('ICPC');
    expect(applyFamilySuggestion(text, jargon[0])).toBe(
      'The plan was agreed at the first child protection meeting (ICPC) on 3 March. The next ICPC review is in June.',
    );
  });

  it('leaves an acronym explained in brackets alone, either way round', () => {
    expect(read('Initial child protection conference (ICPC) on 3 March.').findings).toEqual([]);
    expect(
      read('The LADO (the council officer for worries about staff) will look into it.').findings,
    ).toEqual([]);
  });

  it('reads every term entry example: flagged, then clear once explained', () => {
    for (const term of FAMILY_TERMS.filter((t) => t.examples)) {
      expect(read(term.examples!.flagged).findings.map((f) => f.kind)).toContain('jargon');
      expect(read(term.examples!.clear).findings.filter((f) => f.kind === 'jargon')).toEqual([]);
    }
  });

  it("takes the council's own terms from the house rules", () => {
    const extra = [
      {
        term: 'FAST',
        longForm: 'Family Assessment and Support Team',
        plain: 'the family support team',
      },
    ];
    expect(read('FAST will visit weekly.', extra).findings[0].message).toMatch(/Family Assessment/);
  });

  it('finds a sentence too long to follow and a passive that hides who acts', () => {
    const long = `Mum will ${'keep the house tidy and '.repeat(8)}take the children to school.`;
    const reading = read(`${long}\n\nThe referral will be made next week.`);
    expect(reading.findings.map((f) => f.kind)).toEqual(['long-sentence', 'passive']);
    expect(read('The referral will be made by the health visitor next week.').findings).toEqual([]);
    expect(read('Mum is worried about the move.').findings).toEqual([]);
  });

  it('asks who did it of a passive about the past, and who will of one about the future', () => {
    // A worry says what has happened; asking "who will do it" of it reads as nonsense.
    expect(read('The home has been found dirty on three visits.').findings[0].message).toMatch(
      /^"has been found" does not say who did it/,
    );
    expect(read('The children were left alone overnight.').findings[0].message).toMatch(
      /who did it/,
    );
    expect(read('The referral will be made next week.').findings[0].message).toMatch(
      /who will do it/,
    );
  });

  it('leaves "This plan will be reviewed on …" alone: the meeting reviews it, and says when', () => {
    expect(read('This agreement will be reviewed on 15/01/2027.').findings).toEqual([]);
    expect(read('The next meeting will be held at school.').findings).toEqual([]);
    expect(read('The form will be completed next week.').findings.map((f) => f.kind)).toEqual([
      'passive',
    ]);
  });

  it('gives a reading age per section', () => {
    const reading = read(
      '# Worries\nWe are worried that the baby is not fed. She cries a lot. Mum is tired. The house is cold and damp. Dad is not at home much.\n# Plan\nThe multi-agency safeguarding arrangements necessitate comprehensive consideration of intergenerational vulnerabilities and institutional accountability frameworks.',
    );
    const ages = Object.fromEntries(reading.sections.map((s) => [s.title, s.readingAge]));
    expect(ages.Worries).toBeLessThan(10);
    expect(ages.Plan).toBeGreaterThan(16);
  });

  it("counts the child's own words, not a note that views were sought or a parent's words", () => {
    const reading = read(
      '# Leo\'s views\nLeo said: "I like it when Dad picks me up." His views were sought at school.\n# Parents\' views\nMum said "we are doing our best for him".',
    );
    expect(reading.childWords.map((w) => w.text)).toEqual(['I like it when Dad picks me up.']);
    expect(read("# Leo's views\nLeo's views were sought at school.").childWords).toEqual([]);
  });

  it("counts a child's own plan, written as the child, as the child's own words", () => {
    const reading = read(
      [
        '# My plan',
        '## What I am worried about',
        '- Dad shouting at Mum',
        '## What I want to happen',
        '- I will be in bed by 9.30 on school nights.',
        '## Who will help me',
        '- Miss Jones will see me every Monday morning.',
      ].join('\n'),
    );
    expect(reading.childWords.map((w) => w.text)).toEqual([
      'Dad shouting at Mum',
      'I will be in bed by 9.30 on school nights.',
    ]);
  });
});
