/**
 * Every labelled set the repository carries is scored here, each held to a floor, so a change
 * that helps one register at the cost of another shows up in `npm test`.
 * - test/fixtures: objectives written for this project (our own and blind colleagues').
 * - test/corpus: real objectives quoted from public plans and guidance, each with its source;
 *   `*.tune` was used to develop the checker, `*.blind` was only measured. Their floors guard
 *   against regressions; the target for real text (macro F1 0.83) is not met yet, and the README
 *   says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMetrics, parseLabelledJsonl, type Scored } from '../../src/cli/eval-metrics';
import { checkObjectiveText, smartLetters } from '../../src/smart/check';

const ROOT = join(__dirname, '../..');
const TODAY = new Date(2026, 11, 1);

const FLOORS: [string, number][] = [
  ['test/fixtures/objectives-labelled.jsonl', 0.9],
  ['test/fixtures/objectives-heldout.jsonl', 0.9],
  ['test/fixtures/objectives-blind2.jsonl', 0.9],
  ['test/fixtures/objectives-blind3.jsonl', 0.9],
  // Written blind in twelve registers of real plans (capitals, agreements, court orders, IEPs):
  // the tune half was read, the blind half only measured, and it is below the 0.9 goal.
  ['test/fixtures/objectives-registers.tune.jsonl', 0.88],
  ['test/fixtures/objectives-registers.blind.jsonl', 0.79],
  // A second such set (Signs of Safety, family group conferences, care, pathway and short-breaks
  // plans, IEPs, New Zealand plans, table-cell notes): first contact 0.818 and 0.749.
  ['test/fixtures/objectives-registers2.tune.jsonl', 0.81],
  ['test/fixtures/objectives-registers2.blind.jsonl', 0.73],
  ['test/corpus/real-uk-social-care.tune.jsonl', 0.87],
  ['test/corpus/real-uk-social-care.blind.jsonl', 0.74],
  ['test/corpus/real-send-international.tune.jsonl', 0.88],
  ['test/corpus/real-send-international.blind.jsonl', 0.7],
  ['test/corpus/real-mixed-c.blind.jsonl', 0.78],
  // No objective in D's tune half is labelled unrealistic, so one false flag there costs a
  // fifth of the macro figure: the floor leaves room for that.
  ['test/corpus/real-mixed-d.tune.jsonl', 0.65],
  ['test/corpus/real-mixed-d.blind.jsonl', 0.77],
  ['test/corpus/real-mixed-e.tune.jsonl', 0.78],
  ['test/corpus/real-mixed-e.blind.jsonl', 0.7],
  ['test/corpus/real-mixed-f.tune.jsonl', 0.63],
  ['test/corpus/real-mixed-f.blind.jsonl', 0.68],
  ['test/corpus/real-mixed-g.tune.jsonl', 0.83],
  ['test/corpus/real-mixed-g.blind.jsonl', 0.69],
  ['test/corpus/real-mixed-h.tune.jsonl', 0.63],
  ['test/corpus/real-mixed-h.blind.jsonl', 0.71],
  ['test/corpus/real-mixed-i.tune.jsonl', 0.81],
  ['test/corpus/real-mixed-i.blind.jsonl', 0.63],
  ['test/corpus/real-mixed-j.tune.jsonl', 0.84],
  ['test/corpus/real-mixed-j.blind.jsonl', 0.7],
  ['test/corpus/real-mixed-k.tune.jsonl', 0.8],
  ['test/corpus/real-mixed-k.blind.jsonl', 0.62],
  // Set L: case-plan, IEP, EHCP, OVC and court-order goals from public code repositories; first
  // contact 0.744 and 0.709.
  ['test/corpus/real-mixed-l.tune.jsonl', 0.73],
  ['test/corpus/real-mixed-l.blind.jsonl', 0.69],
  // Set M: US, Canadian and Australian service-plan, court, probation, IEP, transition and
  // treatment-planner goals, and six UK care-plan items; first contact 0.700 and 0.733.
  ['test/corpus/real-mixed-m.tune.jsonl', 0.84],
  ['test/corpus/real-mixed-m.blind.jsonl', 0.71],
  // Set N: foster carers' duties and agreements, youth-in-care expectations, drug-court and
  // visiting standards, IEP, IFSP, therapy and treatment-planner goals; first contact 0.733 and
  // 0.709, measured after this round's other changes and before any reading of it.
  ['test/corpus/real-mixed-n.tune.jsonl', 0.71],
  ['test/corpus/real-mixed-n.blind.jsonl', 0.69],
  // Set O: model and poor examples from guidance, Irish, Scottish, New Zealand, Australian and
  // Canadian court, tribunal, attendance and youth-justice plans; first contact 0.746 and 0.615
  // (few objectives labelled unrealistic, none of the blind half's four caught).
  ['test/corpus/real-mixed-o.tune.jsonl', 0.72],
  ['test/corpus/real-mixed-o.blind.jsonl', 0.59],
  // Set P: case-plan requirements quoted in court decisions (48, too few to split): measured
  // only, like C; first contact 0.848.
  ['test/corpus/real-mixed-p.blind.jsonl', 0.82],
  // Set Q: IEP goals, teen home and probation contracts, school behaviour and safety plans,
  // Queensland practice-kit goals, domestic-violence and family safety plans, reunification
  // objectives; first contact 0.788 and 0.791, measured after this round's other changes and
  // before any reading of it.
  ['test/corpus/real-mixed-q.tune.jsonl', 0.76],
  ['test/corpus/real-mixed-q.blind.jsonl', 0.76],
  // Set R: parenting plans and co-parenting agreements, foster and respite carers' agreements,
  // school health plans, youth offending and probation standards, Caring Dads goals; speech,
  // occupational therapy and EYFS goal banks; first contact 0.825 and 0.746, measured after the
  // readings from Q's tune half and before any reading of R.
  ['test/corpus/real-mixed-r.tune.jsonl', 0.8],
  ['test/corpus/real-mixed-r.blind.jsonl', 0.72],
  // Set S: youth justice orders and Irish court reports' plan terms, Caring Dads, Scottish and
  // US school and health plans, IEP, speech and OT goal banks, a US extended foster care
  // agreement, Australian NDIS and school goals. First contact 0.634 and 0.794, measured before
  // any reading of S. One objective in the tune half is labelled unrealistic, so one miss there
  // costs a fifth of the macro figure.
  ['test/corpus/real-mixed-s.tune.jsonl', 0.6],
  ['test/corpus/real-mixed-s.blind.jsonl', 0.76],
  // Set T: EHCP Section F provision wordings, a fostering agency's placement terms, IEP,
  // transition, AAC and PE goals, school health care plans (allergy, seizures, asthma), a PBS
  // plan, early years targets. First contact 0.744 and 0.775, measured after S's readings and
  // before any reading of T (the release the round began from: 0.739 and 0.768).
  ['test/corpus/real-mixed-t.tune.jsonl', 0.7],
  ['test/corpus/real-mixed-t.blind.jsonl', 0.73],
  // Set U: UK court judgments and lawyers' notes quoting care plans, written agreements and
  // orders, youth justice orders, US drug-court and treatment requirements, Australian, Irish and
  // Canadian case-plan terms, probation licence conditions and fostering handbooks from public
  // repositories, EHCP, IEP, 504 and therapy goals. First contact 0.791 and 0.804, before any
  // reading of U (the release the previous round began from: 0.790 and 0.802).
  ['test/corpus/real-mixed-u.tune.jsonl', 0.72],
  ['test/corpus/real-mixed-u.blind.jsonl', 0.76],
  // Set V: HMCTS directions, judgments and parents' posts quoting care plans, orders and
  // agreements, FDAC intervention plans, safety plans; probation licence conditions, pre-school
  // and fostering policies and US prevention-plan goals from public repositories; US, Australian
  // and Canadian manuals, parenting orders and probation conditions; EHCP, statement, IEP,
  // health-care and therapy goals. First contact 0.756 and 0.762, after U's readings and before
  // any reading of V (the release this round began from: 0.750 and 0.758).
  ['test/corpus/real-mixed-v.tune.jsonl', 0.71],
  ['test/corpus/real-mixed-v.blind.jsonl', 0.72],
  // Set W: councils' pledges to children in care and care leavers' local offers, early help
  // outcome frameworks, judgments quoting care plans; US appellate decisions quoting case plans,
  // Irish, Canadian and New Zealand court reports; case-plan fixtures, speech-therapy goal banks,
  // fostering independence forms and agency playbooks from public repositories; transition-plan,
  // IEP, 504 and health-plan goals. First contact 0.643 and 0.810, at the release this round
  // began from (the tune half's realistic letter has one objective that fails it, so its F1 is 0
  // or 1 and moves the macro by a fifth).
  ['test/corpus/real-mixed-w.tune.jsonl', 0.6],
  ['test/corpus/real-mixed-w.blind.jsonl', 0.77],
  // Set X: domestic abuse safety plans, youth justice intervention plans and referral orders,
  // special guardianship, adoption and private fostering procedures; US, Australian, Kenyan, South
  // African and Tajik probation, bail and case-plan conditions; parenting, financial and nursery
  // goals and policies from public repositories; physiotherapy, nursing, sleep, feeding,
  // toileting and behaviour support goals. First contact 0.703 and 0.765, after W's readings and
  // before any reading of X (the release this round began from: 0.700 and 0.766).
  ['test/corpus/real-mixed-x.tune.jsonl', 0.66],
  ['test/corpus/real-mixed-x.blind.jsonl', 0.72],
  // Set Y: Family Nurse Partnership, health visiting and Flying Start aims; a London family
  // school's transfer conditions; Highland, Bracknell and FDAC plan lines; Singapore, Malaysian,
  // Indian, South African, Ontario, Ohio, Illinois, Minnesota and Florida rules and orders;
  // Australian parenting orders; IEP, low-vision, asthma, diabetes, eating-disorder and
  // family-nursing goals; case-management and school-support app seeds. First contact 0.652 and
  // 0.633 (the same at the release this round began from); each half has three or four
  // objectives labelled unrealistic and the checker caught none, a fifth of each figure.
  ['test/corpus/real-mixed-y.tune.jsonl', 0.61],
  ['test/corpus/real-mixed-y.blind.jsonl', 0.59],
  // Set Z: a council's EHC plan example outcomes and SEND aspirations in the child's voice,
  // pledges to children in care and care leavers' offers, return home interview and CSE risk
  // plans, contact centre rules; US and Australian visiting rules, drug court terms, shared-care
  // templates, teen driving and living-at-home contracts, attendance agreements, diabetes and
  // asthma school plans; reading, phonics, number, sleep, toddler feeding and behaviour targets.
  // First contact 0.675 and 0.755, after Y's readings and before any reading of Z (the release
  // this round began from: 0.672 and 0.752).
  ['test/corpus/real-mixed-z.tune.jsonl', 0.63],
  ['test/corpus/real-mixed-z.blind.jsonl', 0.71],
  // Set AA: Local Government Ombudsman remedies, councils' family time, special guardianship,
  // pathway plan and return home interview pages, SCRA and Children's Law Centre guidance; youth
  // conditional cautions, bail, triage and YRO requirements, parenting orders, school medical
  // policies and EHCP provision; Australian, Singapore, Irish, Scottish, South African,
  // Canadian and NZ orders and plans; US probation, drug court, house arrest, diversion and
  // parenting-time terms; IEP, 504, Head Start and toilet-training goals; nursery policies, a
  // family court's directions, a fostering agency's policies and Kenya's case plan benchmarks
  // from public repositories (189 sources). First contact 0.758 and 0.689, after this round's
  // readings of the older sets and before any reading of AA (the release this round began
  // from: 0.757 and 0.689).
  ['test/corpus/real-mixed-aa.tune.jsonl', 0.71],
  ['test/corpus/real-mixed-aa.blind.jsonl', 0.64],
  // Set AB: councils' family time, safer caring, return interview and pre-birth procedures,
  // pledges and local offers for children in care; ASN tribunal decisions, PEP guidance, youth
  // offender contracts and family nurse plans; Australian court orders, Canadian consent orders,
  // Irish care reports and NGO programme goals; US state manuals, an appellate opinion's case
  // plan tasks, drug court and extended foster care terms; IFSP outcomes from parents' blogs,
  // counselling and behaviour contract goals; a child welfare playbook, grant proposals and
  // pre-school procedures from public repositories (189 sources). First contact 0.775 and
  // 0.759, after this round's first reading and before any reading of AB (the release this
  // round began from: 0.773 and 0.759).
  ['test/corpus/real-mixed-ab.tune.jsonl', 0.72],
  ['test/corpus/real-mixed-ab.blind.jsonl', 0.71],
  // AC (444 objectives from 174 sources, labelled blind by six colleagues): England's procedures
  // manuals, pre-proceedings letters and family network pages; care leavers' local offers, PEP
  // guidance, Scotland's continuing care and Wales's care-planning rules; Australian parenting
  // orders, youth supervision and bail conditions, safety plans from New Zealand and Canada's
  // diversion terms; US foster-parent rules, transition plans and home-visiting goals; IEP goals
  // from parents' forums, attendance contracts and school targets; prevention plans, grant
  // proposals and court clauses from public repositories. First contact 0.750 and 0.800 (the
  // release before any work on real plans, c890cd9: 0.695 and 0.771).
  ['test/corpus/real-mixed-ac.tune.jsonl', 0.7],
  ['test/corpus/real-mixed-ac.blind.jsonl', 0.75],
  // AD (437 objectives from 184 sources, labelled blind by six colleagues): England's, Wales's,
  // Scotland's and Northern Ireland's conference and core group procedures, parents' forum
  // posts quoting orders, placement, PEP and pathway plan guidance, youth justice targets;
  // Western Australian and NSW manuals, Oranga Tamariki practice, Singapore Youth and Family
  // Court orders; US state codes and manuals, court-ordered treatment plans, foster youth
  // agreements; IEP and IFSP goals quoted by parents, attendance contracts; childminders',
  // playgroups' and youth clubs' policies from public repositories. Mostly procedure and
  // requirement, few SMART (9 of 437). First contact 0.832 and 0.787, after this round's
  // section-title reading (which does not touch single objectives) and before any reading of AD.
  ['test/corpus/real-mixed-ad.tune.jsonl', 0.79],
  ['test/corpus/real-mixed-ad.blind.jsonl', 0.74],
  // AE (254 objectives from 101 sources, labelled blind by four colleagues told to prefer what
  // plans set for a child or parent over agencies' duties): England's family court judgments
  // from a public repository, Australian orders, Irish court reports and US decisions quoting
  // case plans and custody terms; parents' forum posts, foster carers' house rules, a
  // transitional housing agreement in the young person's words, family group conference plans;
  // IEP, IFSP, EHCP, therapy and feeding goals quoted by parents; parenting contracts, early help
  // case studies, youth justice and youth work session plans. First contact 0.775 and 0.785,
  // after this round's readings of AD and before any reading of AE.
  ['test/corpus/real-mixed-ae.tune.jsonl', 0.73],
  ['test/corpus/real-mixed-ae.blind.jsonl', 0.74],
  // Set AF (217 from 113 new sources, gathered for well-written objectives as much as weak ones):
  // health visiting, perinatal, recovery, domestic abuse, therapy and youth justice goals; IEP,
  // IFSP and behaviour goals; foster carers' agreements, PEP and transition duties; undertakings
  // and orders quoted in judgments. First contact 0.619 (one objective labelled unrealistic, and
  // missed) and 0.680.
  ['test/corpus/real-mixed-af.tune.jsonl', 0.6],
  ['test/corpus/real-mixed-af.blind.jsonl', 0.66],
  // Set AG (144 from 51 new sources, most from public code repositories): IEP and behaviour goal
  // banks, EHCP seed data, parenting-plan clauses, fostering and PEP terms, teen contracts and
  // house rules, sleep, toileting and healthy-weight plans. First contact 0.751 and 0.704, after
  // this round's readings of AF and before any reading of AG.
  ['test/corpus/real-mixed-ag.tune.jsonl', 0.73],
  ['test/corpus/real-mixed-ag.blind.jsonl', 0.68],
  // Set AH (40 from 15 new sources, too few to split: measured only, like P): the helpers found
  // the public seam nearly spent. IEP goal templates and behaviour definitions from apps'
  // repositories, speech therapy notes, a US state's case-plan step texts, probation outcomes,
  // parenting orders, transition skills and supported-living goals; weak-leaning (3 SMART).
  // First contact 0.868 at the release the round began from.
  ['test/corpus/real-mixed-ah.blind.jsonl', 0.84],
  // Set AI (136 from 41 new sources; 23 more from sources that say they are synthetic or
  // machine-written were left out): IEP goal banks and app fixtures, EHCP Section E and F
  // wordings, speech and behaviour goals, Part C routine goals, a school diabetes plan; teen
  // safety plans and contracts, domestic abuse safety plans and perpetrator programme aims,
  // personal housing plan steps, a parent's relapse prevention plan. Split by a hash of the
  // source, so no source is in both halves. First contact 0.698 and 0.800 at ea560b6.
  ['test/corpus/real-mixed-ai.tune.jsonl', 0.67],
  ['test/corpus/real-mixed-ai.blind.jsonl', 0.77],
  // Set AJ (103 from 35 new sources, measured only, like AH: it came after this round's blind
  // measurement, so nothing was learnt from it): a SEMH school's keyworker targets and other
  // goal banks held in public repositories, young people's drug and alcohol goals, teenage
  // health goals, IEP examples and a parent's draft goals, Florida case-plan duties, children's
  // and parents' nursing care plans. First contact 0.816 (this release and ea560b6 alike).
  ['test/corpus/real-mixed-aj.blind.jsonl', 0.78],
  // Set AK (63 from 20 new sources, measured only: the seam thinner still): Quebec youth
  // protection measures, youth justice and bail conditions, family-law undertakings, juvenile
  // drug court parent goals, a few adult care goals. First contact 0.875.
  ['test/corpus/real-mixed-ak.blind.jsonl', 0.84],
  // Set AL (69 from 26 new sources; 83 more the helpers found were already in the sets, word for
  // word or nearly, and were left out unread): speech, AAC and IFSP goals, UK SEND outcomes,
  // nursing and perinatal care plan goals, young people's drug goals, good and poor examples
  // from guidance. Split by a hash of the source. First contact at 509e251: read half 0.665 (2 of
  // 9 SMART passed clean), blind half 0.718 (7 of 8). The read half is named `.read`, not
  // `.tune`: retrained on it alone, the second reading moved 108 verdicts of the other read sets
  // (84 away from their labels), so it waits for the next retrain and its cross-validation.
  ['test/corpus/real-mixed-al.read.jsonl', 0.66],
  ['test/corpus/real-mixed-al.blind.jsonl', 0.69],
  // Set AM (95 from 30 new sources; 5 more matched the sets and were left out unread): what US
  // courts' opinions list of a parent's case plan, treatment plan, safety plan or service
  // agreement, children's nursing care plan goals, a sample IEP goal, an early help plan's good
  // and poor examples. Three labellers; 5 are SMART by the majority. Split by a hash of the
  // source. First contact at 00e3ba1: read half 0.758 (1 of 2 SMART passed clean, 45 of 46
  // short flagged), blind half 0.783 (0 of 3, 43 of 44). Named `.read` for the reason AL's is.
  ['test/corpus/real-mixed-am.read.jsonl', 0.73],
  ['test/corpus/real-mixed-am.blind.jsonl', 0.75],
  // Set AN (88 from 45 new sources; 12 more matched the sets and were left out unread): goals
  // quoted in therapy and early years records, Goal Attainment Scaling forms, children's nursing
  // care plans, daily report cards, IEP goals from an app's demo data, a US court's safety plan.
  // Three labellers; 13 are SMART by the majority. Split by a salted hash of the source. First
  // contact at ad82ecf: read half 0.564 (6 of 6 SMART passed clean, 28 of 33 short flagged),
  // blind half 0.575 (0 of 7, 42 of 42). Named `.read` for the reason AL's is.
  ['test/corpus/real-mixed-an.read.jsonl', 0.56],
  ['test/corpus/real-mixed-an.blind.jsonl', 0.54],
  // Set AO (55 from 21 sources; three collectors found 223, and 167 of them were already in the
  // sets, word for word or nearly, and were left out unread): drug court and diversion terms,
  // parenting-plan clauses with their "do write" pairs, an Alberta supervision order, IEP,
  // IFSP and postsecondary goals, a Kentucky permanency objective, a New Zealand school's
  // learning intentions. Three labellers; 6 are SMART by the majority. Kept whole and only
  // measured. First contact at 054a2ff: 0.791 (4 of 6 SMART passed clean, 48 of 49 short flagged).
  ['test/corpus/real-mixed-ao.blind.jsonl', 0.76],
];

function score(file: string) {
  const { items, errors } = parseLabelledJsonl(readFileSync(join(ROOT, file), 'utf8'));
  expect(errors).toEqual([]);
  const scored: Scored[] = items.map((item) => ({
    item,
    predicted: smartLetters(checkObjectiveText(item.text, { today: TODAY })),
  }));
  return computeMetrics(scored);
}

describe('labelled sets', () => {
  it.each(FLOORS)('%s scores a macro F1 of at least %p on the not-met class', (file, floor) => {
    const metrics = score(file);
    // J's first-hand tune half is the smallest (36): enough to catch a regression, not more.
    expect(metrics.objectives).toBeGreaterThanOrEqual(30);
    expect(metrics.macro.f1).toBeGreaterThanOrEqual(floor);
  });

  it('keeps every real objective with the address it was quoted from', () => {
    for (const [file] of FLOORS.filter(([f]) => f.startsWith('test/corpus'))) {
      const rows = readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { source?: string });
      for (const row of rows) expect(row.source).toMatch(/^https?:\/\//);
    }
  });
});
