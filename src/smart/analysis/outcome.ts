/**
 * Whether a clause states an outcome: a change in the child, or in the care they get, that
 * someone will see, rather than an input (a service received, a course attended, a task done).
 */
import {
  ADULT_ONLY,
  ALSO_THE_CHILDS,
  CHILD_INPUT,
  COMPLIANCE_VERBS,
  INPUT_PARTICIPLES,
  INPUT_VERBS,
  PERFORMANCE_CRITERION,
  PROFESSIONAL_ROLES,
  QUALIFICATION_AWARDED,
  RESULT_VERBS_FOR_ADULTS,
  THING_INPUT_VERBS,
} from '../lexicon';
import { escapeRegExp } from '../text';
import type { Clause } from './clauses';
import { lemma, phrasalVerb, readVerb } from './verbs';

const SERVICE_NOUN =
  /^(?:life|direct|play|therapy|counselling|support|sessions?|work|assessment|appointments?|contact|referral|input|help|keywork|mentoring|access|regular|weekly)$/;
const SERVICE_WORDS =
  '(?:assessment|referral|sessions?|appointments?|course|programme|group|worker|therapy|treatment|counselling|support|check|check-up|review|visit|visits|meeting|diary|record|log|chart|plan|break|rest|calls?(?!-)|contact|interview|training|help|advice|tuition|lessons|permission|consent|medical(?!\\s+(?:insurance|cover|card|records?)\\b)|consultation|time(?!\\s+(?:for|to)\\s+(?:(?:him|her|them|my|your|our)sel(?:f|ves)|play|relax|be an? (?:child|kid|teenager))\\b)|breaks?|pep|ehcp|ehc plan|pathway plan|care plan|safety plan|access(?!\\s+to\\s+(?!(?:him|her|them)\\b(?!\\s+[a-z])|(?:the|his|her|their|my|your)\\s+(?:children|child|baby|son|daughter|kids|siblings?|brothers?|sisters?)\\b)))';
/**
 * "have a session", "keep a diary", "have three sessions", "have his health assessment", "have
 * 25 hours a week of 1:1 teaching assistant support", "keep all your Youth Justice Service (YJS)
 * appointments", "have a minimum of two PEP meetings a year", "have short and frequent touch
 * typing sessions". The words before the service never cross a preposition (but the "of" of an amount
 * of it): "get to school on time" is no service. Time with Dad is family time, a service; "time
 * for himself" or "time to play" is what a young carer's plan is for.
 */
const SERVICE_OBJECT = new RegExp(
  `^\\s*(?:\\d+\\s+(?:hours?|minutes?|mins?)(?:\\s+(?:a|per|each)\\s+(?:day|week|fortnight|month|term))?\\s+of\\s+)?(?:(?:a\\s+)?(?:minimum|maximum)\\s+of\\s+|at\\s+least\\s+|up\\s+to\\s+)?(?:all\\s+(?:of\\s+)?)?(?:(?:an?|some|his|her|their|my|your|its|the|regular|weekly|fortnightly|monthly|\\d+|one|two|three|four|five|six|ten|twelve)\\s+)?(?:(?!(?:on|in|at|to|by|for|from|with|of|every|each)\\b)(?:1:1|[\\w-]+|\\([A-Z]{2,6}\\))\\s+){0,5}?${SERVICE_WORDS}\\b`,
  'i',
);
/**
 * "attend school", "attend all his lessons", "attend three days a week" (of school, in an attendance
 * plan): being there is the result; "attend all his
 * appointments with the YOT" is a condition complied with, an input like any appointment.
 */
const SCHOOLING =
  /^\s+(?:(?:(?:at least|over|more than)\s+)?\d+(?:\.\d+)?\s?%\s+of\s+(?:(?:his|her|their|all|the)\s+)?(?:school\s+(?:sessions|days)|lessons|classes)\b|(?:(?:to|for|at)\s+)?(?:school|nursery|college|lessons|classes|(?:on\s+)?(?:\d|one|two|three|four|five)\s*(?:full\s+|half\s+)?days?\s+(?:a|per|each|every)\s+week\b|(?:all|his|her|their|my|your)\b(?!\s+(?:(?:of\s+)?(?:his|her|their|my|your|the)\s+)?(?:[\w-]+\s+){0,4}?(?:appointments?|sessions?|meetings?|reviews?|groups?|counsell?ing|therapy|assessments?|hearings?|visits?|programs?|programmes?|treatment)\b)))/;
