/**
 * Whole-plan checks: what a good plan shows somewhere in the document, beyond its objectives
 * (child's and parents' views, disagreement, owners, review dates, agreement, stages).
 */
import type { Block, PlanDocument } from './document';
import {
  FAMILY_ADULT_WORDS,
  FAMILY_CARER_WORDS,
  NAME,
  namedAdultsOf,
  NOT_THE_CHILD,
  WHAT_MATTERS_TO_THE_CHILD,
  withRoles,
} from './family-names';
import { isoDay } from './dates';
import { findPlanDates, findReviewInterval, ownLineFirst, type PlanDate } from './plan-dates';
import { planLines, snippetAt } from './plan-lines';
import { areasMissing, type PlanArea } from './plan-areas';
import { areasOf, isPreBirthPlan, planKindOf, planSubject, type PlanKind } from './plan-kinds';
import { worryTerms } from './worry-terms';
import { findPlaceholders } from './placeholders';
import {
  agreedWithoutDisagreement,
  formAnswerAt,
  formChecks,
  nextWithText,
  signatureFilled,
  signedTables,
  viewsWritten,
  type ProbeContext,
} from './plan-forms';
import type { FamilyReading } from './family-read/read-for-family';
import type { ObjectiveVerdict } from './types';
import type { WorryPairing } from './worries/pair';

export type PlanCheckId =
  | 'child-views'
  | 'parent-views'
  | 'disagreement'
  | 'owners'
  | 'review-date'
  | 'agreement'
  | 'stages'
  | 'placeholders'
  | 'worries-answered'
  | 'child-words'
  | 'family-read'
  | 'sections'
  | 'pathway-areas'
  | 'care-plan-areas'
  | 'placement-plan-areas';

export interface PlanCheck {
  id: PlanCheckId;
  label: string;
  met: boolean;
  /** One sentence: what was found, or what is missing and why it matters. */
  message: string;
  evidence?: { paragraph: number; text: string };
}

interface Probe {
  id: PlanCheckId;
  label: string;
  pattern: RegExp;
  /** Weaker evidence, strongest first, each looked for only where nothing before it is found. */
  weaker?: RegExp[];
  /** Whether a line the pattern matched is evidence after all. */
  accept?: (line: string, match: string, context: ProbeContext) => boolean;
  found: string;
  missing: string;
}

/** The family's adults as the one saying something: "carers", "parents", "Mum", "Nain". */
const PARENT_SPEAKER = String.raw`(?:carers?|parents|${FAMILY_ADULT_WORDS})`;

/** The kinds of carer a plan names: "the foster carers' views", "what the kinship carers say". */
const CARER_KIND = String.raw`(?:(?:foster|kinship|connected|special guardianship|family and friends|respite) )?`;

