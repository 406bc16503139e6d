/**
 * The pairing of worries with objectives, scored on the labelled plans in test/worries. The
 * floors hold today's figures so a change that makes the pairing worse fails; the goal in the
 * README (0.85 precision and recall on the blind plans) is not reached yet.
 */
import { join } from 'node:path';
import {
  measureLabellerAgreement,
  measureWorryPairing,
  type LabelledPlan,
  type SecondLabels,
} from '../../src/cli/worry-metrics';
import { loadLabelledPlans, readJsonl } from '../../scripts/worry-sets';

const folder = (set: string) => join(__dirname, '..', 'worries', set);
const lines = <T>(set: string, file: string): T[] => readJsonl<T>(folder(set), file);
const load = (set: string) => loadLabelledPlans(folder(set));

const FLOORS = {
  tune: { plans: 25, precision: 0.62, recall: 0.65, links: 0.6, unanchored: 0.52 },
  // A second tune set, written later by another hand in more layouts (worries in prose, "What
  // needs to change" before the objectives, goals before the worries).
  tune2: { plans: 20, precision: 0.55, recall: 0.8, links: 0.55, unanchored: 0.45 },
  // A third set, written blind by two more hands in the layouts of more places (a US case plan's
  // safety threats, a Welsh care and support plan, an EHC plan's Sections B to E, a pathway plan
  // by areas, an early help plan in the family's words); read after its first contact.
  tune3: { plans: 20, precision: 0.65, recall: 0.85, links: 0.58, unanchored: 0.7 },
  // A fourth, written blind by two more hands in December 2026 (a family group conference's plan,
  // a Scottish child's plan, a referral order's plan, a risk and safety plan by risk area); read
  // after its first contact.
  tune4: { plans: 20, precision: 0.58, recall: 0.75, links: 0.52, unanchored: 0.55 },
  // A fifth, written blind by two more hands (a MARAC child in need plan, a PLO letter's schedule,
  // a return home plan, a kinship care plan by wellbeing indicator, a missing-from-home risk
  // management plan, an Ontario service plan, a youth justice plan in the young person's words);
  // read after its first contact.
  tune5: { plans: 20, precision: 0.36, recall: 0.6, links: 0.55, unanchored: 0.4 },
  // A sixth, written blind by two more hands (a PEP's barriers to learning, a placement plan, a
  // neglect plan by scored domains, a Family Star plan, a school support plan, a written
  // agreement in numbered paragraphs, Victorian, Californian, British Columbian and Scottish
  // plans, a review's minutes); read after its first contact.
  tune6: { plans: 20, precision: 0.45, recall: 0.65, links: 0.6, unanchored: 0.45 },
  // A seventh, written blind by two more hands in practitioners' wording (objectives that name a
  // service, a check or the child's day rather than the worry), in layouts of more kinds of plan
  // (a homeless 16-year-old's joint plan of "Need:" and "Action:" lines, a letter before
  // proceedings in numbered paragraphs, a UNOCINI plan's "Need identified:", a Meitheal plan,
  // UASC, CAPVA, county lines); read after its first contact.
  tune7: { plans: 20, precision: 0.6, recall: 0.7, links: 0.6, unanchored: 0.5 },
  // An eighth, written blind by two more hands (a case system's "Risk/Need identified:" blocks,
  // conference minutes with the worries in the summary of discussion, a review by the domains of
  // an assessment, a core group's action log, Oregon, Florida and Victorian case plans, a Tusla
  // child in care review, a residential assessment's rules); read after its first contact.
  tune8: { plans: 20, precision: 0.3, recall: 0.35, links: 0.53, unanchored: 0.4 },
  // A ninth, written blind by two more hands (a Scottish Child's Plan by wellbeing indicator, a
  // core group's minutes, Signs of Safety, forced marriage, Welsh, Irish, Northern Territory, Ohio,
  // Kentucky, Alberta and Oranga Tamariki plans); its first contact.
  tune9: { plans: 20, precision: 0.25, recall: 0.45, links: 0.46, unanchored: 0.48 },
  blind: { plans: 25, precision: 0.38, recall: 0.55, links: 0.5, unanchored: 0.4 },
};

