/**
 * `--demo`: fictional plans for trying local mode, seeded through the same PlanStore (and so the
 * same Graph requests) the product uses. Dates are relative to today: some reviews are due
 * within the week, some are overdue, and some plans are drifting (objectives past due or not
 * updated for weeks). Every name and reference is made up; emails use example.org.
 */
import type {
  Person,
  Plan,
  PlanObjective,
  PlanType,
  ReviewKind,
  WorryCounts,
} from '../plans/model';
import type { GraphPlanStore } from '../graph/plan-store';
import { onOrBeforeWorkingDay } from '../plans/working-days';
import { checkObjectiveText, smartLetters } from '../smart';

export const DEMO_SUPERVISORS: Person[] = [
  { name: 'Sam Taylor', email: 'sam.taylor@example.org' },
  { name: 'Priya Shah', email: 'priya.shah@example.org' },
];

export const DEMO_LEADS: Person[] = [
  { name: 'Jordan Lee', email: 'jordan.lee@example.org' },
  { name: 'Alex Morgan', email: 'alex.morgan@example.org' },
  { name: 'Chris Okafor', email: 'chris.okafor@example.org' },
];

function addDays(today: Date, days: number): string {
  const d = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + days * 86400000,
  );
  return d.toISOString().slice(0, 10);
}

function isoAt(today: Date, days: number): string {
  return `${addDays(today, days)}T09:00:00Z`;
}

interface DemoPlan {
  childRef: string;
  type: PlanType;
  lead: number;
  supervisor: number;
  startDays: number;
  /** Days from today of the next review or core group: negative is overdue. */
  reviewDays: number;
  reviewKind: ReviewKind;
  coreGroupDays?: number;
  /**
   * Days from today of the last core group held. Drift (src/plans/due.ts) is an objective with no
   * progress recorded since the last core group held, so a drifting plan needs one held after
   * some objective's last progress; under the default rules only child protection plans drift.
   */
  heldCoreGroupDays?: number;
  /** As the last save from Word counted them; absent as for a plan saved before they were. */
  worries?: WorryCounts;
  /** Scored low, with the parent's disagreement recorded. */
  drifting?: boolean;
  objectives: {
    text: string;
    owner: Person;
    dueDays: number;
    progress?: PlanObjective['progress'];
    progressDays?: number;
    note?: string;
  }[];
}

const PARENT: Person = { name: 'Parent or carer' };

function demoPlans(): DemoPlan[] {
  const hv: Person = { name: 'Dana Price (health visitor)', email: 'dana.price@example.org' };
  const school: Person = { name: 'Mr Ellis (school DSL)', email: 'r.ellis@example.org' };
  return [
    {
      childRef: 'Maya (fictional) FIC-1001',
      worries: { named: 4, unanswered: 0 },
      type: 'child-protection',
      lead: 0,
      supervisor: 0,
      startDays: -80,
      reviewDays: 3,
      reviewKind: 'review-conference',
      coreGroupDays: 5,
      objectives: [
        {
          text: 'Maya will attend school at least 9 out of 10 sessions each week, checked weekly by the school DSL until the review conference.',
          owner: school,
          dueDays: 3,
          progress: 'amber',
          progressDays: -6,
          note: 'Attendance 8/10 last week.',
        },
        {
          text: 'Mum will attend all six sessions of the parenting course by the end of next month, confirmed by the course leader.',
          owner: PARENT,
          dueDays: 30,
          progress: 'green',
          progressDays: -4,
        },
        {
          text: 'Improve home conditions.',
          owner: PARENT,
          dueDays: 20,
          progress: 'red',
          progressDays: -40,
        },
      ],
    },
    {
      childRef: 'Leo (fictional) FIC-1002',
      worries: { named: 5, unanswered: 2 },
      type: 'child-in-need',
      lead: 1,
      supervisor: 0,
      startDays: -150,
      reviewDays: -6,
      reviewKind: 'cin-review',
      drifting: true,
      objectives: [
        {
          text: 'Leo will have a dental check-up by the end of the month, booked by his dad and confirmed by the surgery.',
          owner: PARENT,
          dueDays: -10,
          progress: 'red',
          progressDays: -45,
          note: 'Appointment missed twice.',
        },
        {
          text: 'Leo to be supported with his behaviour.',
          owner: school,
          dueDays: -20,
          progress: 'amber',
          progressDays: -60,
        },
      ],
    },
    {
      childRef: 'Ruby (fictional) FIC-1003',
      worries: { named: 3, unanswered: 0 },
      type: 'early-help',
      lead: 2,
      supervisor: 1,
      startDays: -40,
      reviewDays: 6,
      reviewKind: 'early-help-review',
      objectives: [
        {
          text: 'Ruby will go to bed by 8pm on at least five nights a week, recorded on the family sleep chart and reviewed at each home visit for six weeks.',
          owner: PARENT,
          dueDays: 42,
          progress: 'green',
          progressDays: -2,
        },
        {
          text: 'The family will be referred to the local food bank within two weeks by the family support worker.',
          owner: DEMO_LEADS[2],
          dueDays: 9,
        },
      ],
    },
    {
      childRef: 'Noah (fictional) FIC-1004',
      worries: { named: 0, unanswered: 0 },
      type: 'looked-after',
      lead: 0,
      supervisor: 1,
      startDays: -200,
      reviewDays: -2,
      reviewKind: 'lac-review',
      objectives: [
        {
          text: 'Noah will see his sister for contact every other Saturday, arranged by his social worker, with each visit recorded in the contact log.',
          owner: DEMO_LEADS[0],
          dueDays: 60,
          progress: 'green',
          progressDays: -10,
        },
        {
          text: 'Noah will have his initial health assessment before the LAC review.',
          owner: hv,
          dueDays: -2,
          progress: 'amber',
          progressDays: -15,
        },
      ],
    },
    {
      childRef: 'Isla (fictional) FIC-1005',
      type: 'ehc',
      lead: 1,
      supervisor: 1,
      startDays: -300,
      reviewDays: 25,
      reviewKind: 'ehcp-review',
      objectives: [
        {
          text: 'Isla will use her communication book to ask for help at least three times a day in class, recorded by her teaching assistant, by the annual review.',
          owner: school,
          dueDays: 25,
          progress: 'green',
          progressDays: -7,
        },
      ],
    },
    {
      childRef: 'Oscar (fictional) FIC-1006',
      worries: { named: 4, unanswered: 1 },
      type: 'child-protection',
      lead: 2,
      supervisor: 0,
      startDays: -120,
      reviewDays: 40,
      reviewKind: 'review-conference',
      coreGroupDays: -4,
      // About six weeks ago, so the next one is overdue too; objective 1's progress (50 days ago)
      // is older than it, so the plan drifts.
      heldCoreGroupDays: -44,
      drifting: true,
      objectives: [
        {
          text: 'Dad to engage with services.',
          owner: PARENT,
          dueDays: -30,
          progress: 'red',
          progressDays: -50,
        },
        {
          text: 'Oscar will be seen alone by his social worker at every visit, at least every ten working days, and his views recorded.',
          owner: DEMO_LEADS[2],
          dueDays: 40,
          progress: 'amber',
          progressDays: -25,
        },
      ],
    },
  ];
}

