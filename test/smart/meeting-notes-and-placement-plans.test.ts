/**
 * Two more kinds of plan read as their users would: a Team Around the Child meeting's notes with
 * their actions, and a foster placement plan for a child with a hyphenated name. Fictional families.
 */
import { checkPlan, readTextPlan } from '../../src/smart';

const TODAY = new Date('2026-12-06T10:00:00');

const TAC_NOTES = `Team Around the Child (TAC) Meeting - Notes and Actions
Child: Archie Benson (5), Reception
Date: 02/12/2026

1. Introductions and purpose
Nadia explained that the TAC is to agree a plan for Archie's attendance, toileting and sleep.

2. Progress since last TAC (04/11/2026)
Archie's attendance has gone from 81% to 86% this half term. Mum has started a bedtime routine and says Archie is asleep by 8.30pm on most nights.

3. Attendance
Mum will make sure Archie is in school by 8.50am every day, with a target of 95% attendance by February half term.
ACTION: Mrs Hall to share Archie's weekly attendance with Mum every Friday.

4. Any other business
None.

Next TAC meeting: 20/01/2027.
`;

describe("a Team Around the Child meeting's notes", () => {
  const objectives = () =>
    checkPlan(readTextPlan(TAC_NOTES), { today: TODAY }).objectives.map((v) => v.objective.text);

  it('checks the actions agreed, not what was explained or the progress since the last meeting', () => {
    expect(objectives()).toEqual([
      'Mum will make sure Archie is in school by 8.50am every day, with a target of 95% attendance by February half term.',
      "ACTION: Mrs Hall to share Archie's weekly attendance with Mum every Friday.",
    ]);
  });

  it('still checks what comes under a progress title that also heads the next steps', () => {
    const notes = [
      '# Core group notes',
      '## Progress since the last core group',
      'Mum will ring the school nurse about the wetting by 09/12/2026.',
      '## Progress since the last core group and next steps',
      'Dad will ring the school nurse about the wetting by 09/12/2026.',
    ].join('\n');
    const read = checkPlan(readTextPlan(notes, 'markdown'), { today: TODAY }).objectives;
    expect(read.map((v) => [v.objective.text, v.objective.section])).toEqual([
      [
        'Dad will ring the school nurse about the wetting by 09/12/2026.',
        'Progress since the last core group and next steps',
      ],
    ]);
  });
});

const PLACEMENT_PLAN = `# Placement Plan

**Child:** Lily-Mae Carter (10)   **Legal status:** Interim care order (s.38)

## What Lily-Mae says
Lily-Mae says the house is "nice but too quiet". She misses her brother Jake and her cat.

## Day-to-day arrangements
- Lily-Mae and Jake will spend a Saturday afternoon together every other week from 05/12/2026.

## Review
First LAC review: 17/12/2026.
`;

describe('a placement plan for a child with a hyphenated name', () => {
  it('finds the child\'s own words under "What Lily-Mae says"', () => {
    const report = checkPlan(readTextPlan(PLACEMENT_PLAN, 'markdown'), { today: TODAY });
    const words = report.checks.find((c) => c.id === 'child-words');
    expect(words?.met).toBe(true);
    expect(words?.evidence?.text).toBe('nice but too quiet');
  });
});
