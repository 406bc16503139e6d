import type { Analysis } from '../../analyse';
import { NO_OPTIONS, organisationWords, reportWords, type Rule } from '../../rule';
import { endInsertion, isBounded } from '../../features';
import { ABSOLUTES } from '../../lexicon';
import { allMatches, phraseRegex, wordsBefore } from '../../text';

const NO_MORE = /\bno (?:further|more)\b(?! than)/gi;
/** "with no unexcused absences", "free of tantrums": a perfect record asked for from day one. */
const PERFECT_RECORD =
  /\bno (?:unexcused|unauthori[sz]ed|unapproved|unexplained) absences?\b|\bfree (?:of|from) (?:[\w/-]+ ){0,2}?(?:tantrums?|outbursts?|meltdowns?|incidents?|episodes?|aggression|fights?|arguments?)\b/gi;
/**
 * "protected from all forms of violence and abuse", "All of my needs are considered and met",
 * "full autonomy over my decisions": a whole state, with no room for a slip.
 */
const WHOLE_STATE =
  /\b(?:free|freed|protected|safe|kept safe) from all (?:forms|kinds|types) of\b|\ball (?:of )?(?:my|his|her|their|your|the child['’]s) needs (?:are |will be |being )?(?:[\w-]+ and )?met\b|\bfull autonomy\b/gi;
/**
 * "100% accuracy on 4 of 5 trials": a mastery criterion over trials, not a standard for life.
 * "100% of the time" is "always", unless trials bound it ("… of the time across 3 sessions").
 */
const MASTERY =
  /^[^.;]{0,40}?\b(?:on|in|across|over|for)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out\s+)?of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|^\s*(?:accuracy|accurate|of the (?:words|sounds|questions|items|steps))|^\s*of (?:the |his |her |their )?(?:[\w-]+ ){0,3}(?:words|letters|sounds|numbers|facts|items|questions|steps|skills|problems|colours|colors|shapes)\b|^\s*of (?:the )?(?:opportunities|trials|occasions|attempts|probes|time)\s+(?:across|over|for|on|in)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:consecutive\s+)?(?:[\w-]+\s+)?(?:days|sessions|weeks|probes|trials|lessons)\b/i;
/**
 * "There will be no domestic abuse in the home", "Amy will have no missing episodes": with no
 * window at all, none of a harm or a habit is "never again" in other words.
 */
/**
 * "will not miss a single session", "without missing a dose", "no mistakes": a perfect record,
 * "every single" in other words.
 */
