import { findWorries } from '../../src/smart/worries/find-worries';
import { objectivesOf, planOf } from '../helpers/plan-of';

/**
 * A pathway plan (fictional) sets out each area as "Where I am now", "In my words", then "What
 * needs to happen:" over a list of the young person's needs, then a table of what will happen,
 * who and by when. The needs were checked as objectives ("Reece is not registered with a GP"
 * was told to add a date), and his quoted words were too.
 */
const plan = [
  '# Pathway Plan',
  '',
  '## 1. Health',
  '',
  '**Where I am now:** Reece lives at Linden House and sees the LAC nurse once a year.',
  '',
  '**In my words:** "I will sort the doctor out myself when I move."',
  '',
  '**What needs to happen:**',
  '- Reece smokes cannabis most days and says he needs it to sleep.',
  '- Reece is not registered with a GP in Brackendale.',
  '',
  '| What will happen | Who | By when |',
  '|---|---|---|',
  '| Reece to register with Brackendale Medical Centre. | Reece | 14/02/2027 |',
  '| Reece to meet the young people’s drug and alcohol worker once. | Shaz | 28/02/2027 |',
];

describe('"What needs to happen" over the needs, with the plan table after them', () => {
  it('checks only the table’s rows as objectives', () => {
    expect(objectivesOf(plan, 'markdown')).toEqual([
      'Reece to register with Brackendale Medical Centre. Who: Reece. By when: 14/02/2027',
      'Reece to meet the young people’s drug and alcohol worker once. Who: Shaz. By when: 28/02/2027',
    ]);
  });

  it('reads the needs as worries', () => {
    expect(findWorries(planOf(plan, 'markdown')).map((w) => w.text)).toEqual([
      'Reece smokes cannabis most days and says he needs it to sleep.',
      'Reece is not registered with a GP in Brackendale.',
    ]);
  });

  it('still reads "What needs to happen" over changes as the objectives', () => {
    expect(
      objectivesOf(
        [
          '## What needs to happen',
          '',
          '- Reece will register with Brackendale Medical Centre by 14/02/2027.',
          '- Shaz will take Reece to see the drug and alcohol worker by 28/02/2027.',
          '',
          '| Who | Contact |',
          '|---|---|',
          '| Shaz | 01234 567890 |',
        ],
        'markdown',
      ),
    ).toHaveLength(2);
  });
});