const PROBES: Probe[] = [
  {
    id: 'child-views',
    label: "Child's views",
    // A name saying or owning views is the child's, unless it is an adult of the family or a
    // professional: "Mum said she does not agree" is the parents' view. "She would like" may be
    // anyone's ("Mum says home is at 3 today. She would like it to be at 6"). "Kai (aged 9) said",
    // "Kai drew his family and said", "What Kai thinks:", "What matters to me" are his too, and so
    // is what he put in the Three Houses ("In his house of worries he drew …"). The
    // child's own words (family-read's childWords) count too: see runPlanChecks.
    pattern: new RegExp(
      String.raw`\b(?:child'?s|child’s|young person'?s|young person’s|(?:his|her|their) (?:own )?(?:views|wishes|words))\b.*\b(?:views?|wishes|feelings|words|said|says)\b|\b(?:wishes and feelings|voice of the child|in (?:his|her|their) (?:own )?words)\b|(?<!\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.? )\b(?!${NOT_THE_CHILD}\b|(?:He|She)\b)${NAME}(?:(?: \((?:aged? )?\d{1,2}\))? (?:said|says|told|has told|would like|wants)|['’]s (?:own )?(?:views|wishes|words|voice|thoughts))\b|(?<![\w’'] )\b(?!${NOT_THE_CHILD}\b|(?:The|A|An|He|She|Then|When|Yesterday|Today|Last|After|Before|During|On|In|At|Once|Later|Also|Finally)\b)${NAME}(?: (?!(?:mum|mam|dad|mother|father|worker|teacher|nurse|officer|visitor|carers?|nan|gran|parents?)\b)[\w'’]+){1,8}? and (?:said|told)\b|\b[Ww]hat (?!${NOT_THE_CHILD}\b)${NAME} (?:thinks|says|wants|feels|would like)\b|${WHAT_MATTERS_TO_THE_CHILD}|\b[Ii]n (?:his|her|their) ["“]?house of (?:worries|good things|dreams|hopes)\b`,
    ),
    accept: (line, match, context) =>
      !viewsToGather(line, match) && viewsWritten(line, match, context),
    found: "The child's views are recorded.",
    missing:
      "Record the child's own views, in their words where possible, and how they were sought.",
  },
  {
    id: 'parent-views',
    label: "Parents' or carers' views",
    pattern:
      // A grandparent, aunt or uncle caring for the child ("Nain says", "What matters to Gran")
      // gives the carers' views as a parent would, and so does a name with its role in brackets
      // ("Nadia (foster carer) said"), as placement and family plans introduce people.
      new RegExp(
        String.raw`\b(?:parents?'?|parent['’]s|parents’|carers?'?|carer['’]s|mum'?s|mum’s|dad'?s|dad’s|mother'?s|father'?s|family'?s|family’s)\s+(?:views?|wishes|comments|words|response)\b|\b${PARENT_SPEAKER} (?:said|says|say|feel|feels|told|agree|agrees|disagree|disagrees|would like|want|wants)\b|\bwhat matters to (?:(?:the |her |his |their )?${CARER_KIND}(?:parents?|carers?)|Mum|Mam|Dad|${FAMILY_CARER_WORDS})\b|\bwhat (?:(?:the |her |his |their )?${CARER_KIND}(?:parents?|carers?)|${FAMILY_ADULT_WORDS})(?: \([^()]{1,30}\))? (?:thinks|think|says|say|said|feels|feel|wants|want|would like|(?:has |have )?told (?:us|me))\b|\b(?:views|wishes) of (?:the |her |his |their )?${CARER_KIND}(?:parents?|carers?)\b|\b${NAME} \((?:the |her |his |their )?(?:${CARER_KIND}carers?|parents?|${FAMILY_ADULT_WORDS}|step-?(?:mum|dad|mother|father)|(?:special )?guardian)\) (?:said|says|feels?|told|would like|wants?|thinks?)\b`,
        'i',
      ),
    // Where no line above names the views (so the evidence goes to the views' own section when
    // there is one), a parent quoted anywhere in the plan, and then what a parent is reported to
    // have said, felt or accepted.
    weaker: [
      // 'Jade: "I know …"', '"…" – Mum'
      new RegExp(
        String.raw`\b${PARENT_SPEAKER}\W{0,3}:\W{0,3}["“]|["”]\s*[\u2013\u2014-]\s*${PARENT_SPEAKER}\b`,
        'i',
      ),
      // "Kerry has said she is 'drowning'", "Gareth accepts that …", "Craig has moved to a flat
      // and says he has cut down", not what a parent tells the children
      new RegExp(
        String.raw`\b${PARENT_SPEAKER} (?:(?:has|have|had) )?(?:said|says|felt|(?:told|tells)(?! (?:him|her|them|the (?:child|children|kids|baby|boys|girls))\b)|accepts?|accepted|explained|explains|thinks?|hopes?|believes?|is worried|are worried|(?:agreed|accepted) (?:and said|that))\b|\b${PARENT_SPEAKER}(?: [\w'’-]+){1,14}? and (?:both )?(?:(?:has|have) )?(?:said|says|say|told us|want|wants)\b`,
        'i',
      ),
    ],
    accept: viewsWritten,
    found: "The parents' or carers' views are recorded.",
    missing: "Record the parents' or carers' views, including anything they disagree with.",
  },
  {
    id: 'disagreement',
    label: 'Disagreement recorded',
    pattern:
      // "Craig has not agreed the plan", "Dad refused to sign": a parent who will not agree is a
      // disagreement to record; "not yet agreed" is an agreement still to come. "She agreed with
      // most of the plan" records that she disagrees with the rest.
      /\b(?:disagree(?:s|d|ment)?|does not agree|do not agree|did not agree|doesn[’']t agree|don[’']t agree|(?:has|have|had) not agreed|hasn[’']t agreed|haven[’']t agreed|(?:refused|refuses|declined|declines) to (?:agree|sign)|(?:will|would) not (?:agree|sign)|not in agreement|dispute[sd]?|objects? to|agree[sd]? with (?:most|much|some|parts?) of)\b/i,
    found: 'Disagreement is recorded with what it means.',
    missing:
      'Where views differ, record the disagreement and what it means for the risk to the child.',
  },
  {
    id: 'agreement',
    label: 'Agreement or signatures',
    pattern:
      /\b(?:(?<!\b(?:will|to|should|must|shall|can|could|would|yet|not) (?:be |been )?)(?<!\b(?:until|unless|once|before|till|if|whether|pending)\b[^.;:]{0,60})(?:signed|agreed by|agreed at|agreed,? (?:on )?(?=\d))|signature|agreement of|we agree|i agree|(?:has|have) agreed(?! to (?!(?:this|the|our|her|his|their) plan\b)[a-z]+\b)|did not agree|agree[sd]? (?:(?:to|with) )?(?:(?:all|every|each|most|much) (?:(?:parts?|sections?|actions?) )?of )?(?:this|the|our|her|his|their) plan|(?<!\b(?:until|unless|once|before|till|if|whether|pending)\b[^.;:]{0,60})(?:this|the|our) (?:[\w-]+ ){0,3}?plan (?:was|has been|is) agreed(?! (?:by|at|in) (?:panel|court)\b)|^\W*(?:plan )?agreed\W{0,3}:\W{0,3}\d+|^\W*(?:plan )?agreed with [^.;]{1,60}?\bon \d+|\bplan\b[^.;]{0,80}\b(?:and|who) (?:they|she|he|both|all) (?:both |all )?agreed to (?:it|this)\b)\b/im,
    // A template's signature block left blank ("Parent's signature: ______") records nothing, and
    // nor does an agreement still to come ("The plan for permanence will be agreed at the review",
    // "The baby will not go home until the safety plan is agreed by the network"), or one that
    // may not come ("2 nights a month at Oakfield, if agreed by panel": funding, not the plan).
    // "Signed" as a title over the names signed below it is as good as the names on its line.
    // "Agnieszka Kowalczyk (Mum) – agreed 25/11/2026" is an agreement dated as a signature is.
    accept: (line, match, { signed, next }) =>
      !/^sign/i.test(match) ||
      signed ||
      signatureFilled(line) ||
      (SIGNED_TITLE.test(line) && next !== undefined && namesSigned(next)),
    found: 'Agreement or signatures are recorded.',
    missing:
      'Record who agreed the plan (the family, the child and the professionals), or their signatures.',
  },
  {
    id: 'stages',
    label: 'Stages for big goals',
    // "Key Stage 2" is a school phase, "at this stage" means now, "Next steps" heads a plan's
    // actions and "long-term foster care" is where a child will live: none is a plan's stage.
    pattern:
      /\b(?<!\bkey )(?<!\bat this )(?<!\bnext )(?:stage|step|phase|first step|short[- ]term|long[- ]term(?! (?:foster|care\b|placement|fostering|plan for permanence))|milestone)s?\b/i,
    found: 'Big goals are broken into stages with their own dates.',
    missing:
      'Break long-term goals into steps with their own dates, so that progress can be seen early.',
  },
];