const NOT_A_SINGLE =
  /\b(?:(?:not|never|n['’]t)\s+(?:[\w-]+\s+){1,3}?a single|without (?:missing|fail(?:ing)?|skipping) (?:a|any|one)(?: single)?|no (?:mistakes|errors|slips|lapses))\b/gi;
/**
 * "Kai will attend school every day", "Attend all classes", a family's "We want Tomas back at
 * school every day": full attendance, "100%" in other words.
 */
const SCHOOL_EVERY_DAY =
  /\b(?:(?:attend|attends|attending|be|is|are|being|go|goes|going)\s+(?:back\s+)?|back\s+)(?:to\s+|in\s+|at\s+)?(?:school|nursery|college|lessons|classes)\b[^.;]{0,20}?\b(?:every|each)\s+(?:single\s+)?(?:school\s+)?day\b|\b(?:attend|attends|attending|go to|goes to|appear for|be (?:at|in)) (?:all|each of|every one of) (?:my |his |her |their |your |the )?(?:classes|lessons)\b/gi;
/**
 * "every day, with attendance of at least 95%": the plan's own threshold says how much of every
 * day is asked, so "every day" is the aim, not a standard of 100%.
 */
const ATTENDANCE_THRESHOLD =
  /\b(?:[1-9]\d(?:\.\d+)?\s*(?:%|per ?cent)|\d+\s+(?:out\s+)?of\s+(?:every\s+)?(?:the\s+)?\d+\s+(?:school\s+)?(?:days|sessions|half[- ]days))/i;
/**
 * "every day, unless he is ill", "except for medical appointments": the plan names the absences
 * it allows, so "every day" asks for what can be kept.
 */
const ALLOWED_ABSENCE =
  /\b(?:unless|except|apart from|other than|barring)\b[^.;]{0,40}?\b(?:ill|illness|unwell|sick|poorly|medical|appointments?|authori[sz]ed|exceptional)\b/i;
const NONE_OF_HARM =
  /\bno (?!further\b|more\b)(?:[\w-]+ ){0,2}?(?:incidents?|episodes?|violence|abuse|offences?|offending|exclusions?|arrests?|call-?outs?|fights?|fighting|arguments?|arguing|self[- ]harm(?:ing)?)\b/gi;
/** "Child will abide by all local, state, and federal laws": every rule, kept for good. */
const ALL_THE_RULES =
  /\b(?:obey|obeys|abide by|abides by|follow|follows|comply with|complies with|keep to|keeps to|stick to|sticks to) all (?:[\w-]+,? (?:and )?){0,4}?(?:laws|rules)\b/gi;
const ALL_THE_RULES_AT = new RegExp(`^${ALL_THE_RULES.source}$`, 'i');
/**
 * Conditions that keep a child safe: they hold completely, so the advice is never a frequency.
 * Contact is harm when it is contact with someone, not the contact session a rule is about
 * ("will not use contact to raise issues").
 */
const HARM =
  /\b(?:hit|hits|hitting|smack|hurt|(?<!self[- ])harm|shake|punish|physical|violen|abus|assault|threat|intimidat|unsupervised|supervised|alone|contact(?= with)|(?:any|no|direct|indirect|have|has|having) contact|drink|drunk|alcohol|drugs?|cannabis|cocaine|heroin|smok|weapon|knife|exploit|(?:re)?offend(?!ers?\b)|offences?\b|crim(?:e|es|inal)\b|steal|shoplift|into the (?:home|house|flat|property)|stay (?:over|overnight)|left with)/i;
/** Care that keeps a child safe, asked for positively: sober, supervised, safe care. */
const KEPT_SAFE =
  /\b(?:sober|supervised|supervision|(?:cared for|looked after|with) (?:by )?(?:a |an )?(?:safe|sober|named|responsible|approved) (?:adult|carer|person)|kept safe|safe adult)\b/i;
/** Habits that do not stop at once because a plan says so. */
const HABIT =
  /\b(?:(?:lose|loses|losing|lost) (?:his|her|their|my|your) temper|argu|fight|yell|shout|scream|row(?:s|ing)?\b|gambl|self[- ]harm|go(?:ing)? missing|run(?:ning)? away)/i;
// "Zachary not to hit his neighbours" is "Zachary will not hit his neighbours" as agreements write
// it, who first; agreeing, trying or learning not to is said another way.
const PROHIBITION =
  /^\s*(?:not|no|do not|don['’]t)\b|\b(?:will|must|should|shall|to|is|are) (?:not|no longer)\b(?!\s+(?:be|only|just|more|less|have to|need))|\b(?:won|mustn|shouldn|shan)['’]t\b|(?<=^\W*(?:(?!(?:agrees?|agreed|try|tries|tried|learns?|learning|learnt|learned|how|has|have|had|will|is|are|was|were)\b)[a-z'’-]+\s+){1,3})not to\b(?!\s+(?:be|only|just|more|less|have to|need))/i;
/** A prohibition tied to a situation ("when the child is in their care") has its window. */
const CONDITION =
  /\b(?:when|whenever|while|whilst|during|if|unless|in front of|around|until|before|after|at contact|without (?:the|a|an))\b/i;
/** "at any time" after a "not" asks as much as "never"; "call at any time" offers help. */
const AT_ANY_TIME = /\bat any (?:one )?(?:time|point)\b/gi;
/** A state that is to hold: "is present", "are on the premises", "remains with them". */
const STATE_HELD =
  /\b(?:is|are|be|remains?|stays?)\s+(?:present|on the premises|with|in the room|on site|available)\b/i;
const PERMISSION = /\b(?:can|may|could|might|free to|welcome to|able to)\b/i;
/** What a rule of talk is about ("discussion concerning any alleged abuse") is not the act. */
const TOPIC = /\b(?:about|concerning|regarding|relating to|in relation to)\b[^.;,]*/gi;
const UPSET =
  /\b(?:when|if|whenever)\s+(?:(?:I|you|he|she|they)\s+)?(?:(?:am|are|is|feel|feels|get|gets|become|becomes)\s+)?(?:upset|angry|cross|frustrated|stressed|annoyed|mad)\b/i;
const ARRANGEMENT =
  /^\s*(?:to\s+)?(?:have|let \w+ (?:in|into|stay|near|back)|allow|permit|(?:be )?(?:permitted|allowed)|bring|invite|leave|be (?:left|alone|in)|go (?:to|near|into)|contact|see|visit|stay|live|share|take \w+ (?:to|out|into|away)|give|meet|collect|sleep|associate with|own|possess|attend)\b/i;
/** "If you ever feel unsafe, call 999": "ever" in a condition says when the plan applies. */
const CONDITIONAL_EVER = /\b(?:if|when|in case)\b[^.;,!?]{0,60}$/i;
/** "fully up to date with her immunisations": a record put right. */
const RECORD_PUT_RIGHT =
  /^\s+(?:up to date|vaccinated|immuni[sz]ed|registered|furnished|equipped)\b/i;

/**
 * An absolute word used in a sense that sets no standard: "100% accuracy on 4 of 5 trials" (a
 * mastery criterion), "If you ever feel unsafe", "than ever", "ever since", "be fully up to date
 * with her immunisations", "he can always talk to Miss Patel" (who is there for him).
 */
function setsNoStandard(text: string, h: { start: number; end: number; text: string }): boolean {
  const word = h.text.toLowerCase();
  const before = wordsBefore(text, h.start);
  const after = text.slice(h.end);
  if (word.startsWith('100') && MASTERY.test(after)) return true;
  // "Limit 100% fruit juice": what a thing is made of, not a standard to keep.
  if (
    word.startsWith('100') &&
    /^\s+(?:fruit|juice|pure|cotton|wool|natural|organic)\b/i.test(after)
  )
    return true;
  if (word === 'ever')
    return (
      CONDITIONAL_EVER.test(before) ||
      /\bthan\s+$/i.test(before) ||
      /^\s+(?:since|before)\b/i.test(after) ||
      // "dental examinations ever six months": "every" with its last letter dropped.
      /^\s+(?:\d+|two|three|four|six|other|second)\s+(?:days?|weeks?|months?|years?)\b/i.test(after)
    );
  if (/(?:fully|100%)$/.test(word) && RECORD_PUT_RIGHT.test(after)) return true;
  return word === 'always' && /\bcan\s+$/i.test(before);
}
const NEGATION = /\b(?:never|not|no|without|nobody|none|zero)\b|\w['’]t\b|\b0-?\s*tolerance\b/i;

/** "Never", "always", "at all times": a standard nobody keeps, so the plan is set up to fail. */
const BUILT_IN = phraseRegex(ABSOLUTES);

const rule: Rule = {
  id: 'realistic/absolute',
  criterion: 'realistic',
  description: 'No absolutes ("never", "always", "at all times", "100%") without a stated window.',
  why: 'An absolute is broken by one slip, and then the plan reads as failed even when things are improving.',
  severity: 'error',
  takes: { words: true },
  messages: {
    absolute:
      '"{{words}}" sets a standard nobody can keep: give a realistic target (for example "on at least 4 days out of 5") and a period.',
    safety:
      '"{{words}}" leaves a safety rule open-ended: keep the rule, bound it to the plan, and say who will check it, how often, and who is told if it is broken.',
  },
  check({ analysis, options }) {
    // A bounded window ("until the review conference") makes a firm rule a fair, checkable one.
    if (isBounded(analysis)) return [];
    const text = analysis.text;
    const hits = [...allMatches(BUILT_IN, text), ...organisationWords(options, text)].filter(
      (h) => !setsNoStandard(text, h),
    );
    // "no further incidents" with no window at all is "never again" in other words.
    if (analysis.times.length === 0)
      hits.push(
        ...allMatches(NO_MORE, text),
        ...allMatches(NONE_OF_HARM, text),
        ...allMatches(ALL_THE_RULES, text),
      );
    // A perfect record asked for from day one, unless it is a mastery criterion over trials.
    const wholeState = /\ball\b|autonomy/i.test(text) ? allMatches(WHOLE_STATE, text) : [];
    hits.push(...wholeState);
    for (const record of [PERFECT_RECORD, SCHOOL_EVERY_DAY, NOT_A_SINGLE])
      hits.push(
        ...allMatches(record, text).filter(
          (h) =>
            !MASTERY.test(text.slice(h.end)) &&
            !(
              record === SCHOOL_EVERY_DAY &&
              (ATTENDANCE_THRESHOLD.test(text) || ALLOWED_ABSENCE.test(text.slice(h.end)))
            ),
        ),
      );
    // "Dad will not come to the family home at any time": "never" in other words. "At least one
    // member of staff is on the premises at any one time": a state that must hold at every
    // moment is "at all times" in other words; "you can ask at any time" offers.
    const neverAtAnyTime: typeof hits = [];
    const alwaysAtAnyTime: typeof hits = [];
    for (const h of allMatches(AT_ANY_TIME, text)) {
      const before = text.slice(0, h.start);
      if (NEGATION.test(before)) neverAtAnyTime.push(h);
      if (STATE_HELD.test(before) && !PERMISSION.test(before)) alwaysAtAnyTime.push(h);
    }
    hits.push(...neverAtAnyTime, ...alwaysAtAnyTime);
    // "Zachary will not hit his neighbours", "Not take illegal drugs": a prohibition with no
    // window and no condition is "never" in other words.
    // "Your child's door should not lock": a rule about a thing, kept once it is set up.
    const aboutThing = ['thing', 'owned-thing'].includes(analysis.clauses[0]?.subject.kind ?? '');
    if (
      hits.length === 0 &&
      !aboutThing &&
      analysis.times.length === 0 &&
      analysis.quantities.length === 0
    ) {
      const not = PROHIBITION.exec(text);
      // "not to have contact with Rhys", "not let Jason into the house" are arrangements that
      // can be kept; "will not hit", "not take drugs" ask for perfect self-control for ever.
      const arrangement = not !== null && ARRANGEMENT.test(text.slice(not.index + not[0].length));
      // "Do not swear at the centre", "Not damaging the property": a rule of conduct for a
      // place, kept from the day it is agreed; giving up a habit or harm at once is the absolute.
      // "when I am upset" is when a habit happens, not a window that ends it.
      const harm = HARM.test(text.replace(TOPIC, ' '));
      const habit = HABIT.test(text);
      const window = CONDITION.test(text) && !(habit && !harm && UPSET.test(text));
      if (not && !arrangement && !window && (harm || habit))
        hits.push({ start: not.index, end: not.index + not[0].length, text: not[0] });
    }
    if (hits.length === 0) return [];
    // A safety rule ("Dad will never hit the children") must hold completely: the fix is a window
    // and a check, never a target such as "4 days out of 5".
    // Keeping someone away ("will not come to the home at any time") is a safety rule too.
    // Keeping the law is a safety rule too: "obey all laws on 4 days out of 5" is no advice.
    // So is an adult's presence that must hold at every moment: a rota, not a target.
    const safety =
      (NEGATION.test(text) && (HARM.test(text) || neverAtAnyTime.length > 0)) ||
      // "Isla will always be cared for by a sober adult": care that keeps a child safe is a
      // safety rule when asked for positively too, never "on 4 days out of 5".
      KEPT_SAFE.test(text) ||
      alwaysAtAnyTime.length > 0 ||
      // "protected from all forms of abuse": safety, never "on 4 days out of 5".
      (wholeState.length > 0 && HARM.test(text)) ||
      hits.some((h) => ALL_THE_RULES_AT.test(h.text));
    if (!safety) return reportWords(hits, 'absolute');
    const at = endInsertion(text);
    // What is reported is the harm that happens, or the safe care that is not kept.
    const breach =
      NEGATION.test(text) || !KEPT_SAFE.test(text) ? 'if it happens' : 'if it is not kept';
    const addition = `, while this plan is in place; [who] will check this [how often] and tell the social worker the same day ${breach}`;
    return hits.map((h, i) => ({
      messageId: 'safety',
      data: { words: h.text },
      start: h.start,
      end: h.end,
      ...(i === 0
        ? {
            suggestion: {
              start: at,
              end: at,
              text: addition,
              label: 'Bound the rule and say how it is checked',
              placeholder: {
                start: at + addition.indexOf('[who]'),
                end: at + addition.indexOf('[who]') + '[who]'.length,
              },
              safe: false,
            },
          }
        : {}),
    }));
  },
  examples: {
    valid: [
      'Kacper will be in school every day, with attendance of at least 95% by the February review.',
      // The absences the plan allows are written in.
      'I will make sure Mason is at school every day and on time, unless he is ill, from 7 January 2027.',
      // What a thing is made of is no standard.
      'Kai will drink no more than 150 ml of 100% fruit juice a day, from 1 March 2027.',
      'Mum will not allow Darren to have any contact with the children while the plan is in place.',
      'The meters are never left without credit, checked at each fortnightly visit until the TAF review in March.',
      'Mia will spell her 10 weekly words with 100% accuracy on 4 of 5 tests by March 2027.',
      'Sam will use his AAC device 100% of the time across 3 consecutive sessions by July 2027.',
      'Mum will not drink alcohol when the children are in her care.',
      'Do not swear at staff or other young people at the centre.',
      // Coming to a session sober is a rule of conduct for the session, kept from the day agreed.
      'Do not attend contact under the influence of alcohol or drugs.',
      // Keeping away from people and from weapons: conditions kept, as contact rules are.
      'Do not own or use a firearm or other weapon.',
      'Do not associate with gang members or anyone involved in the offence.',
      'If you ever feel unsafe at home, call 999 and go to the neighbour at number 12.',
      'Ava will see the dentist ever six months, booked by her foster carer.',
      'Jack will be fully up to date with his immunisations by 1 February 2027.',
      'Mia can ring her social worker or the out-of-hours team at any time.',
      'Mum can ask for a review of the plan at any time, and it is reviewed every six months.',
      'Ruby will be 100% up to date with her immunisations by 1 April 2027.',
      'Jayden will know that he can always talk to Miss Patel at school when he is worried.',
      // Rules of conduct at contact and about what is said: kept from the day they are agreed.
      'Mum and Dad will not use contact to raise issues about the care plan.',
      'Mum must not question Kai about the alleged abuse.',
      'Amy will have no missing episodes between now and the review on 3 March 2027.',
      'Mia will read her 20 key words with no errors on 4 of 5 probes by March 2027.',
      'Kai will attend school on at least 4 days every week until the review on 3 March 2027.',
      // The plan's own length is a window ("the CP plan", "the CIN plan").
      'No domestic abuse incidents reported to the police for the duration of the CP plan.',
      // The offender is who the rule is for, not an offence.
      'The offender is not to sit with a child on his lap.',
    ],
    invalid: [
      {
        // A baby's safe care, asked for positively: the safety advice, never a frequency.
        text: 'Isla will always be cared for by a sober adult who keeps her safe.',
        errors: [
          {
            messageId: 'safety',
            marked: 'always',
            output:
              'Isla will always be cared for by a sober adult who keeps her safe, while this plan is in place; [who] will check this [how often] and tell the social worker the same day if it is not kept.',
          },
        ],
      },
      {
        text: 'Attend all classes.',
        errors: [{ messageId: 'absolute', marked: 'Attend all classes' }],
      },
      {
        // A whole state, written in the present: as "will be fully".
        text: 'Kai is fully engaged in all his lessons by the review on 11 February 2027.',
        errors: [{ messageId: 'absolute', marked: 'is fully' }],
      },
      {
        text: 'Leo will wear his hearing aids during all waking hours.',
        errors: [{ messageId: 'absolute', marked: 'all waking hours' }],
      },
      // "100% of the time" is "always"; bounded by trials it would be a mastery criterion.
      {
        text: 'Sam will follow the class rules 100% of the time by July 2027.',
        errors: [{ messageId: 'absolute', marked: '100%' }],
      },
      {
        text: 'Dad will not come to the family home at any time.',
        errors: [
          {
            messageId: 'safety',
            marked: 'at any time',
            output:
              'Dad will not come to the family home at any time, while this plan is in place; [who] will check this [how often] and tell the social worker the same day if it happens.',
          },
        ],
      },
      // An adult's presence at every moment is a safety rule: bound it and check it.
      {
        text: 'At least one member of staff with first aid training is on the premises at any one time.',
        errors: [
          {
            messageId: 'safety',
            marked: 'at any one time',
            output:
              'At least one member of staff with first aid training is on the premises at any one time, while this plan is in place; [who] will check this [how often] and tell the social worker the same day if it happens.',
          },
        ],
      },
      {
        text: 'All of my needs are considered and met.',
        errors: [{ messageId: 'absolute', marked: 'All of my needs are considered and met' }],
      },
      {
        text: 'Ava will be protected from all forms of abuse.',
        errors: [
          {
            messageId: 'safety',
            marked: 'protected from all forms of',
            output:
              'Ava will be protected from all forms of abuse, while this plan is in place; [who] will check this [how often] and tell the social worker the same day if it happens.',
          },
        ],
      },
      {
        text: 'Sam will under no circumstances be late for school.',
        errors: [{ messageId: 'absolute', marked: 'under no circumstances' }],
      },
      {
        text: 'Kai will attend school with no unauthorised absences.',
        errors: [{ messageId: 'absolute', marked: 'no unauthorised absences' }],
      },
      {
        text: 'Amy will have no missing episodes.',
        errors: [{ messageId: 'absolute', marked: 'no missing episodes' }],
      },
      {
        text: 'Kai will attend school every day.',
        errors: [{ messageId: 'absolute', marked: 'attend school every day' }],
      },
      // A family's goal in its own words (found by trial).
      {
        text: 'We want Tomas back at school every day.',
        errors: [{ messageId: 'absolute', marked: 'back at school every day' }],
      },
      {
        text: 'Dad will not miss a single contact session.',
        errors: [{ messageId: 'absolute', marked: 'not miss a single' }],
      },
      {
        text: 'Leah will make no mistakes in her spelling test.',
        errors: [{ messageId: 'absolute', marked: 'no mistakes' }],
      },
      {
        text: 'Leo will no longer self-harm.',
        errors: [{ messageId: 'absolute', marked: 'no longer self-harm' }],
      },
      {
        text: 'Sam will not reoffend.',
        errors: [
          {
            messageId: 'safety',
            marked: 'will not',
            output:
              'Sam will not reoffend, while this plan is in place; [who] will check this [how often] and tell the social worker the same day if it happens.',
          },
        ],
      },
      {
        text: 'Tyler will obey all the laws.',
        errors: [
          {
            messageId: 'safety',
            marked: 'obey all the laws',
            output:
              'Tyler will obey all the laws, while this plan is in place; [who] will check this [how often] and tell the social worker the same day if it happens.',
          },
        ],
      },
      {
        text: 'Jack will not shout or slam doors when he is angry.',
        errors: [{ messageId: 'absolute', marked: 'will not' }],
      },
      {
        text: 'Mum and Dad will not argue.',
        errors: [{ messageId: 'absolute', marked: 'will not' }],
      },
      {
        text: 'Mum will never let Darren into the family home again.',
        errors: [{ messageId: 'absolute', marked: 'never' }],
      },
      {
        text: 'Jack will be clean at all times.',
        errors: [{ messageId: 'absolute', marked: 'at all times' }],
      },
      {
        text: 'Leo will have 100% attendance at school from tomorrow.',
        errors: [{ messageId: 'absolute', marked: '100%' }],
      },
      {
        text: 'There will be no further incidents, ever.',
        errors: [
          { messageId: 'absolute', marked: 'no further' },
          { messageId: 'absolute', marked: 'ever' },
        ],
      },
      {
        // The child's own self-harm is a change to aim for, not a rule an adult keeps.
        text: 'Kacey is to have no further incidents of self-harm.',
        errors: [{ messageId: 'absolute', marked: 'no further' }],
      },
      {
        text: 'Dad will never hit the children again.',
        errors: [
          {
            messageId: 'safety',
            marked: 'never',
            output:
              'Dad will never hit the children again, while this plan is in place; [who] will check this [how often] and tell the social worker the same day if it happens.',
          },
        ],
      },
      {
        text: 'Dad will not hit the children.',
        errors: [
          {
            messageId: 'safety',
            marked: 'will not',
            output:
              'Dad will not hit the children, while this plan is in place; [who] will check this [how often] and tell the social worker the same day if it happens.',
          },
        ],
      },
      {
        text: 'Everyone at home will keep to zero tolerance for threats.',
        errors: [
          {
            messageId: 'safety',
            marked: 'zero tolerance',
            output:
              'Everyone at home will keep to zero tolerance for threats, while this plan is in place; [who] will check this [how often] and tell the social worker the same day if it happens.',
          },
        ],
      },
    ],
  },
};
export default rule;

/**
 * Does this objective hold a safety rule left open-ended (the `safety` finding above: "…that he
 * never drinks when caring for them")? Its measure and its time are then the rule's, who checks
 * it and "while this plan is in place", never a record or "by [date]", which would read as leave
 * to break it until then: every letter's advice is the one fix (smart-criteria.md: safety rules
 * are not targets).
 */
export function openSafetyRule(analysis: Analysis): boolean {
  // Asked by two letters of the same objective: read once.
  let open = OPEN_SAFETY.get(analysis);
  if (open === undefined) {
    open = rule
      .check({ text: analysis.text, analysis, options: NO_OPTIONS })
      .some((r) => r.messageId === 'safety');
    OPEN_SAFETY.set(analysis, open);
  }
  return open;
}

const OPEN_SAFETY = new WeakMap<Analysis, boolean>();
