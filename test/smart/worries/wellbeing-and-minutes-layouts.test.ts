import { pairedPlan as read } from '../../helpers/paired-plan';

/**
 * Layouts the ninth set of labelled plans (test/worries/tune9) brought that the worries reader did
 * not know: a Scottish Child's Plan set out by the eight wellbeing indicators with each one's
 * worries in prose, a worries title in a core group's minutes too long to look like a title, a
 * wellbeing indicator's own "Concerns:" list, and a plain-text plan by numbered areas in capitals
 * whose "Action:" lines share one "Who:" and one "By when:". Every family here is fictional and
 * written for these tests.
 */

describe('worries set out by wellbeing indicator and in minutes', () => {
  it("reads a wellbeing indicator's prose for what is wrong, and leaves what is going well", () => {
    const { worries } = read(`# Child's Plan

**Child:** Rory Lennox (8)

### SAFE

Rory's dad has been drinking at weekends, and Rory has been left on his own in the caravan at night.

What will happen:
- Dad to stop drinking when he is looking after Rory, checked at every visit by the Lead Professional.

### HEALTHY

Rory is a healthy boy and his immunisations are up to date. He has not seen a dentist for two years.

What will happen:
- Mum to register Rory with the Hillhead dental practice by 31/01/2027.
`);
    expect(worries.map((w) => w.text)).toEqual([
      "Rory's dad has been drinking at weekends, and Rory has been left on his own in the caravan at night.",
      'He has not seen a dentist for two years.',
    ]);
  });

  it('reads a long worries title without a colon when a list follows it', () => {
    const { worries } = read(`# Core group minutes

4. Updated child protection plan

**Why the children have a child protection plan (what we are worried about)**

- The flat has broken heating and mould in the children's bedroom.
- Mia's attendance at school has been 72% this term.

**Updated plan**

| No. | Action | Who | By when |
|---|---|---|---|
| 1 | Social worker to refer the housing conditions to Environmental Health. | Social worker | 15/01/2027 |
`);
    expect(worries.map((w) => w.text)).toEqual([
      "The flat has broken heating and mould in the children's bedroom.",
      "Mia's attendance at school has been 72% this term.",
    ]);
  });

  it('does not take a sentence that a list follows as a worries title', () => {
    const { worries } = read(`# Plan

What we are worried about is set out in the assessment of 02/11/2026.
- Mum will take Mia to school by 8.45am every day.
`);
    expect(worries).toEqual([]);
  });

  it("takes every item of an indicator's own Concerns list, whatever its words", () => {
    const { worries } = read(`# Child's Plan

### Healthy

**Concerns:**
- Lewis sleeps badly and has nightmares most weeks.

**What will happen:**
- The looked after children's nurse to refer Lewis to the sleep clinic by 28/02/2027.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Lewis sleeps badly and has nightmares most weeks.',
    ]);
  });

  it("reads a plain-text plan by numbered areas, each action with the area's who and when", () => {
    const { worries, objectives, pairing } = read(`# Child in Need Plan

Child: Ollie Brennan (6)
-------------------------------------------------------------------
SUMMARY
Ollie is a happy boy who loves buses. His mum asked for help in November.
-------------------------------------------------------------------
AREA 1 – SLEEP
Need: Ollie sleeps for only four hours a night and wakes the house at 2am.
Action: Referral to the Kestlebury Sleep Service for a six-week sleep programme.
Action: Community paediatrician to review whether melatonin would help Ollie sleep.
Who: Social worker (referral); Dr Amadi
By when: Referral by 15/01/2027; paediatrician by 26/02/2027
AREA 2 – MONITORING AND REVIEW
Action: Social worker to visit every four weeks.
`);
    expect(objectives.map((o) => o.text)).toEqual([
      'Referral to the Kestlebury Sleep Service for a six-week sleep programme. Who: Social worker (referral); Dr Amadi. By when: Referral by 15/01/2027; paediatrician by 26/02/2027',
      'Community paediatrician to review whether melatonin would help Ollie sleep. Who: Social worker (referral); Dr Amadi. By when: Referral by 15/01/2027; paediatrician by 26/02/2027',
      'Social worker to visit every four weeks.',
    ]);
    expect(worries.map((w) => w.text)).toEqual([
      'Ollie sleeps for only four hours a night and wakes the house at 2am.',
    ]);
    expect(pairing.unanswered).toEqual([]);
  });
});