/** A line that only says the names below it signed: "Signed", "Signatures:". */
const SIGNED_TITLE = /^\W*(?:signed(?: by)?|signatures?)\W*$/i;

/**
 * The line under "Signed" holds names ("Shereen Bamford, Jodie Marsh."), not a template's blank
 * for them ("Parent/carer: ________").
 */
const namesSigned = (line: string): boolean =>
  !/_{3,}|\.{4,}|…/.test(line) && signatureFilled(line.replace(/^[^:]{0,30}:/, ''));

/**
 * Views still to be gathered, as a plan's own action: "direct work with the social worker to gain
 * her wishes and feelings", "Leo's views will be sought at school". That is the plan for them,
 * not the views.
 */
function viewsToGather(line: string, match: string): boolean {
  const at = line.indexOf(match);
  return (
    TO_GATHER_BEFORE.test(line.slice(Math.max(0, at - 60), at)) ||
    TO_GATHER_AFTER.test(line.slice(at + match.length, at + match.length + 40))
  );
}

const TO_GATHER_BEFORE =
  /\b(?:gain|gather|seek|obtain|ascertain|explore|capture|find out|establish|elicit|get|hear|understand)\b[^.;:]*$/i;
const TO_GATHER_AFTER =
  /^[^.;:]{0,20}?\b(?:will|to|need to|needs to|should) be (?:sought|gathered|obtained|ascertained|explored|captured|heard)\b/i;

function snippet(text: string, re: RegExp): string {
  return snippetAt(text, re.exec(text)?.index ?? 0);
}

/** The fewest characters of a section's title that a goal's text is matched by. */
const GOAL_END = 8;

/**
 * A goal set out with its own steps under it ("Goal 1: Aroha is safe at home", then its dated
 * steps; or an outcome numbered 1 with its steps lettered a, b, c below it), as case plans and
 * IEPs lay them out: the plan's stages, whatever it calls them.
 */
