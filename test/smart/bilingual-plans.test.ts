import { checkPlan } from '../../src/smart';
import { planOf } from '../helpers/plan-of';

/**
 * A Welsh council's bilingual plan, each heading and label in Welsh then English, found by
 * trial: its headings ran past a title's length, so the worries were checked as objectives, and
 * its "Gweithiwr cymdeithasol / Social worker: Rhys Morgan" introduced no one (fictional).
 */
const PLAN = [
  'Cynllun Amddiffyn Plant / Child Protection Plan',
  "Enw'r plentyn / Child's name: Osian Jones (6)",
  'Mam / Mother: Ffion Jones',
  'Gweithiwr cymdeithasol / Social worker: Rhys Morgan',
  '',
  "Beth sy'n peri pryder i ni? / What are we worried about?",
  "- Mae Osian yn colli'r ysgol yn aml. / Osian often misses school.",
  '',
  'Beth sydd angen digwydd? / What needs to happen?',
  '1. Bydd Osian yn yr ysgol o leiaf 9 diwrnod allan o 10 bob pythefnos tan y gynhadledd adolygu, fel y dangosir yng nghofrestr yr ysgol. / Osian will be in school at least 9 days out of 10 every fortnight until the review conference, as shown in the school register.',
  '2. Bydd Rhys yn ymweld bob pythefnos ac yn siarad ag Osian ar ei ben ei hun. / Rhys will visit every fortnight and talk to Osian on his own.',
];

describe('a bilingual plan, Welsh then English', () => {
  const report = checkPlan(planOf(PLAN), { today: new Date(2026, 11, 1) });

  it('reads its two-language headings as headings: worries are worries, objectives objectives', () => {
    expect(report.objectives.map((v) => v.objective.text.slice(0, 12))).toEqual([
      'Bydd Osian y',
      'Bydd Rhys yn',
    ]);
    expect(report.worries.worries).toHaveLength(1);
  });

  it('knows who its labels introduce after the Welsh', () => {
    // "Rhys will visit" is the social worker's visit, not a change in Osian.
    expect(report.objectives[1].criteria.outcome.met).toBe(false);
  });
});

describe('introductions side by side on a details line', () => {
  it.each([
    'Mum: Kelly Example    Social worker: Priya Shah',
    'Mum: Kelly Example\tSocial worker: Priya Shah',
    'Mum: Kelly Example. Social worker: Priya Shah',
  ])('reads both in "%s"', (line) => {
    const report = checkPlan(
      planOf([
        line,
        'Outcomes',
        '- Priya will refer the family to the Food Bank by 4 December 2026.',
      ]),
      { today: new Date(2026, 11, 1) },
    );
    expect(report.objectives[0].criteria.outcome.met).toBe(false);
  });
});
