/**
 * Judgements several rules share, derived from the analysis: is someone named, is the "what"
 * concrete, is there any way to measure it, is there a timescale. Kept in one place so two rules
 * never disagree about the same fact.
 */
import type { Analysis } from './analyse';
import type { Clause } from './analysis/clauses';
import type { Placeholder, SlotKind } from './placeholders';
import {
  ADULT_ONLY,
  ALSO_THE_CHILDS,
  OWN_TASKS,
  BARE_VERBS,
  COMPLIANCE_VERBS,
  LY_ADVERB,
  OWN_THING_ENSURED,
} from './lexicon';
import { asksForOwnChange, commandVerbs, openingSkill } from './analysis/commands';
import { isPassiveInput } from './analysis/outcome';
import { lemma, verbPhraseEnd } from './analysis/verbs';
import {
  blankSpans,
  boundaryFirst,
  ITEM_LEAD,
  spacedDashes,
  wordsBefore,
  type Match,
} from './text';

/**
 * "To be able to sit on the carpet", "to 'stay on task' for ten minutes": a "to" fragment is
 * about the child the plan is for, unless its verb is an adult's task ("To refer Mia").
 */
const TO_FRAGMENT = new RegExp(`${ITEM_LEAD}to\\s+(?:${LY_ADVERB}\\s+)?['"‘“]?([a-z]+)`, 'i');

/** The verb a "To …" fragment opens with, lower case, or '' when it opens otherwise. */
function toFragmentVerb(text: string): string {
  return TO_FRAGMENT.exec(text)?.[1].toLowerCase() ?? '';
}

/** "play a board game with another child", "Independently raise hand": the child's own skill. */
function childSkillFirst(text: string): boolean {
  return openingSkill(text) !== undefined;
}

/** "To have regular communication with a case manager": a service the child receives. */
const SERVICE_RECEIVED = new RegExp(
  `${ITEM_LEAD}to\\s+(?:have|get|receive|access)\\s+(?:\\S+\\s+){0,2}?`,
  'i',
);

function serviceReceived(text: string): boolean {
  const m = SERVICE_RECEIVED.exec(text);
  return (
    m !== null &&
    SERVICE_HEAD.test(
      text
        .slice(m.index + m[0].length)
        .split(/\s+/, 2)
        .join(' '),
    )
  );
}

function childToFragment(text: string): boolean {
  const verb = toFragmentVerb(text);
  return (
    verb !== '' && !ADULT_ONLY.has(verb) && !BARE_VERBS.has(verb) && !COMPLIANCE_VERBS.has(verb)
  );
}

const SECOND_PERSON = /\byou(?:r|rs|rself)?\b/i;

/** "Smoking is not permitted inside the grounds": a house rule. */
const NOT_PERMITTED = /\b(?:is|are) not (?:permitted|allowed)\b/i;

/** "GP referral needed", "OT assessment": the role names the kind of service, not who acts. */
const ROLE_AS_MODIFIER =
  /^\s+(?:referrals?|assessments?|appointments?|reports?|input|involvement|review|letter)\b/i;

/** A person or a titled role is responsible, or the thing that must change belongs to someone. */
export function hasWho(a: Analysis): boolean {
  // A "Who" column in the plan's table names the owner for the whole row.
  if (
    partHas(
      a,
      'who',
      (t) =>
        /\p{L}/u.test(t) &&
        !/^(?:n\/?a|tbc|tbd|all|everyone|services|professionals|agencies|the family|family|parents)\.?$/i.test(
          t.trim(),
        ),
    )
  )
    return true;
  // A counted command ("Attend 100% of visits"), a dated one ("Complete the FAFSA by 1/30"), one
  // put to the reader ("Take your kids to the doctor") or one about the signer's own life ("Pay
  // child support") is a task set for the person who signs the plan; an undated bare one
  // ("Refer Maya to CAMHS") is work nobody has taken, unless the plan speaks as its child or
  // young person ("Get a CSCS card" in a pathway plan written as "I will …").
  if (a.imperative)
    return (
      a.ownPlan === true ||
      a.agents.length > 0 ||
      a.quantities.length > 0 ||
      a.times.length > 0 ||
      SECOND_PERSON.test(a.text) ||
      commandVerbs(a.text).some((v) => OWN_TASKS.has(v))
    );
  for (const c of a.clauses) {
    if (c.embedded) continue;
    const kind = c.subject.kind;
    // "Frankie to be taken to his appointments": the child is named, but not who takes him.
    const agentlessInput = isPassiveInput(c) && a.agents.length === 0;
    if ((kind === 'child' || kind === 'parent') && agentlessInput) continue;
    // "To reimburse the foster parents", "will provide a safe home": with no subject written, a
    // task only the adults around a child do names none of them, and is not the child's.
    if (kind === 'child' && c.subject.implicit) {
      const verb = lemma(c.verb);
      if (ADULT_ONLY.has(verb) && !ALSO_THE_CHILDS.has(verb)) continue;
    }
    if (kind === 'child' || kind === 'parent' || kind === 'professional') return true;
    const agentless = c.verb === 'be' && c.passive;
    if (kind === 'owned-thing' && (!agentless || a.agents.length > 0)) return true;
    if ((kind === 'thing' || kind === 'there') && (a.roles.length > 0 || a.agents.length > 0))
      return true;
  }
  const own = a.clauses.filter((c) => !c.embedded);
  // "Smoking is not permitted inside the grounds": a house rule that names nobody.
  if (own.length === 0 && NOT_PERMITTED.test(a.text)) return false;
  // A fragment ("No more missing episodes for Kyla") names its child in passing.
  // A fragment with no subject at all ("Better spelling") is about the child the plan is for,
  // unless it names only a service ("Dental checks for all the children").
  if (own.length === 0)
    return (
      asksForOwnChange(a.text) ||
      childSkillFirst(a.text) ||
      childToFragment(a.text) ||
      NOMINAL_CHANGE.test(a.text) ||
      a.roles.some((r) => !ROLE_AS_MODIFIER.test(a.text.slice(r.end))) ||
      /\s[A-Z][a-z]+\b/.test(a.text.replace(/^\S+/, '')) ||
      !SERVICE_HEAD.test(a.text)
    );
  return false;
}