function stagedGoal(
  verdicts: readonly ObjectiveVerdict[],
  blocks: readonly Block[],
): PlanCheck['evidence'] {
  const listLevel = new Map<number, number>();
  for (const b of blocks)
    if (b.kind === 'paragraph' && b.list) listLevel.set(b.paragraph, b.list.level);
  const levelOf = (v: ObjectiveVerdict) => {
    const at = v.objective.location;
    return at.kind === 'paragraph' ? listLevel.get(at.paragraph) : undefined;
  };
  for (let i = 0; i < verdicts.length; i++) {
    const level = levelOf(verdicts[i]);
    if (level === undefined) continue;
    const steps: ObjectiveVerdict[] = [];
    for (let j = i + 1; j < verdicts.length; j++) {
      const below = levelOf(verdicts[j]);
      if (below === undefined || below <= level) break;
      steps.push(verdicts[j]);
    }
    if (steps.length >= 2 && steps.some((s) => s.criteria.timely.met))
      return goalEvidence(verdicts[i]);
  }
  const under = new Map<string, ObjectiveVerdict[]>();
  for (const v of verdicts) {
    const section = v.objective.section;
    if (!section) continue;
    const steps = under.get(section);
    if (steps) steps.push(v);
    else under.set(section, [v]);
  }
  const bare = (t: string) => t.trim().replace(/[.:;]+$/, '');
  const staged = [...under]
    .filter(([, steps]) => steps.length >= 2 && steps.some((s) => s.criteria.timely.met))
    .map(([section]) => bare(section));
  if (staged.length === 0) return undefined;
  // Sections by their last characters, so that a plan of thousands of objectives under hundreds
  // of staged sections is not read pair by pair.
  const byEnd = new Map<string, string[]>();
  for (const section of staged) {
    const end = section.slice(-GOAL_END);
    const sections = byEnd.get(end);
    if (sections) sections.push(section);
    else byEnd.set(end, [section]);
  }
  for (const goal of verdicts) {
    const text = bare(goal.objective.text);
    if (
      text.length >= GOAL_END &&
      byEnd.get(text.slice(-GOAL_END))?.some((section) => section.endsWith(text))
    )
      return goalEvidence(goal);
  }
  return undefined;
}

/** Where a goal is, for the pane to go to: its paragraph (or line) and its opening words. */
function goalEvidence(goal: ObjectiveVerdict): NonNullable<PlanCheck['evidence']> {
  const at = goal.objective.location;
  return {
    paragraph: 'paragraph' in at ? at.paragraph : at.line,
    text: goal.objective.text.slice(0, 80),
  };
}

/**
 * A goal due further ahead than this is a big one: a child protection plan is reviewed within
 * 3 months and then every 6, so a goal beyond 6 months outlasts the review that should see it
 * begun.
 */
const BIG_GOAL_DAYS = 183;

/**
 * Stages are asked for where a plan has a big goal. A plan whose goals all fall due within 6
 * months has none to break up, and a red mark there would be noise; a goal further off is named,
 * so the writer knows which one wants steps.
 */
function stagesCheck(
  unmet: PlanCheck,
  found: string,
  verdicts: readonly ObjectiveVerdict[],
  blocks: readonly Block[],
): PlanCheck {
  const staged = stagedGoal(verdicts, blocks);
  if (staged) return { ...unmet, met: true, message: found, evidence: staged };
  const big = verdicts.find((v) => (v.reachDays ?? 0) > BIG_GOAL_DAYS);
  if (big)
    return {
      ...unmet,
      message:
        'This goal is more than 6 months away: break it into steps with their own dates, so that progress can be seen at each review.',
      evidence: goalEvidence(big),
    };
  if (verdicts.some((v) => v.reachDays !== undefined))
    return { ...unmet, met: true, message: NO_BIG_GOAL };
  return unmet;
}

export const NO_BIG_GOAL =
  'No goal is due more than 6 months ahead, so none needs breaking into steps.';