/** A thing that is itself an input: "the calls will go ahead", "sessions to continue". */
const SERVICE_SUBJECT = new RegExp(`${SERVICE_WORDS}s?\\s*$`, 'i');

/** "Frankie to be taken to his appointments", "Jay will be introduced to …": a service done to them. */
export function isPassiveInput(c: Pick<Clause, 'verb' | 'passive' | 'complement'>): boolean {
  return c.verb === 'be' && c.passive && INPUT_PARTICIPLES.has(c.complement);
}

/** Does the verb take a service or a record as its object, rather than a state or a thing? */
function takesServiceObject(text: string, c: Clause): boolean {
  if (SERVICE_NOUN.test(c.complement)) return true;
  return SERVICE_OBJECT.test(text.slice(c.verbEnd));
}

/** What only the adults around a child do for them: a stand-in who does it is one of them. */
const CARE_GIVING = new Set([
  'supervise',
  'ensure',
  'provide',
  'refer',
  'monitor',
  'arrange',
  'facilitate',
  'safeguard',
  'protect',
  'assess',
  'signpost',
  'liaise',
]);

const QUALIFICATION = new RegExp(`^${QUALIFICATION_AWARDED}`, 'i');

/**
 * "show the SW", "tell her health visitor": a professional as the one told or shown, by the
 * titles roles.ts knows (and a bare "worker" or "case manager", as US plans write them).
 */
const PROFESSIONAL_OBJECT = new RegExp(
  String.raw`^\s+(?:(?:the|his|her|their|your|my)\s+)?(?:allocated\s+)?(?:${[
    ...PROFESSIONAL_ROLES,
    'worker',
    'case manager',
  ]
    .map(escapeRegExp)
    .join('|')})\b`,
  'i',
);

const CHILD_MENTION = /\b(?:the children|the child|the baby|the girls|the boys|[A-Z][a-z]+)\b/;

/**
 * "will be expected to visit", "will be asked to share": the verb after "to" is what is done. "Will
 * be encouraged to use visual supports", as "supported to", promises only the adults' help, and
 * "will be allowed to" only their leave.
 */
const DEFERRING = /^(?:expected|asked|required|invited)$/i;

/**
 * "must be in therapy", "is active in treatment": being in a service is attending it, an input,
 * as "is receiving" one is.
 */
const IN_SERVICE =
  /^\S+\s+(?:(?:actively|currently|still|fully)\s+)?(?:active\s+)?in\s+(?:(?:a|an|the|his|her|their|my|individual|family|group|weekly|ongoing|regular|residential|outpatient|inpatient|drug|alcohol|substance|use|misuse|abuse|mental|health)\s+){0,3}(?:therapy|treatment|counsell?ing|rehab(?:ilitation)?)\b/i;