/** Seeds the demo plans unless the Plans list already has some. Returns how many were added. */
export async function seedDemo(store: GraphPlanStore, today = new Date()): Promise<number> {
  for await (const _ of store.iteratePlans()) return 0;
  let n = 0;
  for (const d of demoPlans()) {
    const lead = DEMO_LEADS[d.lead];
    const supervisor = DEMO_SUPERVISORS[d.supervisor];
    const plan: Plan = {
      childRef: d.childRef,
      type: d.type,
      status: 'active',
      leadProfessional: lead,
      supervisor,
      members: [lead, supervisor],
      startDate: addDays(today, d.startDays),
      nextReview: addDays(today, d.reviewDays),
      ...(d.coreGroupDays !== undefined
        ? { nextCoreGroup: addDays(today, d.coreGroupDays), coreGroupEveryWeeks: 6 }
        : {}),
      ...(d.type === 'child-in-need' || d.type === 'early-help' ? { reviewEveryMonths: 3 } : {}),
      score: d.drifting ? 45 : 80,
      ...(d.worries ? { worries: d.worries } : {}),
    };
    const objectives: PlanObjective[] = d.objectives.map((o, i) => ({
      planId: '',
      order: i + 1,
      text: o.text,
      owner: o.owner,
      dueDate: addDays(today, o.dueDays),
      // The letters the checker gives, as a save from Word would store them.
      smart: smartLetters(checkObjectiveText(o.text, { today })),
      status: 'active',
      sourceKey: `demo-${d.childRef.split(' ').pop()}-${i + 1}`,
      ...(o.progress
        ? { progress: o.progress, progressAt: isoAt(today, o.progressDays ?? 0) }
        : {}),
      ...(o.note ? { progressNote: o.note } : {}),
    }));
    const saved = await store.savePlan(plan, objectives);
    const planId = saved.plan.id!;
    await store.saveReview({
      planId,
      kind: d.reviewKind,
      scheduledDate: addDays(today, d.reviewDays),
    });
    if (d.heldCoreGroupDays !== undefined) {
      // Meetings are held on working days: a weekend or bank holiday moves back (4 days at most).
      const held = onOrBeforeWorkingDay(addDays(today, d.heldCoreGroupDays));
      await store.saveReview({
        planId,
        kind: 'core-group',
        scheduledDate: held,
        heldDate: held,
        outcome: 'Core group held; progress on each objective to be recorded.',
      });
    }
    if (d.coreGroupDays !== undefined)
      await store.saveReview({
        planId,
        kind: 'core-group',
        scheduledDate: addDays(today, d.coreGroupDays),
      });
    await store.saveReview({
      planId,
      kind: 'supervision',
      scheduledDate: addDays(today, d.startDays + 30),
      heldDate: addDays(today, d.startDays + 30),
      outcome: 'Plan discussed; actions agreed.',
    });
    await store.addAgreement({
      planId,
      person: { name: 'Parent or carer' },
      role: 'parent-carer',
      stance: d.drifting ? 'disagreed' : 'agreed',
      words: d.drifting ? 'I do not think the plan is fair on us.' : undefined,
      date: addDays(today, d.startDays),
    });
    n++;
  }
  return n;
}