const REFERRAL = boundaryFirst(
  /\brefer(?:s|red)?\b|\b(?:make|made|makes|complete|completed|send|sent|submit|submitted)s? (?:a |the )?referral|\breferral (?:is |will be |to be )?(?:made|sent|completed|submitted)/i,
);

const NOTED_EVENT = /\b(?:assessments?|referrals?|applications?|medicals?|health checks?)\b/i;

/** "No offences within the last 6 months": none, counted over a stated window, is a count. */
const NONE_OVER_WINDOW =
  /\b(?:no|zero|nil)\b[^.;]{0,80}?\b(?:in|within|over|during|for) (?:the )?(?:(?:last|past|previous|preceding|next|following) )?(?:\d+|two|three|four|five|six|nine|twelve) (?:days|weeks|months|years|terms)\b/i;

/** Words that may stand between "no" and what is counted: "no new offences", "no police call-outs". */
const NONE_MODIFIERS = String.raw`new|further|more|repeat|repeated|unexplained|recorded|reported|known|police|unplanned|unauthori[sz]ed|fixed-term|permanent|missing`;
/** What plans count when they want none of it. */
const COUNTED_RESULTS = String.raw`episodes|offences|offending|re-?offending|incidents|injuries|bruis(?:es|ing)|exclusions|suspensions|arrests|call-?outs|admissions|absences|convictions|cautions|assaults`;

/**
 * "No new offences during his referral order", "No further unexplained injuries": none of what
 * the plan counts is a result to see, however the window is written ("No smoking", "No contact
 * with …" are rules, and other words).
 */
const NONE_OF_RESULT = new RegExp(
  String.raw`^\W*(?:no|zero|nil)\s+(?:(?:${NONE_MODIFIERS})\s+){0,2}(?:${COUNTED_RESULTS})\b`,
  'i',
);

/**
 * "Zac will have no fixed-term exclusions this academic year", "no missed health appointments
 * between now and the review": none of what the plan counts, within a stated time, is a count
 * of nought, as "no offences within the last 6 months" is.
 */
const NONE_COUNTED = new RegExp(
  String.raw`\b(?:no|zero|nil)\s+(?:(?:${NONE_MODIFIERS}|planned|school)\s+){0,2}(?:${COUNTED_RESULTS}|moves|missed\s+(?:[\w-]+\s+)?(?:appointments|sessions|visits|doses|days))\b`,
  'i',
);

/** A count of a time unit to come, as limits write it: "5 working days", "one (1)", "24". */
const LIMIT_COUNT = String.raw`(?:\d+|one|two|three|four|five|six|seven|ten|twelve|fourteen|fifteen|twenty-four|forty-eight)(?:\s+\(\d+\))?\s+(?:(?:working|calendar|business|school)\s+)?`;

/**
 * "within 24 hours of any new concern", "no later than 30 days before", "within a 4-week period
 * of the ICPC", "24 hour notice": a time limit counted from an event is a threshold anyone can
 * check against the record.
 */
const TIME_LIMIT_FROM_EVENT = new RegExp(
  String.raw`\b(?:within|no later than|no more than|at least)\s+${LIMIT_COUNT}(?:minutes?|hours?|days?|weeks?)\s+(?:of|after|before|from)\b|\bwithin\s+an?\s+\d+-(?:minute|hour|day|week)\s+period\s+(?:of|after|before|from)\b|\b\d+[- ]hours?['’]?\s+notice\b`,
  'i',
);

/** A limit of hours or days: "within 24 hours", "within 3 working days", "within one (1) day". */
const SHORT_LIMIT = new RegExp(String.raw`\bwithin\s+${LIMIT_COUNT}(?:hours?|days?)\b`, 'i');

/** Any way to tell that it is done: a count, a frequency, evidence, a benchmark, a crisp event. */
export function hasMeasure(a: Analysis): boolean {
  return (
    a.quantities.length > 0 ||
    NONE_OVER_WINDOW.test(a.text) ||
    (a.times.length > 0 && NONE_COUNTED.test(a.text)) ||
    a.frequencies.length > 0 ||
    a.evidence.length > 0 ||
    a.benchmarks.length > 0 ||
    a.crispEvents.length > 0 ||
    // A referral made by a date is done or not done: checkable by anyone.
    (REFERRAL.test(a.text) && a.times.some((t) => t.kind === 'date')) ||
    // "Carers' assessment for Dad – SW – by 15/1/27": a note naming one event and its date.
    (a.clauses.length === 0 &&
      NOTED_EVENT.test(a.text) &&
      a.times.some((t) => t.kind === 'date')) ||
    professionalTaskByDeadline(a) ||
    reportedToRole(a) ||
    observedByProfessional(a) ||
    // One appointment on a named date is kept or not: checkable with the service.
    (APPOINTMENT_ON_DATE.test(a.text) && a.times.some((t) => t.kind === 'date')) ||
    // A time limit from an event, unless what must happen in it is a state ("fully toilet
    // trained within 3 days of starting nursery"): a state needs its own evidence.
    (TIME_LIMIT_FROM_EVENT.test(a.text) &&
      !a.clauses.some((c) => c.verb === 'be' && c.subject.kind === 'child')) ||
    // "respond … within 24 hours", "absences will be cleared within 24 hours": a short limit on
    // something done is met or missed on the record; a state reached in it ("abstinent within 3
    // days", a child "settled at nursery within 5 days") is not.
    (SHORT_LIMIT.test(a.text) &&
      !a.clauses.some((c) => c.verb === 'be' && (!c.passive || c.subject.kind === 'child')))
  );
}