/** "was ordered to", "required him to", "is being requested to": a requirement set on someone. */
const ORDERED_TO =
  /\b(?:required|requires|require|ordered|orders|directed|directs|mandated|requested|instructed)\s+(?:[\p{L}.'’]+\s+){0,3}?to\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * How often or how, between a verb and its "to" or "with": "report weekly to", "report every week
 * to", "engage fully with" read alike.
 */
const MANNER = String.raw`(?:\w+ly|(?:every|each)\s+(?:other\s+)?\w+|(?:once|twice|\d+\s+times)\s+a\s+\w+)`;
const THEN_TO = new RegExp(String.raw`^\s+(?:${MANNER}\s+)?to\b`, 'i');
const THEN_WITH = new RegExp(String.raw`^\s+(?:${MANNER}\s+)?with\b`, 'i');

/** A fragment that opens on "will", as IEP goals under the pupil's name are written. */
const WILL_FRAGMENT = /^[\s.…]*will\s/i;

const DEONTIC = /\b(?:shall|must|may|mustn['’]t|shan['’]t|cannot|can['’]t)\b/i;

/** "Each parent shall respond", "The vehicle must have": the clause is a term of an order. */
function isTerm(text: string, c: Clause): boolean {
  return DEONTIC.test(text.slice(c.subject.end, c.verbStart));
}

/** The clause read on to the verb after "to" ("need to sign"), or undefined if none follows. */
function verbAfterTo(text: string, c: Clause): Clause | undefined {
  const next = /^\s+to\s+(?=[a-z])/i.exec(text.slice(c.verbEnd));
  if (!next) return undefined;
  // Read as any verb is, past an adverb: "need to always put the children's needs first".
  const verb = readVerb(text, c.verbEnd + next[0].length);
  return verb.verb === '' ? undefined : { ...c, ...verb };
}

/** Decides, per clause, whether it states a change that will be seen. */
export function clauseIsOutcome(text: string, c: Clause): boolean {
  // No verb at all ("[child] will [what will be different]") states nothing yet.
  if (c.verb === '') return false;
  // "the mother was ordered to comply", "The agreement required C.L. to follow …": what a court
  // or an agreement requires of someone is a term they comply with, whatever its verb.
  if (ORDERED_TO.test(text.slice(Math.max(c.subject.start, c.verbStart - 80), c.verbStart)))
    return false;
  // "You will need to sign your plan", "will be expected to visit": the verb after "to" is what
  // is done; "support you may need" names a need, not a change.
  const deferred =
    lemma(c.verb) === 'need' ||
    (lemma(c.verb) === 'be' && c.passive && DEFERRING.test(c.complement));
  // "[Name] shall be permitted to use the bathroom", "will be allowed to take the test later": what
  // the adults allow is an accommodation they make, an input like any service.
  if (lemma(c.verb) === 'be' && c.passive && /^(?:allowed|permitted)$/i.test(c.complement))
    return false;
  if (deferred) {
    const next = verbAfterTo(text, c);
    if (next) return clauseIsOutcome(text, next);
    if (lemma(c.verb) === 'need') return false;
  }
  // "The child would benefit from additional support in class": a need for a service, stated as
  // "needs" states it, not a change anyone will see.
  if (lemma(c.verb) === 'benefit' && /^\s+from\b/i.test(text.slice(c.verbEnd))) return false;
  if (c.result)
    return (
      c.subject.kind !== 'none' &&
      c.subject.kind !== 'professional' &&
      c.subject.kind !== 'collective' &&
      !THING_INPUT_VERBS.has(lemma(c.verb))
    );
  // "must be in therapy", "is active in treatment": whoever is in it, a service is an input.
  if (lemma(c.verb) === 'be' && IN_SERVICE.test(text.slice(c.verbStart))) return false;
  const { kind } = c.subject;
  // "take part in the group" is participating in it, read as "participate" is; "come to court",
  // "turn up for his appointments" are attending.
  const phrase = phrasalVerb(text, c);
  const verb = phrase.verb;
  // "No medication is to be given at contact", "No child may be left without a parent": a rule
  // for the adults about what must not be done, not a change anyone will see.
  if (verb === 'be' && /^no\s/i.test(text.slice(c.subject.start, c.subject.end))) return false;
  switch (kind) {
    case 'child': {
      // "To ensure the children are safe", "To reduce the risk of neglect": with no subject
      // written, an adult's task is still a task, not a change in the child ("to complete
      // tasks in 4/5 opportunities", judged by how often it is done right, is the child's).
      if (
        c.subject.implicit &&
        ((ADULT_ONLY.has(verb) &&
          !PERFORMANCE_CRITERION.test(text) &&
          // An IEP's "Will identify family members by name" leaves out the pupil's name, not
          // an adult's: what a child can also do is the child's there.
          !(ALSO_THE_CHILDS.has(verb) && WILL_FRAGMENT.test(text))) ||
          /^\s+the risks?\b/.test(text.slice(c.verbEnd)))
      )
        return false;
      // "X to supervise Y's contact": a stand-in who supervises or refers is an adult, whatever
      // an IEP's "X will" would suggest.
      if (
        CARE_GIVING.has(verb) &&
        c.subject.standIn &&
        !/^\s+(?:him|her|them)sel(?:f|ves)\b/.test(text.slice(c.verbEnd))
      )
        return false;
      // "send copies of his grades to the case manager", "bring his payslips to the visit":
      // papers handed over are a condition complied with, not a change in the young person.
      if (
        /^(?:send|submit|provide|give|show|bring|hand)$/.test(verb) &&
        /^\s+(?:(?:a|the|his|her|their|my|your|all|any)\s+)?(?:[\w'’/-]+\s+){0,2}?(?:cop(?:y|ies)\s+of|payslips?|receipts?|bank\s+statements?|forms?|report\s+cards?|certificates?|documents?|paperwork|proof\s+of)\b/i.test(
          text.slice(c.verbEnd),
        )
      )
        return false;
      if (!CHILD_INPUT.has(verb)) return true;
      // "will be placed in a program", "never be placed in a bedroom with …", "placed under the
      // supervision of a welfare officer": where the adults put the child is their arrangement;
      // "placed with Nan" is a home, and stays a result.
      if (verb === 'be' && c.complement === 'placed')
        return !/^\s+(?:in|on|into|under)\b/i.test(text.slice(c.verbEnd));
      // "Adam is receiving strategic instruction": a service under way is still a service.
      if (verb === 'be' && /^(?:receiving|accessing)$/.test(c.complement)) return false;
      if (verb === 'be') return !(c.passive && INPUT_PARTICIPLES.has(c.complement));
      if (
        (verb === 'have' || verb === 'get' || verb === 'keep') &&
        (c.negated || /^\s+no\b/.test(text.slice(c.verbEnd)))
      )
        return true;
      // "[B] must get inoculations": a jab given is a health input; "be up to date with her
      // immunisations" is the record put right.
      if (
        (verb === 'have' || verb === 'get') &&
        /^\s+(?:(?:his|her|their|its|my|the|all|any)\s+)?(?:[\w-]+\s+){0,2}?(?:vaccinations?|immuni[sz]ations?|inoculations?|injections?|jabs?)\b/i.test(
          text.slice(c.verbEnd),
        )
      )
        return false;
      if (verb === 'have' || verb === 'get' || verb === 'keep') return !takesServiceObject(text, c);
      if (verb === 'go' && /^\s+(?:from|up|down)\b/.test(text.slice(c.verbEnd))) return true;
      if (verb === 'miss')
        return /^\s+(?:no|fewer|less|at most|no more than)\b|\b(?:school|days?|lessons|education)\b/.test(
          text.slice(c.verbEnd, c.verbEnd + 40),
        );
      if (verb === 'go' && /^\s+missing\b/.test(text.slice(c.verbEnd))) return true;
      // "Jayden to engage with YOT": taking up a service, whoever takes it up.
      if (verb === 'engage' && THEN_WITH.test(text.slice(c.verbEnd))) return false;
      // "cooperate with his probation officer" takes up a service; "cooperate with adults at
      // school" is how the child behaves.
      if (/^co-?operate$/.test(verb))
        return !/^\s+(?:\w+ly\s+)?with\s+(?:(?:his|her|their|my|your|the|all|any)\s+)?(?:[\w-]+\s+){0,3}?(?:workers?|officers?|plans?|assessments?|services?|professionals?|visits?|visitation|treatment|therapy|programme|order|supervision|conditions|YOT|YOS|CAMHS)\b/i.test(
          text.slice(c.verbEnd),
        );
      if (verb === 'attend') return SCHOOLING.test(text.slice(phrase.end));
      // "The children will not see or hear arguments at home": what the child lives with, not an
      // appointment kept.
      if (
        verb === 'see' &&
        /^\s+(?:or\s+hear\s+)?(?:(?:any|more|the|their|his|her|adults?|parents?|mum|dad)\s+){0,2}(?:arguments?|arguing|rows|fights?|fighting|violence|shouting|abuse|drug\s+use|drinking|drunk|drugs)\b/i.test(
          text.slice(c.verbEnd),
        )
      )
        return true;
      // "You'll meet with the professionals", "Amy will see the school nurse": an appointment;
      // "meet his targets" is a result.
      if (verb === 'meet' || verb === 'see')
        return /^\s+(?:(?:all|each|every|his|her|their|the|my|your)\s+)?(?:[\w-]+\s+){0,2}?(?:targets?|goals?|standards?|expectations?|criteria|milestones?|needs|deadlines?|improvements?|progress|changes?)\b/i.test(
          text.slice(c.verbEnd),
        );
      // "Katie will visit the centre", "Leo will visit his dad": a visit is an arrangement.
      if (verb === 'visit') return false;
      // "Daniel will spend a full day with his sisters once a month", "the children will spend
      // one week in the care of one parent": time with someone is a contact arrangement.
      if (
        verb === 'spend' &&
        /^\s+(?!quality\b)[^.;]{0,40}?\b(?:with|in the care of)\b/i.test(text.slice(c.verbEnd))
      )
        return false;
      // "Adam will receive strategic instruction in decoding": whatever is received is given;
      // "receive his diploma" is what he has achieved.
      if (verb === 'receive') return QUALIFICATION.test(text.slice(c.verbStart));
      // "will report to the YOT officer" is a condition complied with; "will report feeling
      // safer" is a result.
      if (verb === 'report') return !THEN_TO.test(text.slice(c.verbEnd));
      // "will submit applications", "will notify his worker": a condition complied with.
      if (COMPLIANCE_VERBS.has(verb)) return false;
      // "sign his Pathway Plan" is paperwork done; "sign 'more' at snack time" is a skill.
      if (
        verb === 'sign' &&
        /^\s+(?:[\w-]+\s+){0,3}?(?:plan|agreement|form|contract|consent|release|documents?|papers?)\b/i.test(
          text.slice(c.verbEnd),
        )
      )
        return false;
      // "go to school on time": attending school, as with "attend", whatever words follow.
      if (verb === 'go' && /^\s+to\s+(?:school|nursery|college)\b/i.test(text.slice(c.verbEnd)))
        return true;
      // "go to bed by 8pm", "go home": a child's own routine; "go to the group": an input.
      if (verb === 'go')
        return (
          !takesServiceObject(text, c) &&
          !/^\s+to\s+(?:(?:the|his|her|their|my|your|a|an)\s+)?(?:\w+\s+)?(?:appointments?|sessions?|groups?|clinic|gp|dentist|doctor|club|centre|assessment|meeting)/i.test(
            text.slice(c.verbEnd),
          )
        );
      // "complete 10 sums independently" is the child's work; "complete the course" is an input.
      if (verb === 'complete')
        return (
          // "complete my homework essay": the child's own work done.
          /^\s+(?:(?:my|his|her|their|all|each|every)\s+)?(?:[\w-]+\s+){0,2}?(?:homework|coursework|assignments?|essays?|projects?|exams?|tests?|worksheets?)\b/i.test(
            text.slice(c.verbEnd),
          ) ||
          // "complete brief walking tasks … in 80% of opportunities": a skill judged by how
          // often it is done right, as no course attended ever is.
          PERFORMANCE_CRITERION.test(text) ||
          // "will independently complete morning routine": done without help is a skill shown.
          /\bindependently\b/i.test(text.slice(c.subject.end, c.end)) ||
          // "complete Year 12", "complete high school": a year of schooling finished.
          /^\s+(?:(?:the|my|his|her|their)\s+)?(?:(?:year|grade)\s+\d{1,2}|(?:high|secondary|middle|primary)\s+school|sixth form)\b/i.test(
            text.slice(c.verbEnd),
          ) ||
          (/^\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|(?:half|a third|a quarter|three quarters) of)\s/i.test(
            text.slice(c.verbEnd),
          ) &&
            !/^\s+\S+\s+(?:hours?|sessions?|weeks?|modules?|appointments?)\b/i.test(
              text.slice(c.verbEnd),
            ))
        );
      return (
        !takesServiceObject(text, c) &&
        // "log on to my Kooth counselling chat": joining a service online is attending it.
        !/^\s+(?:in\s+|(?:on\s+)?(?:on\s*to|into)\s+)?(?:the|a|an|his|her|their|all|my|your)?\s*(?:[\w-]+\s+|\([^)]{0,40}\)\s+){0,5}?(?:programme|course|sessions?|assessment|work|questionnaire|appointments?|group|counsell?ing|therapy|treatment|rehab(?:ilitation)?)\b/i.test(
          text.slice(c.verbEnd),
        )
      );
      return false;
    }
    case 'owned-thing':
    case 'thing':
    case 'there': {
      if (verb === '') return false;
      if (
        verb === 'be' &&
        c.passive &&
        INPUT_PARTICIPLES.has(c.complement) &&
        !/^\s+up to date/.test(text.slice(c.verbEnd))
      )
        return false;
      if (verb === 'be' && c.complement === 'put') return false;
      // "All communication shall take place through the app", "The vehicle must have child
      // seats": a term of an order or agreement about a thing, not a change in the child. "Should"
      // stays a hope ("her bedroom should be warm") as often as a rule. "There must be no more
      // arguments at home" says what will be seen, as "there will be" does.
      if (kind !== 'there' && isTerm(text, c)) return false;
      // "There should be a planning meeting and a Placement Plan within 5 days": a service or a
      // paper arranged is an input, as "hold a meeting" is ("there will be no more arguments"
      // still says what will be seen).
      if (
        kind === 'there' &&
        verb === 'be' &&
        c.complement !== 'no' &&
        !/^\s+no\b/i.test(text.slice(c.verbEnd)) &&
        SERVICE_OBJECT.test(text.slice(c.verbEnd))
      )
        return false;
      // "Plans for transition to adulthood must be in place", "ensure provision is in place": a
      // plan or a service set up is the input, not what it is for.
      if (
        verb === 'be' &&
        /^\w+\s+(?:already\s+|still\s+)?in place\b/i.test(text.slice(c.verbStart)) &&
        /^\W*(?:(?:the|a|an|any|all|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?:plans?|provision|support|arrangements?|package|services?|agreements?)\b/i.test(
          text.slice(c.subject.start, c.subject.end),
        )
      )
        return false;
      if (THING_INPUT_VERBS.has(verb) && !/^\s+(?:up|down|missing)\b/.test(text.slice(c.verbEnd)))
        return false;
      // "at least 10 of the 12 calls will go ahead": a count of inputs is still an input.
      const subjectText = text.slice(c.subject.start, c.subject.end);
      if (SERVICE_SUBJECT.test(subjectText) && !(verb === 'be' && !c.passive)) return false;
      return true;
    }
    case 'parent':
    case 'family': {
      if (verb === '') return false;
      // "Each parent is responsible for keeping the other informed": a duty, stated as one.
      if (verb === 'be' && c.complement === 'responsible') return false;
      // "Neither of the parents will permit …" forbids it, as "will not permit" does.
      const negated = c.negated || /^neither\b/i.test(text.slice(c.subject.start, c.subject.end));
      // "Carers will never be alone with a child in the car": a rule for the adults, as any
      // prohibition on them is.
      if (verb === 'be') return c.passive ? !INPUT_PARTICIPLES.has(c.complement) : !negated;
      // "will not allow X to have contact with the children" states what the children are
      // protected from; "will not let X into the house" states a rule about the house.
      if (negated && (verb === 'allow' || verb === 'let'))
        return CHILD_MENTION.test(text.slice(c.verbEnd, c.end));
      // "not to smoke cannabis while caring for the baby": a rule for the adult, not a change
      // anyone will see in the child.
      if (negated && verb !== 'be') return false;
      // "Mum would like to see an improvement in Sam's speech": the change seen is the outcome.
      if (
        verb === 'see' &&
        /^\s+(?:an?\s+|some\s+|real\s+)?(?:improvements?|progress|changes?|increases?|reductions?)\b/i.test(
          text.slice(c.verbEnd),
        )
      )
        return true;
      if ((verb === 'have' || verb === 'keep') && takesServiceObject(text, c)) return false;
      // "keep the other informed of the child's address": telling, as "inform" is.
      if (
        verb === 'keep' &&
        /^\s+(?:[\w'’-]+\s+){1,3}?(?:informed|updated|posted)\b/i.test(text.slice(c.verbEnd))
      )
        return false;
      // "complete an assessment and follow all recommendations": doing what the service says.
      if (
        verb === 'follow' &&
        /^\s+(?:(?:all|any)\s+)?(?:(?:the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:recommendations|treatment(?:\s+plan)?)\b/i.test(
          text.slice(c.verbEnd),
        )
      )
        return false;
      // "keep Hollie safe": a duty restated, not a change anyone will see.
      if (verb === 'keep' && /^[^.;]{0,40}?\bsafe\b/.test(text.slice(c.verbEnd))) return false;
      // "… and show the SW", "tell the health visitor": evidence handed to a professional is
      // compliance with the plan, not a change in the child's care.
      if (
        (verb === 'show' || verb === 'tell') &&
        PROFESSIONAL_OBJECT.test(text.slice(c.verbEnd, c.verbEnd + 40))
      )
        return false;
      if (RESULT_VERBS_FOR_ADULTS.has(verb)) return true;
      // "Each parent shall respond within 24 hours", "Neither parent may consume …": a term of
      // an order or agreement states what the adults must do, not a change in the child.
      if (isTerm(text, c)) return false;
      // What a parent does that is not a service input is their changed care of the child.
      return !INPUT_VERBS.has(verb);
    }
    default:
      return false;
  }
}