/** The plan's own next review, core group or meeting, as the save form reads it too. */
function reviewDateCheck(blocks: readonly Block[], today: Date = new Date()): PlanCheck {
  const dates = findPlanDates(blocks, today).filter((d) => d.kind !== 'start');
  // A date gone by sets nothing still to come, unless the line goes on to repeat the meeting
  // ("First core group: 26/11/2026, then every 6 weeks").
  const day = isoDay(today);
  const ahead = dates.filter((d) => d.date >= day || d.recurs);
  // "Go to" lands on the plan's own review line, not on an objective due "by the review".
  const next = ownLineFirst(ahead);
  const base = { id: 'review-date' as const, label: 'Next review date' };
  const evidence = (d: Pick<PlanDate, 'paragraph' | 'evidence'>) => ({
    paragraph: d.paragraph,
    text: d.evidence,
  });
  if (next)
    return {
      ...base,
      met: true,
      message: 'The next review or core group date is set.',
      evidence: evidence(next),
    };
  if (dates.length > 0) {
    const last = dates.reduce((a, b) => (b.date > a.date ? b : a));
    return {
      ...base,
      met: false,
      message:
        "The plan's review and core group dates have all passed: set the next one, so that everyone knows when progress will be checked.",
      evidence: evidence(last),
    };
  }
  const interval = findReviewInterval(blocks);
  if (interval)
    return {
      ...base,
      met: false,
      message:
        'The plan says how often or how soon it is reviewed, but not the date: write in the date of the next review or core group, so that everyone knows when progress will be checked.',
      evidence: evidence(interval),
    };
  return {
    ...base,
    met: false,
    message:
      'Set the next core group and review conference dates so that everyone knows when progress will be checked.',
  };
}

/** Every gap the writer left ("[date]", "[who]", "___"), so none goes to the family unfilled. */
function placeholderCheck(verdicts: ObjectiveVerdict[]): PlanCheck {
  const gaps: string[] = [];
  verdicts.forEach((v, i) => {
    for (const p of findPlaceholders(v.objective.text))
      if (!p.person) gaps.push(`${p.text} in objective ${i + 1}`);
  });
  const label = 'Every gap filled in';
  if (verdicts.length === 0)
    return {
      id: 'placeholders',
      label,
      met: false,
      message: 'No objectives were found to look for gaps in.',
    };
  if (gaps.length === 0)
    return {
      id: 'placeholders',
      label,
      met: true,
      message: 'No gaps such as [date] are left to fill.',
    };
  const shown = firstFew(gaps, 5);
  return {
    id: 'placeholders',
    label,
    met: false,
    message: `${gaps.length} ${gaps.length === 1 ? 'gap is' : 'gaps are'} still to fill: ${shown}.`,
  };
}

/** The first few of a list, then how many more: "a; b; c; and 4 more". */
function firstFew(items: string[], most: number): string {
  return (
    items.slice(0, most).join('; ') +
    (items.length > most ? `; and ${items.length - most} more` : '')
  );
}

/** Quoted, each cut to 80 characters, as the checklist shows worries. */
function list(items: string[], most = 3): string {
  return firstFew(
    items.map((t) => `"${t.length > 80 ? `${t.slice(0, 77)}…` : t}"`),
    most,
  );
}

/**
 * What to write when the plan names no worries, in its own kind's words. An EHC plan names needs,
 * not worries: Section B holds them, and each outcome meets one; a looked-after child's personal
 * education plan names what gets in the way of learning. A support plan sets out the support a
 * family gets, and a need the support is for is what it answers, not a worry.
 */
const NO_WORRIES: Partial<Record<PlanKind, string>> & { other: string } = {
  other:
    'The plan does not say what everyone is worried about: name the worries (for example under "What are we worried about?") so that each objective answers one.',
  send: 'The plan does not set out the child\'s needs: list them (in an EHC plan, Section B "Special educational needs"; in a personal education plan, the barriers to learning) so that each outcome can be checked against the need it meets.',
  support:
    'The plan does not set out the needs its support is for: list them (for example under "Support needs", or a "Need:" line before each support) so that each objective can be checked against the need it meets.',
};

/** Case reviews find plans that do not answer the worries they name. */
function worriesCheck(pairing: WorryPairing, kind: PlanKind): PlanCheck {
  const { one, many, verb, answer } = worryTerms(kind);
  const label = `Every ${one} has an ${answer}`;
  if (pairing.worries.length === 0)
    return {
      id: 'worries-answered',
      label,
      met: false,
      message: NO_WORRIES[kind] ?? NO_WORRIES.other,
    };
  const open = pairing.unanswered;
  if (open.length === 0)
    return {
      id: 'worries-answered',
      label,
      met: true,
      message:
        pairing.worries.length === 1
          ? `The one ${one} the plan names has an ${answer} that ${verb}s it.`
          : `Each of the ${pairing.worries.length} ${many} has an ${answer} that ${verb}s it.`,
    };
  return {
    id: 'worries-answered',
    label,
    met: false,
    message:
      pairing.worries.length === 1
        ? `Nothing in the plan ${verb}s the one ${one} it names: ${list(open.map((w) => w.text))}.`
        : `Nothing in the plan ${verb}s ${open.length} of ${pairing.worries.length} ${many}: ${list(open.map((w) => w.text))}.`,
    evidence: { paragraph: open[0].paragraph, text: open[0].text },
  };
}