const REPORT_TO_ROLE =
  /\b(?:tell|tells|show|shows|let|lets|inform|informs|notify|notifies|share|shares|send|sends|give|gives|report|reports|confirm|confirms|present|presents|presented|copy|email|emails|phone|phones)\b[^.;]{0,80}?$/i;

/** Someone independent is told or shown: "share it with her social worker", "show both to her PA". */
function reportedToRole(a: Analysis): boolean {
  return a.roles.some(
    (r) =>
      r.kind === 'professional' &&
      REPORT_TO_ROLE.test(a.text.slice(Math.max(0, r.start - 60), r.start)),
  );
}

const OBSERVE = new Set([
  'check',
  'observe',
  'confirm',
  'record',
  'weigh',
  'measure',
  'test',
  'verify',
  'see',
  'find',
  'log',
  'monitor',
]);

/** A professional will see, check or record it. */
function observedByProfessional(a: Analysis): boolean {
  return a.clauses.some(
    (c) =>
      c.subject.kind === 'professional' &&
      OBSERVE.has(c.verb) &&
      (c.verb !== 'see' || /^\s+(?:that|the|it|them|him|her)\b/.test(a.text.slice(c.verbEnd))) &&
      (c.verb !== 'monitor' || a.frequencies.length > 0),
  );
}

const APPOINTMENT_ON_DATE =
  /\b(?:attend|attends|go|goes|take|takes|bring|brings)\b[^.;]{0,60}?\b(?:appointment|assessment|surgery|operation|check-up|gp|dentist|hearing|interview|meeting|review|trials?|auditions?|open (?:day|evening)|taster (?:day|session)|induction|exams?|examinations?)\b/i;

const DISCRETE_TASKS = new Set([
  'request',
  'ask',
  'offer',
  'adopt',
  'enrol',
  'secure',
  'open',
  'issue',
  'serve',
  'place',
  'complete',
  'refer',
  'hold',
  'chair',
  'convene',
  'book',
  'arrange',
  'write',
  'send',
  'apply',
  'register',
  'make',
  'submit',
  'fit',
  'install',
  'deliver',
  'carry',
  'sign',
  'present',
  'fund',
  'produce',
  'meet',
  'introduce',
  'identify',
  'agree',
  'take',
  'visit',
  'prepare',
  'remove',
  'obtain',
  'buy',
  'collect',
  'notify',
  'inform',
  // "Mum to contact Citizens Advice before Christmas": one call, made or not by the date.
  'contact',
  'ring',
  'phone',
  'schedule',
  'file',
]);
const DISCRETE_PASSIVE = boundaryFirst(
  /\b(?:to be|be|been|are|is) (?:completed|held|undertaken|convened|carried out|done|reviewed|drawn up|prepared|signed|submitted|registered|placed|fitted|installed|produced|sent|offered|adopted|enrolled|agreed|written|booked|arranged|secured|delivered|requested|seen|granted|issued|referred|notified|informed|scheduled|filed|shared)\b|\b(?:signed|written down|submitted) by\b|\b(?:take|takes|took) place\b/i,
);

const HAVE_EVENT =
  /^\s+(?:a|an|his|her|their|your|my|the)\s+(?:[\w-]+\s+){0,3}?(?:assessment|appointment|check|check-up|review|medical|operation|scan|hearing|interview|meeting|conference)\b/i;

/** "completes", "completed" -> "complete", for looking verbs up in a list. */
export function baseVerb(verb: string): string {
  const v = verb.toLowerCase();
  if (/ied$/.test(v)) return v.slice(0, -3) + 'y';
  if (/(?:[^e]ed|eed)$/.test(v))
    return DISCRETE_TASKS.has(v.slice(0, -2)) ? v.slice(0, -2) : v.slice(0, -1);
  if (/ed$/.test(v)) return v.slice(0, -1);
  if (/s$/.test(v) && !/ss$/.test(v)) return v.slice(0, -1);
  return v;
}

const SELF_REPORT_VERBS = new Set([
  'confirm',
  'report',
  'tell',
  'say',
  'state',
  'agree',
  'promise',
  'feel',
]);
const SELF_REPORT_WORDS = /^(?:confirm(?:s|ed)?|report(?:s|ed)?|tell |record(?:s|ed)?)/i;

/**
 * The only evidence is the parent's (or child's) own word: "Mum will confirm that she has
 * stayed off cocaine". Independent evidence (a test, a register, a professional's observation,
 * a count) is what makes progress measurable.
 */