describe.each(Object.entries(FLOORS))('worry pairing on the %s plans', (set, floor) => {
  const m = measureWorryPairing(load(set));
  it(`reads ${floor.plans} labelled plans and finds almost every labelled worry`, () => {
    expect(m.plans).toBe(floor.plans);
    expect(m.worriesMissed).toBeLessThan(20);
  });
  it(`warns about unanswered worries with precision >= ${floor.precision} and recall >= ${floor.recall}`, () => {
    expect(m.unanswered.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(m.unanswered.recall).toBeGreaterThanOrEqual(floor.recall);
  });
  it(`links worries to objectives with F1 >= ${floor.links}`, () => {
    expect(m.links.f1).toBeGreaterThanOrEqual(floor.links);
  });
  it(`lists the objectives that answer no worry with F1 >= ${floor.unanchored}`, () => {
    expect(m.unanchored.f1).toBeGreaterThanOrEqual(floor.unanchored);
  });
});

describe('the measure of the pairing', () => {
  it('compares a found item without the section number typed before it, as the labels have it', () => {
    const labels: LabelledPlan = {
      plan: 'p1',
      worries: [{ id: 'w1', text: 'Donna drinks too much alcohol when she is caring for Kayla.' }],
      objectives: [
        {
          id: 'o1',
          text: 'Donna will not drink alcohol when she is caring for Kayla. If Gary is seen near the school, staff will call the police.',
        },
      ],
      links: [['w1', 'o1']],
    };
    const markdown = [
      '## 2. Why is Kayla being looked after?',
      '',
      '2.1 Donna drinks too much alcohol when she is caring for Kayla.',
      '',
      '## 6. Family time',
      '',
      '6.2 Donna will not drink alcohol when she is caring for Kayla. If Gary is seen near the school, staff will call the police.',
    ].join('\n');
    const m = measureWorryPairing([{ labels, markdown }]);
    expect(m.worriesMissed).toBe(0);
    expect(m.links).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores the objectives listed as answering no worry against those the labeller linked to none', () => {
    // The pane lists o2 (it shares nothing with the worry) and o3 (never found: a miss); the
    // labeller tied o2 to the worry and left o3 unlinked, so one wrong listing and one missed.
    const labels: LabelledPlan = {
      plan: 'p1',
      worries: [{ id: 'w1', text: 'Kai is often late for school.' }],
      objectives: [
        { id: 'o1', text: 'Kai will be in school by 8.50am every day from Monday.' },
        { id: 'o2', text: 'Mum will set an alarm for 7am each school day.' },
        { id: 'o3', text: 'Kai will join the football club on Thursdays.' },
      ],
      links: [
        ['w1', 'o1'],
        ['w1', 'o2'],
      ],
    };
    const markdown = [
      '## What are we worried about?',
      '',
      '- Kai is often late for school.',
      '',
      '## Plan',
      '',
      '- Kai will be in school by 8.50am every day from Monday.',
      '- Mum will set an alarm for 7am each school day.',
    ].join('\n');
    const m = measureWorryPairing([{ labels, markdown }]);
    expect(m.unanchored).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(m.errors.map((e) => e.kind)).toEqual(
      expect.arrayContaining([
        'listed as answering no worry, but linked',
        'answers no worry, not listed',
      ]),
    );
  });
});

describe('a second labeller measured against the first', () => {
  const plan: LabelledPlan = {
    plan: 'p1',
    worries: [
      { id: 'w1', text: 'Dad drinks when he has the children.' },
      { id: 'w2', text: 'The rent is behind.' },
      { id: 'w3', text: 'Amy misses school.' },
    ],
    objectives: [
      { id: 'o1', text: 'Dad will be sober at every contact.' },
      { id: 'o2', text: 'Amy will attend school every day.' },
    ],
    links: [
      ['w1', 'o1'],
      ['w3', 'o2'],
    ],
  };

  it('agrees fully with the same links', () => {
    const m = measureLabellerAgreement([plan], [{ plan: 'p1', links: plan.links }]);
    expect(m.unanswered).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(m.links).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('counts a link left out as a wrong warning and a link added as a missed one', () => {
    const m = measureLabellerAgreement(
      [plan],
      [
        {
          plan: 'p1',
          links: [
            ['w1', 'o1'],
            ['w2', 'o2'],
          ],
        },
      ],
    );
    // w3 is warned about though the first labeller answered it; w2 is not though nothing does.
    expect(m.unanswered).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(m.links).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('says which plan is missing or which id is wrong', () => {
    expect(() => measureLabellerAgreement([plan], [])).toThrow(/no links for plan p1/);
    expect(() => measureLabellerAgreement([plan], [{ plan: 'p1', links: [['w9', 'o1']] }])).toThrow(
      /no worry w9/,
    );
  });

  // The README's goal for the matcher (0.85 precision and recall of the warnings) rests on this:
  // two careful people reading the same plans agree at least that well.
  it.each(['tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'tune9'])(
    'agrees on the %s plans at 0.85 or better',
    (set) => {
      const m = measureLabellerAgreement(
        lines<LabelledPlan>(set, 'labels.jsonl'),
        lines<SecondLabels>(set, 'second-labeller.jsonl'),
      );
      expect(m.unanswered.precision).toBeGreaterThanOrEqual(0.85);
      expect(m.unanswered.recall).toBeGreaterThanOrEqual(0.85);
    },
  );
});