/** How the checklist names the areas a kind of plan sets out (areasOf), and where the law says so. */
const AREAS = {
  pathway: {
    id: 'pathway-areas',
    label: 'Every area a pathway plan covers',
    says: "A pathway plan sets out ten areas of the young person's life (Care Leavers (England) Regulations 2010, Schedule 1; the Welsh regulations list the same).",
  },
  care: {
    id: 'care-plan-areas',
    label: 'Every area a care plan covers',
    says: "A looked-after child's care plan sets out the plan for permanence, each area of the child's needs, the placement and the IRO's name (Care Planning, Placement and Case Review (England) Regulations 2010, regulation 5).",
  },
  placement: {
    id: 'placement-plan-areas',
    label: 'Every area a placement plan covers',
    says: "A placement plan sets out how the carers will meet the child's needs day to day: their care, family time, health and dental care, education, the social worker's visits, identity and what the carers may agree to (Care Planning, Placement and Case Review (England) Regulations 2010, Schedule 2).",
  },
} satisfies Record<string, { id: PlanCheckId; label: string; says: string }>;

/** Every kind of plan set out by areas (areasOf) has its check's words here. */
const hasAreasCheck = (kind: PlanKind): kind is keyof typeof AREAS => kind in AREAS;

function areasCheck(
  kind: keyof typeof AREAS,
  areas: readonly PlanArea[],
  texts: readonly string[],
): PlanCheck {
  const { id, label, says } = AREAS[kind];
  const missing = areasMissing(areas, texts);
  return missing.length === 0
    ? {
        id,
        label,
        met: true,
        message: `The plan covers each of the ${areas.length} areas it sets out.`,
      }
    : {
        id,
        label,
        met: false,
        message: `${says} This one says nothing yet about ${missing.length === 1 ? 'one' : missing.length}: ${missing.map((a) => a.name).join('; ')}.`,
      };
}

/** A pre-birth plan's baby has no views or words yet: neither check is a gap in the plan. */
const UNBORN = {
  views: "The baby is not born yet, so there are no child's views to record.",
  words: 'The baby is not born yet, so there are no words of the child to quote.',
};

/**
 * A plan that says why the child cannot be quoted ("Harvey is too young to tell us in words",
 * "Ellie is non-verbal"): what is seen of the child stands for their words.
 */