export function selfReportOnly(a: Analysis): boolean {
  const selfClause = a.clauses.find(
    (c) =>
      (c.subject.kind === 'parent' || c.subject.kind === 'family' || c.subject.kind === 'child') &&
      SELF_REPORT_VERBS.has(baseVerb(c.verb)) &&
      // Reporting how things are ("confirm that she has stayed off cocaine"), not asking for help.
      /^(?:\s+(?:to\s+)?(?:the|his|her|their|my|[A-Z][a-z]+['’]s)(?:\s+[\w-]+){1,3}?(?:\s+at\s+[\w ]+?)?)?\s+(?:that|how|whether|if|she|he|they|it)\b/i.test(
        a.text.slice(c.verbEnd),
      ),
  );
  // "reported by her school" is the school's word: "her" before a noun is whose, not who; so is
  // "Mum's" ("confirmed by Mum's bank statements": her statements, not her word).
  const bySelf =
    /\b(?:as )?(?:reported|confirmed|said|told|stated) by (?:mum|dad|mother|father|the parents?|(?:the )?carers?|him|her(?!\s+(?!(?:at|in|on|to|and|or|every|each|when|during|by|until|before|after|for|with|weekly|monthly|daily)\b)[a-z])|them|themselves|himself|herself)\b(?!['’]s?\b)/i;
  if (!selfClause && !bySelf.test(a.text)) return false;
  // "Ruby will go to the group every Thursday, and will tell her social worker how it is going":
  // how often she goes is counted apart from what she says.
  if (selfClause && a.frequencies.some((f) => f.end <= selfClause.verbStart)) return false;
  const independentEvidence = a.evidence.some(
    (e) =>
      !SELF_REPORT_WORDS.test(e.text) &&
      !/^tell/i.test(e.text) &&
      !bySelf.test(a.text.slice(Math.max(0, e.start - 10), e.start + 30)),
  );
  return !(
    independentEvidence ||
    a.quantities.length > 0 ||
    a.benchmarks.length > 0 ||
    a.crispEvents.length > 0 ||
    observedByProfessional(a)
  );
}

const NOT_A_TRIP = /^\s+(?:into account|part|place|care|time|responsibility|steps?)\b/i;

/** A task done once, by a deadline; "take into account" and "take part" are no trip. */
function discreteTask(verb: string, after: string): boolean {
  return (
    DISCRETE_TASKS.has(verb) &&
    !(verb === 'take' && NOT_A_TRIP.test(after)) &&
    // "ask the school to send letters in easy read" is one request; "ask for help" is not.
    !(verb === 'ask' && /^\s+for\b/.test(after))
  );
}

/**
 * A professional seeing the child by a deadline ("The IRO will see you before your review", "The
 * social worker will see Kai alone before the next core group") is a visit made or not, on record.
 */
const PROFESSIONAL_VISITS = new Set(['see']);

/** A note's who, a dash or colon, and a verb in lower case: "Dad – complete …", "SW: send …". */
const WHO_THEN_TASK =
  /^\s*(?:[-*\u2022]\s*)?(?:[A-Z][\p{L}'’]*\.?\s+){0,2}?[A-Z][\p{L}'’]*\s*(?:[:\u2013\u2014]|\s-)\s+([a-z]+)\b/u;

/** "The IRO will chair the review within 20 working days": a task done or not by a deadline. */
function professionalTaskByDeadline(a: Analysis): boolean {
  const firstWord = /^\s*(?:[-*\u2022]\s*)?([A-Za-z]+)/.exec(a.text)?.[1] ?? '';
  // "Dad – complete the Freedom Programme by April": who, then the task, as a table's note has it.
  const whoThenTask = WHO_THEN_TASK.exec(a.text);
  const taskAfterWho =
    whoThenTask && a.roles.some((r) => r.end <= whoThenTask[0].length) ? whoThenTask[1] : '';
  return (
    a.times.some((t) => t.kind !== 'frequency') &&
    ((a.imperative && DISCRETE_TASKS.has(baseVerb(firstWord))) ||
      DISCRETE_TASKS.has(taskAfterWho) ||
      a.clauses.some(
        (c) =>
          c.subject.kind !== 'collective' &&
          c.subject.kind !== 'family' &&
          // "must not contact Leon": a rule kept, not a task done once.
          !c.negated &&
          (discreteTask(baseVerb(c.verb), a.text.slice(c.verbEnd)) ||
            (c.subject.kind === 'professional' && PROFESSIONAL_VISITS.has(baseVerb(c.verb)))),
      ) ||
      a.clauses.some((c) => c.verb === 'have' && HAVE_EVENT.test(a.text.slice(c.verbEnd))) ||
      DISCRETE_PASSIVE.test(a.text) ||
      a.clauses.some(
        (c) =>
          c.verb === 'have' &&
          /^\s+(?:completed|held|submitted|signed|presented)\b/.test(a.text.slice(c.verbEnd)),
      ))
  );
}

function partHas(a: Analysis, role: string, test: (text: string) => boolean): boolean {
  return a.parts.some((p) => p.role === role && test(a.text.slice(p.start, p.end)));
}

export function hasTimescale(a: Analysis): boolean {
  return a.times.length > 0;
}

const BOUNDING = /^(?:until|till|for|over|between|during|while|whilst|up to)\b/i;

/** The objective holds for a stated window ("until the review conference"), not for ever. */
export function isBounded(a: Analysis): boolean {
  return a.times.some((t) => t.kind === 'bounded' || BOUNDING.test(a.text.slice(t.start, t.end)));
}

const SERVICE_HEAD =
  /\b(?:support|contact|visits?|sessions?|referrals?|assessments?|checks?|work|meetings?|appointments?|therapy|training|time|calls?|counselling|input|help|advice|monitoring|supervision|reviews?|communication|information|liaison|engagement|partnership|working|services?|intervention|programme|course|groups?|plan|evidence|testing|tutors?|visitation|restrictions|proof|copy|copies|mentoring|tutoring|management|planning|documentation|reporting|pick-?ups|tuition|(?<!\b(?:in|at|during|across|between|for)\s)(?:lessons|classes)|coaching|befriending|advocacy|respite|transport|funding|signposting|referral|(?:court|hearing|meeting|appointment|session|group|class|programme|course|treatment|review)\s+attendance)\b(?!\s+skills?\b)/i;

/**
 * "Payment of compensation to the victim", "An apology to the victim", "Treatment for drug
 * dependency": an order's condition named by its noun, first, is a task for the young person or
 * parent ("bought with the Section 17 payment", later, is how a result came about). "Unpaid work"
 * is a service's head already (SERVICE_HEAD).
 */
const INPUT_NOUN_FIRST =
  /^\W*(?:(?:an?|the|full|regular|weekly|monthly|paying)\s+)?(?:[\d:.]+\s*(?:[ap]\.?m\.?)?\s+)?(?:curfew|treatment|payments?|compensation|restitution|reparation|apolog(?:y|ies)|letters? of apology|community service)\b/i;

const TESTS_NEGATIVE =
  /\b(?:tests?|samples?|screens?|screening)\b[^.;]{0,80}?,\s*(?:(?:each|all|every one|both)(?: of them)?\s+)?negative for\b/i;

/** "50% reduction in police call-outs", "a third fewer missing episodes": a result, counted. */
const NOMINAL_CHANGE =
  /(?:\b\d+(?:\.\d+)?\s?%|\b(?:a |one )?(?:half|third|quarter))\s+(?:reduction|decrease|fall|drop|rise|increase|improvement|fewer|less|more)\b|\b(?:reduced|increased|improved|fallen|risen|dropped) by (?:at least |over |more than )?\d/i;

const HELP_TO_CHANGE =
  /^\W*(?:[Tt]o\s+)?(?:[Hh]elp|[Ss]upport|[Ee]nable)\s+(?:me|him|her|them|X{1,3}|[A-Z][\p{L}'’-]*\.?)\s+(?:to\s+|in\s+)?(?:be|become|feel|hear|see|speak|say|read|write|count|learn|develop|developing|improve|improving|use|using|understand|stay|sleep|eat|make friends)\b/u;

const COUNTED_CHANGE =
  /\b(?:improv|increas|ris|fall|fell|reduc|decreas|go|goes|going|move|moving)\w*\s+from\s+\d+(?:\.\d+)?(?:\s?%|\/\d+)?[^.;]{0,40}?\bto\s+\d+/i;

const COUNTED_PURPOSE =
  /\b(?:so as |in order )?to (?:learn|use|gain|master|develop|read|write|spell|say|name|recognise|recognize|identify|reduce|increase) (?:at least |up to )?\d+|\bso that\b[^.;]{0,80}?\b(?:fewer than|no more than|at most|less than|under) (?:\d+|one|two|three|four|five) (?:[\w-]+ ){0,2}(?:incidents?|episodes?|exclusions?|detentions?|absences?|call-outs?|referrals?|arguments?|tantrums?|meltdowns?)\b/i;

/** "PHQ-9 below 10", "a score above 30": a score to reach. */
const SCORE_AT_LEVEL =
  /(?:\b[A-Z]{2}[A-Z\d]*(?:-\d+)?|\bscores?)\s+(?:of\s+)?(?:below|under|above|over|less than|more than|at or below|at or above)\s+\d+/;

/** "register Kofi with a local GP": the child put on a GP's, dentist's or school's roll. */
const CHILD_REGISTERED =
  /\bregisters?\s+(?:[A-Z][\p{L}'’-]+(?:\s+and\s+[A-Z][\p{L}'’-]+)?|him|her|them|the (?:child|children|baby|twins)|(?:his|her|their) (?:son|daughter|children|child|baby))\s+(?:with|at)\s+(?:a |an |the |their |his |her )?(?:local |new )?(?:gp|dentist|doctor|optician|school|nursery|surgery|practice|health visitor)\b/iu;

/**
 * "Mum and the social worker will rate the children's safety at 7 or above": a judgement scaled at
 * a level, as a safety goal is, is a result however the sentence's verb reads.
 */
const SCALED_RESULT =
  /\b(?:rat|scor|scal)(?:e|es|ed|ing)\b[^.;]{0,60}?\bat (?:least )?\d+(?:\/10)?(?: or (?:above|more|higher|better))?(?!\s*(?:am|pm|[.:]\d))\b|\b\d+(?:\/10)? or (?:above|more|higher|better) on (?:the |a |an |their |his |her |my )?[\w'’ -]{0,30}?scal(?:e|ing)\b/i;

/**
 * "Attend school consistently", "Do 30 minutes of homework each day", "Clean out the litter box",
 * "Go to sleep while your guardian sits by the door", "Keep your room clean", "Brush teeth twice a
 * day":
 * a command whose object is the young person's own school day or chores is their conduct, as in a
 * parent–teen contract, not an adult's task.
 */
const OWN_ROUTINE_COMMAND = new RegExp(
  String.raw`${ITEM_LEAD}(?:(?:attend|go to|get to|come to)\s+(?:all\s+(?:of\s+)?)?(?:my\s+|your\s+)?(?:school|classes|lessons)\b|(?:do|finish|complete)\s+(?:[\w_-]+\s+){0,6}?(?:homework|chores)\b|(?:clean|wash|tidy|put away)\b(?!\s+(?:the\s+)?(?:children|child|baby|kids)\b)|take\s+a\s+time[- ]out\b|go\s+to\s+(?:sleep|bed)\b|keep\s+(?:your\s+|my\s+|the\s+|form\s+)?(?:rooms?|bedrooms?|space|area|belongings|things|clothes)\b[^.;]{0,25}?\b(?:clean|tidy|neat|organi[sz]ed)\b|brush\s+(?:your\s+|my\s+|his\s+|her\s+)?teeth\b)`,
  'i',
);

const ENSURED_OWN = new RegExp(
  String.raw`${ITEM_LEAD}(?:ensure|make sure)${OWN_THING_ENSURED}`,
  'i',
);

/** Who holds parental responsibility, as an order states it. */
const PARENTAL_RESPONSIBILITY =
  /\b(?:have|has|having|hold|holds|share|shares|retain|retains|granted|grant)\s+(?:the\s+)?(?:(?:equal|shared|sole|joint|full)\s+(?:and\s+)?)*parental responsibility\b|\b(?:joint|sole)\s+(?:legal|physical)\s+(?:responsibility|custody)\b[^.;]*\bbe ordered\b/i;
/** A command that forbids: "Do not …", "Don't …", "Never …". */
const FORBIDS = String.raw`^\W*(?:do not|don['’]t|never)\b`;
/** "Do not …" or "Never …" where the children, a partner or the other parent are named. */
const PARENT_PROHIBITION = new RegExp(
  String.raw`${FORBIDS}[^.;]*\b(?:your (?:child|children|kids|son|daughter|baby|spouse|partner|ex)|the (?:child|children|kids)\b[^.;]*\b(?:present|around|in (?:the|your) care|with you)|(?:spouse|former spouse|other parent|co-parent)\b)`,
  'i',
);

/**
 * "Get and keep a job", "find housing", "Obtain employment", "Gain GED", "finish school": a home,
 * a job or a qualification secured is a result the young person will have, not a task (a course
 * completed, "complete 6 months of job skills training", stays an input).
 */
const LIFE_RESULT_COMMAND = new RegExp(
  String.raw`${ITEM_LEAD}(?:to\s+)?(?:get|obtain|find|keep|maintain|gain|secure|earn|hold down)(?:\s+(?:and|or)\s+(?:keep|maintain|hold)(?:\s+down)?)?\s+(?:(?:a|an|stable|suitable|settled|full-time|part-time|paid|your|own|his|her|their|my|proper|safe|legal|gainful|permanent|local|appropriate|,)\s*){0,4}(?:job|employment|work|housing|apartment|flat|home|accommodation|tenancy|GED|diploma|qualifications?|income)\b|${ITEM_LEAD}(?:finish|graduate from)\s+(?:high\s+|secondary\s+)?school\b`,
  'i',
);

/**
 * "The school nurse will see Harry to check his eczema cream has been applied": what a visit
 * checks is its subject, not a result anyone has promised.
 */
const WHAT_IS_CHECKED =
  /\b(?:check|checks|checking|find out|ask|asks|asking)\s+(?:that\s+|whether\s+|if\s+)?$/i;

/**
 * "Mum agrees to keep the house tidy", "The parents agree not to drink when Ava is in their care",
 * "Dad agrees he will always be sober when he has the children": a term an adult signs up to in a
 * written agreement says what the adult will do, not what will be different for the child, unless
 * it goes on to say that ("so that Amy can play on the floor"). The signer is an adult when a role
 * or a title names them, or they are "we" or "the parents".
 */
const AGREES = new RegExp(
  String.raw`${ITEM_LEAD}(\S[^.;:]{0,59}?)\s+(?:(?:also|both|all|each)\s+)?(agrees?|ha(?:s|ve) agreed)\b(?=\s+(?:that|to|not|never|I|he|she|they|we)\b)`,
  'id',
);
const ADULT_SIGNER = /\b(?:Mr|Mrs|Ms|Miss|Mx|we|parents|carers)\b/i;
const PRONOUN_SUBJECT = /^(?:I|he|she|they|we)$/i;

/** An adult's "agrees (to|that)" heading the objective: who signs, and the words "agrees". */
export interface Agreement {
  signer: Match;
  agrees: Match;
}

export function adultAgreement(a: Analysis): Agreement | undefined {
  if (!/agree/i.test(a.text)) return undefined;
  const m = AGREES.exec(a.text);
  const [signer, agrees] = [m?.indices?.[1], m?.indices?.[2]];
  if (!signer || !agrees) return undefined;
  const [start, end] = signer;
  const adult =
    a.roles.some((r) => r.start >= start && r.end <= end) ||
    ADULT_SIGNER.test(a.text.slice(start, end));
  if (!adult) return undefined;
  const span = ([from, to]: [number, number]): Match => ({
    start: from,
    end: to,
    text: a.text.slice(from, to),
  });
  return { signer: span(signer), agrees: span(agrees) };
}

/**
 * The clause's verb is followed straight away, or after a preposition ("participate in
 * [programme]"), by a slot where its change or its object should be.
 */
function unwritten(text: string, c: Clause, slots: readonly Placeholder[]): boolean {
  const end = verbPhraseEnd(text, c);
  return slots.some((p) =>
    /^\s*(?:(?:in|on|with|at|to|for|into)\s+)?$/i.test(text.slice(end, p.start)),
  );
}

/** What opens a condition: "when that parent plans to be away", "if he is going to be late". */
const CONDITION_BEFORE = /\b(?:when|whenever|if|unless)\s+(?:that\s+|the\s+|this\s+|a\s+)?$/i;

/** A sentence that opens on what to do if something happens ("If given a prompt" is a support). */
const CONTINGENCY =
  /^[^\p{L}]*(?:if|in the event (?:that|of))\b(?!\s+(?:given|provided|prompted|shown|asked|presented|offered|needed|necessary)\b)/iu;
/** "I", "I'll", "I’m": the apostrophe ends the word, so one boundary test covers them all. */
const FIRST_PERSON_SUBJECT = /\bI\b/;

/**
 * "If the child is not found within an hour, …", "If you cannot log in, you must let me know":
 * what is done when something goes wrong is an arrangement, not the change the plan is for. A
 * child's or parent's own safety plan ("If I am hurt I will tell Nan") is left to its clauses.
 * Returns the opening condition (to the first comma or colon, else the opening word).
 */
export function contingency(a: Analysis): { start: number; end: number } | undefined {
  const m = CONTINGENCY.exec(a.text);
  if (!m || FIRST_PERSON_SUBJECT.test(a.text)) return undefined;
  const start = a.text.search(/\p{L}/u);
  const stop = a.text.slice(start, start + 160).search(/[,:;]/);
  return { start, end: stop > 0 ? start + stop : m[0].length };
}

/** Any clause states a change that will be seen (for the child, or in the adults' care of them). */
export function hasOutcome(a: Analysis): boolean {
  if (contingency(a)) return false;
  if (a.imperative && OWN_ROUTINE_COMMAND.test(a.text)) return true;
  // "Ensure you have a passport": the thing had is the result, as "has a passport" is.
  if (a.imperative && ENSURED_OWN.test(a.text)) return true;
  // "Do not argue with your spouse when the children are present", "Do not allow your child to
  // …": a prohibition on a parent, as a parent's plan lists it, is what the adult must not do.
  if (PARENT_PROHIBITION.test(a.text)) return false;
  // "That the father have sole parental responsibility for the child": who holds parental
  // responsibility is a term of the order, not a change anyone will see in the child.
  if (PARENTAL_RESPONSIBILITY.test(a.text)) return false;
  if ((a.imperative || a.clauses.length === 0) && LIFE_RESULT_COMMAND.test(a.text)) return true;
  // In a command ("Set a date to review the plan", "Identify the lead professional and who
  // will be in the core group") only a stated result counts: the rest is the task itself.
  const clauses = a.imperative
    ? a.clauses.filter(
        (c) =>
          c.result ||
          // "Use natural consequences when D touches others": the condition, not a result.
          (c.embedded &&
            c.subject.kind !== 'thing' &&
            !CONDITION_BEFORE.test(wordsBefore(a.text, c.subject.start))) ||
          // "Ensure that Skye's immunisations are brought up to date": the result is named.
          /\b(?:ensure|make sure|so that)\s+(?:that\s+)?$/i.test(
            wordsBefore(a.text, c.subject.start),
          ),
      )
    : a.clauses.filter(
        (c) =>
          !(c.embedded && WHAT_IS_CHECKED.test(wordsBefore(a.text, c.subject.start))) &&
          // "… inform the other when that parent plans to be away": the condition, not a result.
          !CONDITION_BEFORE.test(wordsBefore(a.text, c.subject.start)),
      );
  const agreed = adultAgreement(a);
  // The agreed term itself, by the signer ("he", "I") or another adult, is what they will do.
  const counted =
    agreed === undefined
      ? clauses
      : clauses.filter(
          (c) =>
            c.result ||
            (c.subject.kind === 'child' &&
              !PRONOUN_SUBJECT.test(a.text.slice(c.subject.start, c.subject.end).trim())),
        );
  // "Sam will be [what will be different]": the change is still to be written. A bare blank
  // ("I will tell ______") leaves out a word of the change, not the change itself.
  const whatSlots = a.placeholders.filter(
    (p) => !p.person && p.kind === 'what' && /\p{L}/u.test(p.text),
  );
  if (counted.some((c) => c.isOutcome && !unwritten(a.text, c, whatSlots))) return true;
  // "ensure attendance improves from 63% to 85%": a change counted from one level to another is
  // a result, whoever the sentence says will bring it about.
  if (COUNTED_CHANGE.test(a.text)) return true;
  // "To help A. hear better in noisy places", "Help me be more easily understood": the help is
  // the input, and what it names the child doing is the result.
  if (HELP_TO_CHANGE.test(a.text)) return true;
  // "attend therapy weekly to learn 3-5 positive communication skills": a purpose that is a
  // counted change in the child is a stated result.
  if (COUNTED_PURPOSE.test(a.text)) return true;
  if (SCALED_RESULT.test(a.text)) return true;
  // "monthly hair strand tests to the SW, each negative for cocaine": the result each test will
  // show is stated, as "every sample will be negative" states it ("provide negative tests" does
  // not: that is the task).
  if (TESTS_NEGATIVE.test(a.text)) return true;
  // "Mrs Osei will register Kofi with a local GP": the child registered is a result for him,
  // as "Poppy will be registered with a GP" is.
  if (a.text.includes('egister') && CHILD_REGISTERED.test(a.text)) return true;
  if (agreed !== undefined) return false;
  // "PHQ-9 below 10 by the CIN review": a score to reach, written as a note, is a result.
  if (SCORE_AT_LEVEL.test(a.text)) return true;
  // "Ava – 2 decayed teeth treated by end Jan 27 – Mum to take": the clauses after a note's
  // dashes say who does what for the target before them, which is read as a fragment.
  const target = noteTarget(a.text);
  const afterNote =
    target.end < a.text.length &&
    a.clauses.every(
      (c) => c.verbStart > target.end && /\b(?:to|and)\s+$/i.test(wordsBefore(a.text, c.verbStart)),
    );
  if ((a.clauses.length > 0 && !afterNote) || a.imperative) return false;
  // "Smoking is not permitted inside the grounds": a house rule, not a result.
  if (NOT_PERMITTED.test(a.text)) return false;
  if (COMPLIANCE_VERBS.has(toFragmentVerb(a.text))) return false;
  if (
    asksForOwnChange(a.text) ||
    childSkillFirst(a.text) ||
    (childToFragment(a.text) && !serviceReceived(a.text)) ||
    NOMINAL_CHANGE.test(a.text) ||
    NONE_OVER_WINDOW.test(a.text) ||
    NONE_OF_RESULT.test(a.text.slice(target.start))
  )
    return true;
  // "working at a Grade 4 in algebra": where the child's learning stands is a result.
  if (
    /\bworking (?:at|towards|within|beyond) (?:a |an |the )?(?:grade|level|stage|year|band|step|age[- ]related|expected)\b/i.test(
      a.text,
    )
  )
    return true;
  // A fragment with no verb: "A cot for baby Wren, set up in Mum's bedroom" states a result;
  // "Ongoing support from the family support worker" names an input.
  // The note's own words, after any bullet and "Heading:".
  const body = a.text.slice(target.start);
  // "attendance up to 90%" is a rise; "for up to 240 hours", "of up to £50" is a cap on an input.
  if (
    /(?<!\b(?:for|of|within|lasting|by|with)\s+)\b(?:up|down|rise|rising|fall|falling|increase|decrease|improve)d?\s+(?:from|to)\b/i.test(
      body,
    )
  )
    return true;
  // "Less time on the Xbox", "Fewer late nights": a cut in something is a change to see.
  if (/^\s*(?:less|fewer)\s+\p{L}/iu.test(body)) return true;
  const words = a.text.slice(target.start, target.end);
  if (!/\p{L}/u.test(words) || ONLY_WHEN.test(words) || INPUT_NOUN_FIRST.test(words)) return false;
  // "… until her 6-month check", "by the next review": a service that only says when is no input.
  const untimed = blankSpans(
    a.text,
    a.times.filter((time) => time.kind === 'review-point'),
  );
  return !SERVICE_HEAD.test(untimed.slice(target.start, target.end));
}

/** What heads a note before its first dash: a bullet, a number, a name, a "Heading:". */
const NOTE_HEAD = new RegExp(
  // "Kyle's offending:", "Child's weight gain:": a heading in lower case after its first word.
  String.raw`${ITEM_LEAD}(?:[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?\s*:\s*|[A-Z][\p{L}]*['’]s(?:\s+[a-z][\p{L}-]+){1,2}\s*:\s*)?`,
  'u',
);
const LONE_NAME = /^\s*[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)?\s*$/u;

/**
 * A table cell's note ("Finley & Grace in bed by 7.30 – sleep chart – FSW to check wkly") states
 * its target first; the parts after the dashes say how it is checked and by whom. A name or a
 * heading alone before the first dash ("Ayaan – 3 x 20 min sessions a week", "Housing – Mum to
 * bid weekly") heads the note, and the target runs on to the second dash.
 */
function noteTarget(text: string): { start: number; end: number } {
  const start = NOTE_HEAD.exec(text)?.[0].length ?? 0;
  const dashes = spacedDashes(text).filter((d) => d.start >= start);
  if (dashes.length === 0) return { start, end: text.length };
  if (!LONE_NAME.test(text.slice(start, dashes[0].start))) return { start, end: dashes[0].start };
  return { start, end: dashes[1]?.start ?? text.length };
}

/** "Ongoing.", "As and when": a fragment that says only when. */
const ONLY_WHEN =
  /^\W*(?:on-?going|asap|as soon as possible|as and when(?: (?:needed|required))?|when needed|tbc|tbd|n\/a)\W*$/i;

const PURPOSE_TAIL =
  /\S[^]*?(?:\b(?:so|in order) that\b|\bso (?:he|she|they|I|we|you) (?:can|will)\b|\bin order to\b|,\s*(?:improving|increasing|developing|building)\b|\bby (?:improving|developing|increasing|building)\b|\bto show that\b|\bto (?:help|support|promote|aid|boost) (?:their|his|her|my|your|the child['’]s|emotional|mental|physical|social)\b|[.;]\s+(?:this|which) (?:will )?(?:promotes?|helps?|supports?|builds?)\b)/i;

/**
 * Is this word in what the objective is for ("..., improving comprehension from level 2 to 4",
 * "so that her teachers will understand her") rather than in what will be done? The "what" is
 * the main clause's; a purpose after it is the reason, not the task.
 */
export function inPurposeTail(text: string, end: number): boolean {
  return PURPOSE_TAIL.test(text.slice(0, end));
}

/**
 * A rule to keep rather than a change to reach: the main clause is negated ("Shannon will not
 * allow Craig into the family home", "Do not leave the baby alone", "Dad is never to …"). It
 * holds for as long as the plan, so a deadline ("… by [date]") would read as leave to break it
 * until then (smart-criteria.md: safety rules are not targets). "No longer" and "not yet" are
 * changes to reach, and keep their dates.
 */
export function keptRule(a: Analysis): boolean {
  if (KEPT_COMMAND.test(a.text) || KEPT_AWAY.test(a.text)) return true;
  const c = a.clauses.find((x) => x.verb !== '' && !x.embedded);
  return !!c && c.negated && !STILL_TO_CHANGE.test(a.text.slice(c.subject.end, c.verbEnd));
}

/**
 * "I will keep my blades in the box in Mum's room", "Mum to keep all medicines locked away": what
 * is stored out of reach stays there for as long as the plan, as a safety plan sets it.
 */
const KEPT_AWAY =
  /\bkeep(?:s|ing)?\s+(?:(?:all|any)\s+)?(?:(?:my|his|her|their|your|the|our)\s+)?(?:[\w'’-]+\s+){0,3}?(?:locked(?:\s+(?:away|up))?|(?:safely\s+)?(?:put\s+)?away|out of (?:reach|sight)|in (?:a|the|my|his|her|their|your) (?:[\w'’-]+ ){0,2}?(?:box|cupboard|safe|cabinet|tin|drawer))\b/i;
const STILL_TO_CHANGE = /\b(?:no longer|not yet|not \w+ any more)\b/i;
/** A command that forbids, or a rule put as "Not to …". */
const KEPT_COMMAND = new RegExp(`${FORBIDS}|^\\W*not to\\b`, 'i');

/**
 * Where to insert text at the end of the objective: before its closing punctuation, if any. A
 * comma or colon the writer left at the end (a list's first line, "…during this transition
 * period,") stays last, so that Apply never leaves ",, so that".
 */
export function endInsertion(text: string): number {
  // Back over the trailing run, rather than a pattern tried at every position from the start.
  let at = text.length;
  while (at > 0 && TRAILING.test(text[at - 1])) at--;
  return at;
}

const TRAILING = /[\s.;:,!]/;

/**
 * Is there a number in the clause holding these words? "feel more confident, moving from 3/10 to
 * 7/10" is pinned down; "8 sessions ... and will be parenting more appropriately" is not.
 */
export function quantifiedClause(a: Analysis, words: { start: number; end: number }): boolean {
  const own = a.clauses
    .filter((c) => c.subject.start <= words.start && words.start < c.end)
    .sort((x, y) => y.subject.start - x.subject.start)[0];
  const start = own ? Math.min(own.subject.start, own.verbStart) : 0;
  const end = own ? own.end : a.text.length;
  // "reading for at least 20 minutes": a counted duration pins the "what" down as well.
  const counted = a.times.filter(
    (t) =>
      (t.kind === 'duration' || t.kind === 'frequency') && /\d/.test(a.text.slice(t.start, t.end)),
  );
  return [...a.quantities, ...counted].some((q) => q.start >= start && q.start < end);
}

/**
 * The first unfilled slot of these kinds ("by [date]" for timely). A rule that would insert a
 * placeholder points at this one instead, so applying its advice twice never reads
 * "by [date] by [date]".
 */
export function unfilledSlot(a: Analysis, kinds: readonly SlotKind[]): Placeholder | undefined {
  return a.placeholders.find((p) => !p.person && p.kind !== undefined && kinds.includes(p.kind));
}