const NO_WORDS_YET =
  /\b(?:too young to (?:tell|say|talk|speak|share|give|put)|pre-?verbal|non-?verbal|(?:does not|doesn['’]t|cannot|can['’]t|is not able to|isn['’]t able to) (?:yet )?(?:talk|speak|use words)(?: yet)?(?=\s*[.,;]|\s+(?:and|but)\b))/i;

/** Quoted, excused (a baby not yet born, a child too young to say), or asked for. */
function childWordsCheck(
  words: FamilyReading['childWords'],
  preBirth: boolean,
  noWordsYet: { paragraph: number; text: string } | undefined,
): PlanCheck {
  const base = { id: 'child-words' as const, label: "The child's own words" };
  if (words.length > 0)
    return {
      ...base,
      met: true,
      message: `The child's own words are quoted ${words.length === 1 ? 'once' : `${words.length} times`}.`,
      evidence: { paragraph: words[0].paragraph, text: words[0].text },
    };
  if (preBirth) return { ...base, met: true, message: UNBORN.words };
  if (noWordsYet)
    return {
      ...base,
      met: true,
      message:
        "The plan says why the child's own words cannot be quoted: keep recording what is seen of the child's day-to-day life.",
      evidence: noWordsYet,
    };
  return {
    ...base,
    met: false,
    message:
      'Quote the child in their own words, not only that their views were sought: it is their plan too.',
  };
}

function familyChecks(
  reading: FamilyReading,
  hasText: boolean,
  preBirth: boolean,
  noWordsYet: { paragraph: number; text: string } | undefined,
): PlanCheck[] {
  const childWords = childWordsCheck(reading.childWords, preBirth, noWordsYet);
  const terms = reading.findings.filter((f) => f.kind === 'jargon');
  const family: PlanCheck = !hasText
    ? {
        id: 'family-read',
        label: 'Words the family knows',
        met: false,
        message: 'The plan has no text yet for the family to read.',
      }
    : terms.length === 0
      ? {
          id: 'family-read',
          label: 'Words the family knows',
          met: true,
          message: 'Every professional term is explained where it is first used.',
        }
      : {
          id: 'family-read',
          label: 'Words the family knows',
          met: false,
          message: `${terms.length} professional ${terms.length === 1 ? 'term is' : 'terms are'} not explained where first used, so the family may not follow the plan.`,
          evidence: { paragraph: terms[0].paragraph, text: terms[0].message },
        };
  return [childWords, family];
}

/** What the whole-plan checks read beyond the objectives, when the caller has it. */
export interface PlanReadings {
  worries?: WorryPairing;
  familyRead?: FamilyReading;
  /** Headings the organisation's house rules require in every plan. */
  sections?: readonly string[];
  /** The day the plan is read on, to place dates written without a year. */
  today?: Date;
}

/** Capitals, curly quotes and punctuation aside: "Child’s views:" is "child's views". */
function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** Long enough for "Views of the child and of the people who care for them (optional)". */
const MAX_HEADING = 120;

/**
 * A plan's headings as writers make them: Word's heading styles, a table's cells ("Child's
 * views | …"), or a short line of their own with no full stop.
 */
function headingTexts(blocks: Block[]): { paragraph: number; text: string }[] {
  const out: { paragraph: number; text: string }[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') {
      for (const row of b.rows)
        for (const cell of row) if (cell.text.length <= MAX_HEADING) out.push(cell);
    } else if (
      b.headingLevel !== undefined ||
      (b.text.length <= MAX_HEADING && !b.list && !/[.!]\s*$/.test(b.text))
    )
      out.push({ paragraph: b.paragraph, text: b.text });
  }
  return out;
}

/** The council's own required headings ("Contingency plan"), when its house rules name any. */
function sectionsCheck(blocks: Block[], required: readonly string[]): PlanCheck {
  const headings = headingTexts(blocks).map((h) => ({ ...h, key: ` ${headingKey(h.text)} ` }));
  const missing = required.filter((name) => {
    const key = ` ${headingKey(name)} `;
    return key.trim() !== '' && !headings.some((h) => h.key.includes(key));
  });
  const label = 'Sections your organisation requires';
  if (missing.length === 0)
    return {
      id: 'sections',
      label,
      met: true,
      message: `The plan has all ${required.length === 1 ? 'the section' : `${required.length} sections`} your house rules require.`,
    };
  return {
    id: 'sections',
    label,
    met: false,
    message: `Add ${missing.length === 1 ? 'a heading' : 'headings'} your house rules require: ${list(missing, 5)}.`,
  };
}

export function runPlanChecks(
  doc: PlanDocument,
  verdicts: ObjectiveVerdict[],
  readings: PlanReadings = {},
): PlanCheck[] {
  const texts = planLines(doc.blocks);
  // The probes read the family's adults by their role: "Kelly said she agrees" is Mum's view
  // when the plan has introduced "Mum (Kelly)", not the child's.
  const read = withRoles(
    texts.map((t) => t.text),
    namedAdultsOf(doc),
  );
  // A form's question ("Do the parents agree with the plan? Yes ☐ No ☒") is no evidence of what
  // it asks: only its answer is (formChecks).
  const forms = read.map((_, i) => formAnswerAt(read, i));
  const probed = read.map((t, i) => {
    const form = forms[i];
    return form ? (form.below || form.answer === 'unanswered' ? '' : (form.given ?? '')) : t;
  });
  const signed = signedTables(doc.blocks);
  // A heading such as "Child's views" with text under it counts as the views themselves.
  const checks: PlanCheck[] = PROBES.map((p) => {
    const find = (pattern: RegExp) =>
      probed.findIndex((t, i) => {
        const m = pattern.exec(t);
        if (m === null) return false;
        if (!p.accept) return true;
        return p.accept(t, m[0], {
          signed: signed.has(texts[i].paragraph),
          next: nextWithText(probed, i),
        });
      });
    let pattern = p.pattern;
    let at = -1;
    for (pattern of [p.pattern, ...(p.weaker ?? [])]) {
      at = find(pattern);
      if (at >= 0) break;
    }
    const hit = texts[at];
    return hit
      ? {
          id: p.id,
          label: p.label,
          met: true,
          message: p.found,
          evidence: { paragraph: hit.paragraph, text: hit.shown ?? snippet(hit.text, pattern) },
        }
      : { id: p.id, label: p.label, met: false, message: p.missing };
  });
  // The child's own words are their views, quoted or written as the child ("What I am worried
  // about" over a child's own plan).
  const words = readings.familyRead?.childWords[0];
  const views = checks.findIndex((c) => c.id === 'child-views');
  // A pre-birth plan's older brothers and sisters have views of their own: only a plan with none
  // to show is excused.
  const preBirth = isPreBirthPlan(read);
  if (preBirth && !words && !checks[views].met)
    checks[views] = {
      id: 'child-views',
      label: PROBES[views].label,
      met: true,
      message: UNBORN.views,
    };
  else if (words && !checks[views].met)
    checks[views] = {
      ...checks[views],
      met: true,
      message: PROBES[views].found,
      evidence: { paragraph: words.paragraph, text: words.text.slice(0, 80) },
    };
  const young = read.findIndex((t) => NO_WORDS_YET.test(t));
  const noWordsYet =
    young >= 0
      ? {
          paragraph: texts[young].paragraph,
          text: texts[young].shown ?? snippet(texts[young].text, NO_WORDS_YET),
        }
      : undefined;
  formChecks(checks, forms, texts, {
    agreement: PROBES.find((p) => p.id === 'agreement')?.found ?? '',
    disagreement: PROBES.find((p) => p.id === 'disagreement')?.found ?? '',
  });
  agreedWithoutDisagreement(checks, read);
  const stages = checks.findIndex((c) => c.id === 'stages');
  if (!checks[stages].met)
    checks[stages] = stagesCheck(checks[stages], PROBES[stages].found, verdicts, doc.blocks);
  const withoutOwner = verdicts.filter((v) =>
    v.findings.some((f) => f.ruleId === 'specific/no-who'),
  );
  const owners: PlanCheck =
    withoutOwner.length === 0 && verdicts.length > 0
      ? {
          id: 'owners',
          label: 'An owner for every objective',
          met: true,
          message: 'Every objective names who is responsible.',
        }
      : {
          id: 'owners',
          label: 'An owner for every objective',
          met: false,
          message:
            verdicts.length === 0
              ? 'No objectives were found, so no owners either: list the objectives under a heading such as "Outcomes".'
              : `${withoutOwner.length} of ${verdicts.length} objectives ${withoutOwner.length === 1 ? 'does' : 'do'} not say who is responsible.`,
        };
  checks.splice(3, 0, owners);
  checks.splice(4, 0, reviewDateCheck(doc.blocks, readings.today));
  checks.push(placeholderCheck(verdicts));
  // A pathway plan and a looked-after child's care or placement plan are set out by the areas of
  // the child's life, not by worries: the areas stand where a worries check would ask for worries
  // the plan has no reason to name.
  const kind = planKindOf(doc);
  const areas = areasOf(kind);
  const byAreas = areas !== undefined && hasAreasCheck(kind);
  if (byAreas) checks.push(areasCheck(kind, areas, read));
  if (readings.worries && !(byAreas && readings.worries.worries.length === 0))
    checks.push(worriesCheck(readings.worries, kind));
  if (readings.familyRead)
    checks.push(
      ...familyChecks(
        readings.familyRead,
        texts.some((t) => t.text.trim() !== ''),
        preBirth,
        noWordsYet,
      ),
    );
  if (readings.sections?.length) checks.push(sectionsCheck(doc.blocks, readings.sections));
  // A care leaver's pathway plan is the young person's own, often an adult's: their parents'
  // views are sought only where appropriate, so a plan without them is not short of anything.
  const asked = kind === 'pathway' ? checks.filter((c) => c.id !== 'parent-views') : checks;
  const worded = kind === 'other' ? asked : asked.map(withoutRisk);
  return planSubject(kind) === 'young person' ? worded.map(forTheYoungPerson) : worded;
}

/**
 * "What it means for the risk to the child" is a child protection plan's question; an EHC plan,
 * a care plan or a pathway plan records what a disagreement means for the plan.
 */
function withoutRisk(check: PlanCheck): PlanCheck {
  return check.id === 'disagreement' && !check.met
    ? { ...check, message: check.message.replace(/\bfor the risk to the child\b/, 'for the plan') }
    : check;
}

/** The checks whose words name who the plan is for. */
const ABOUT_THE_CHILD = new Set<PlanCheck['id']>([
  'child-views',
  'child-words',
  'disagreement',
  'agreement',
]);

/**
 * A pathway plan is a care leaver's, often an adult's: the checklist names them as the plan
 * does, "the young person", not "the child" (their views, their own words, who agreed).
 */
function forTheYoungPerson(check: PlanCheck): PlanCheck {
  if (!ABOUT_THE_CHILD.has(check.id)) return check;
  const say = (text: string) =>
    text
      .replace(/\bChild's\b/g, "Young person's")
      .replace(/\b(t|T)he child's\b/g, "$1he young person's")
      .replace(/\bthe child\b/g, 'the young person');
  return { ...check, label: say(check.label), message: say(check.message) };
}
