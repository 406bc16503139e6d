import { organisationWords, reportWords, type Rule } from '../../rule';
import { inPurposeTail, quantifiedClause } from '../../features';
import { allMatches, overlaps, phraseRegex } from '../../text';

const CONFIDENT = String.raw`(?:more |completely |fully )?confident`;
/** Those whose confidence a safety goal is written for, earlier in its sentence. */
const PROFESSIONALS_BEFORE = String.raw`\b(?:everyone|everybody|network|services|professionals|agencies|we)\b[^.;]{0,100}?`;

/** Standards nobody can agree on: safe by whose measure, tidy to whom? */
export const VAGUE_STANDARDS = [
  // "respect staff and each other": a standard of conduct nobody has described.
  String.raw`respect (?:staff|others|each other|one another|everyone|adults|carers|teachers)\b(?!['’]s)`,
  String.raw`(?:be|feel|feels|keep (?:\w+ ){0,2}\w+|kept|stay|remain) (?:more |feeling )?(?:safe|safer)`,
  // "a safe and comfortable family environment", "safe, stable housing": safe by whose measure?
  String.raw`(?:safe|clean|friendly|loving|caring|warm)(?:,? (?:and )?[\w-]+){0,2} (?:environment|home|housing|surroundings)`,
  // "read and comprehend well", "settle well", "self-sufficient": well by whose measure?
  String.raw`(?:read|write|eat|sleep|cope|manage|settle|do|play|communicate|listen|comprehend|speak|concentrate|get on|get along)s? (?:very |really |quite )?well\b(?! as\b| enough\b)`,
  String.raw`self-sufficien(?:t|cy)`,
  // "stop being mean to his friends", "be kind to her brother", "appear to be paying attention":
  // kind or paying attention by whose measure?
  String.raw`(?:be|being|is|are) (?:nice|nicer|kind|kinder|mean|good|friendly|friendlier)(?= (?:to|with)\b)`,
  String.raw`appears? to be`,
  String.raw`happ(?:y|ier|iness)`,
  // "an enjoyable life", "quality time", "reduced distress", "listen attentively": good things
  // nobody has described.
  String.raw`enjoyable`,
  String.raw`quality time`,
  String.raw`reduced (?:anxiety|distress|stress|worry|worries)`,
  String.raw`attentive(?:ly)?`,
  String.raw`tidy`,
  String.raw`be clean(?! and free| of)`,
  String.raw`appropriate(?:ly)?`,
  String.raw`adequate(?:ly)?`,
  String.raw`suitable`,
  // "a C or better", "level 4 or better": the grade named is the standard.
  String.raw`(?<!\bor )better`,
  String.raw`stable`,
  String.raw`settled`,
  String.raw`needs (?:will be |are |to be )?(?:[a-z]+ and )?met`,
  String.raw`expected progress`,
  String.raw`(?:emotional )?wellbeing`,
  // "bowel function restored to normal", "maximum movement ability", "optimal nutrition", "feels
  // okay": a nursing or therapy goal's standard nobody has described ("within normal limits",
  // "a maximum of 14 units", "with maximal cues", a level of prompting, name one).
  String.raw`(?:to|back to|return to|returns to) normal\b(?! (?:range|limits|levels?)\b)`,
  String.raw`(?:maximum|maximal|optimal|optimum)(?! (?:of )?\d)(?! of\b)(?! (?:cues?|prompts?|prompting|assistance|assist|support|help)\b)`,
  String.raw`(?:feel|feels|feeling|is|are) (?:ok|okay|alright|all right)\b`,
  String.raw`less anxious`,
  // A Signs of Safety safety goal says what the professionals must see before they are
  // confident ("everyone in the safety network will be confident that the baby will be looked
  // after by an adult who is sober"): the clause after "that" is the standard, not the feeling.
  // Read back from "confident" once it is found: before it, the look back ran at every word.
  String.raw`${CONFIDENT}(?<!${PROFESSIONALS_BEFORE}${CONFIDENT})|${CONFIDENT}(?! that\b)`,
  String.raw`honest(?:ly)?`,
  String.raw`spotless`,
  String.raw`immaculate`,
  String.raw`have access to`,
  String.raw`(?:be |kept |being )?(?:protected|safeguarded)`,
  // "the regular education classroom", "regular or standardized testing": the mainstream or
  // routine one, not how often.
  String.raw`regular(?:ly|(?!\s+(?:education|ed\b|classrooms?|class(?:es)?\b|school|curriculum|setting|(?:or|and)\s+standardi[sz]ed)))`,
  String.raw`(?:be |become |more )independent`,
  String.raw`out of trouble`,
  String.raw`(?:more )?aware`,
  String.raw`open(?:ly)? with`,
  String.raw`co-?operative`,
  String.raw`consistent(?:ly)?`,
  String.raw`protective`,
  String.raw`supportive`,
  String.raw`nurturing`,
  // "the responsible manager", "the responsible individual" (a children's home's registered
  // role) are titles, not a standard of conduct; "responsible for convening the meeting" hands
  // someone a task, unless the task is itself only watching or keeping ("responsible for
  // monitoring compliance", "for keeping himself advised"). "Responsible: Tom Whitcombe" labels who.
  String.raw`responsible(?!\s*(?:person\s*)?:)(?! (?:manager|individual|officer|party|clinician|authority)\b)(?! for (?:the |a |an |(?!(?:monitoring|supporting|ensuring|keeping|reviewing)\b)\w+ing\b))`,
  String.raw`proper(?:ly)?`,
  String.raw`reasonable`,
  String.raw`calmer`,
  // "positive behaviour support" is a named approach (PBS) with a plan of its own.
  String.raw`positive(?! behaviou?r support)`,
  String.raw`good enough`,
  String.raw`polite(?:ly)?`,
  String.raw`respectful(?:ly)?`,
  String.raw`sensible`,
  String.raw`well[- ]behaved`,
  String.raw`healthy relationships?`,
  String.raw`(?:his|her|their) anger`,
  String.raw`the concerns`,
  String.raw`the risks?`,
  String.raw`needs first`,
  String.raw`be kind(?:er)?`,
  String.raw`inappropriate(?:ly)?`,
  String.raw`excessive(?:ly)?`,
  // "good care", "academic progress good", "a good neighbour": good by whose measure? ("in good
  // standing", "in good time" and "a good idea" are set phrases, not standards).
  String.raw`(?<!\bin )(?:a )?good(?: (?:personal )?hygiene| behaviou?r| job| relationships?)?\b(?! (?:idea|news|luck|morning|afternoon|evening|enough|friday)\b)`,
  String.raw`respecting`,
  String.raw`respect for`,
  // "show respect", "takes responsibility for his violence", "treats us well", "use kind
  // words": conduct everyone would sign up to and nobody has described.
  String.raw`(?:show|shows|showing|mutual|with) respect`,
  String.raw`(?:take|takes|taking|took|accept|accepts|accepting) (?:full |more )?(?:personal )?responsibility`,
  String.raw`(?:treat|treats|treating|behave|behaves|behaving) (?:\w+ )?well`,
  String.raw`kind words`,
];

/** Built once: the organisation's own words are matched apart (organisationWords). */
const BUILT_IN = phraseRegex(VAGUE_STANDARDS, true);

/**
 * "tidy enough to walk across the floor", "clean enough for the baby to crawl on": the test that
 * follows says what the standard is.
 */
const TESTABLE_STATE = /^(?:be\s+)?(?:tidy|clean|clear|spotless|immaculate)$/i;
const SPELT_OUT = /^\s+enough\s+(?:to|for)\s+\w+/i;
/**
 * "If I feel I can't keep myself safe I will go to A&E", "When Mia does not feel safe at home, she
 * will ring Hannah": a feeling that opens a safety plan's step is its trigger, which only the
 * person can judge; the step that follows is the standard.
 */
const FEELING_TRIGGER =
  /^\W*(?:if|when|whenever|as soon as)\s+(?:(?!\b(?:will|shall|must|should)\b)[^,;:.])*?\b(?:feel|feels|felt|feeling)\b(?:(?!\b(?:will|shall|must|should)\b)[^,;:.])*$/i;
const REPORT_SHOWS =
  /\b(?:report|assessment|review|letter|evaluation)\s+(?:will\s+)?(?:shows?|confirms?|records?)\s+(?:that\s+)?(?:he|she|they|[A-Z][a-z]+|mum|dad)\s+$/i;

const rule: Rule = {
  id: 'specific/vague-standard',
  criterion: 'specific',
  description:
    'The objective names a standard someone else could check, not "safe", "happy" or "appropriate".',
  why: 'People judge "safe" or "appropriate" differently, so the family cannot know when they have done enough.',
  severity: 'error',
  takes: { words: true },
  messages: {
    vague:
      '"{{words}}" means different things to different people: describe what will be seen instead.',
  },
  check({ analysis, options }) {
    const allowed = options.allow.map((w) => w.toLowerCase());
    const hits = [
      ...allMatches(BUILT_IN, analysis.text),
      ...organisationWords(options, analysis.text),
    ].filter((m) => !allowed.includes(m.text.toLowerCase()));
    // A number or a benchmark pins the standard down; a named service or event does not.
    if (hits.length === 0 || analysis.benchmarks.length > 0) return [];
    const vague = hits.filter(
      (h) =>
        // "the Refugee Wellbeing Service": a word in a service's name is no standard.
        !analysis.namedServices.some((s) => overlaps(s, h)) &&
        !quantifiedClause(analysis, h) &&
        !inPurposeTail(analysis.text, h.end) &&
        !(TESTABLE_STATE.test(h.text) && SPELT_OUT.test(analysis.text.slice(h.end))) &&
        !FEELING_TRIGGER.test(analysis.text.slice(0, h.start)) &&
        // "regular weekly contact", "regularly, at least twice a week": the frequency says how
        // regular.
        !(/^regular/i.test(h.text) && analysis.frequencies.length > 0) &&
        // "the facilitator's report will show he takes responsibility": a named professional's
        // report judges it, which is what the standard lacked.
        !REPORT_SHOWS.test(analysis.text.slice(Math.max(0, h.start - 60), h.start)),
    );
    if (vague.length === 0) return [];
    return reportWords(vague, 'vague');
  },
  examples: {
    valid: [
      // A Signs of Safety safety goal: what the network must see is the standard, not a feeling.
      'Everyone in the safety network will be confident that Ava is collected from nursery by a sober adult every day, as the nursery manager records.',
      // A grade "or better" names the standard (a probe written for this rule).
      'Jaylen will get a C or better in all his classes by the end of the fall semester, as shown on his report card.',
      // What it is for, after the concrete what, is the reason, not the task (real set Z).
      'Sam will go to the Saturday youth club with Leo every week to help his emotional wellbeing.',
      'Sam will go to the Saturday youth club every week. This promotes his emotional wellbeing.',
      // Set phrases with "good" in them set no standard.
      'Sam will hand in his homework in good time every Friday until Easter.',
      'Mum will have the keys back by Good Friday.',
      // The frequency says how regular.
      'Kai and Nia will have regular weekly contact with their mum at the family centre.',
      'Kai will read aloud in the regular education classroom.',
      // "as well as" compares; it sets no standard.
      'Ruby will read as well as the other children in her class by July 2027, on the school’s reading assessment.',
      // A move on a scaling question pins "more confident" down.
      'Mum will feel more confident handling the tantrums, moving from 3/10 to 7/10 on the scaling question the social worker asks at each visit.',
      // A named professional's report judges the standard.
      "Dad will complete the Caring Dads programme by June 2027, and the facilitator's report will show he takes responsibility for the harm caused.",
      'Noah will have a safe bed with a clean mattress by 20 December 2026, seen by the social worker.',
      // A feeling that opens a safety plan's step is its trigger: the step is the standard.
      "If I feel I can't keep myself safe I will go to A&E at Fairfield General or ring 999.",
      'When Mia does not feel safe at home, she will ring Hannah on 0300 123 4567 the same day.',
      'Ruby will be ready for school on time.',
      'My bedroom will be tidy enough to walk across the floor when my social worker visits each month.',
      'Hamid will be seen by the Refugee Wellbeing Service by 20 January 2027.',
      "The home's responsible individual will review Jordan's missing episodes at each monthly visit.",
      // Being responsible for a task names who does it: the task is judged as any task is.
      'The social worker is responsible for convening the meeting and sending the invitations.',
      // A label that says who, as a plan's detail line does.
      'Shannon to see her GP about her mood by 26/05/2027. Responsible: Shannon Morrell',
    ],
    invalid: [
      {
        // Met by whose measure, whatever is done to them first.
        text: 'All of Jamal’s needs are assessed and met by the summer term.',
        errors: [{ messageId: 'vague', marked: 'needs are assessed and met' }],
      },
      {
        // Good by whose measure? (real sets N, S and Y).
        text: 'Mum will take good care of the children.',
        errors: [{ messageId: 'vague', marked: 'good' }],
      },
      {
        text: 'Academic progress good by the summer term.',
        errors: [{ messageId: 'vague', marked: 'good' }],
      },
      {
        // A condition that is no feeling is what has to be reached first.
        text: 'When the house is kept clean and tidy, Leo will come home for weekends.',
        errors: [{ messageId: 'vague', marked: 'tidy' }],
      },
      {
        text: 'Dad will take responsibility for his behaviour by March 2027.',
        errors: [{ messageId: 'vague', marked: 'take responsibility' }],
      },
      {
        text: 'Mum will be responsible for monitoring who visits the house.',
        errors: [{ messageId: 'vague', marked: 'responsible' }],
      },
      {
        text: 'Sam will show respect to staff at the centre.',
        errors: [{ messageId: 'vague', marked: 'show respect' }],
      },
      { text: 'Charlie will be safe.', errors: [{ messageId: 'vague', marked: 'be safe' }] },
      { text: 'Maya will feel happier.', errors: [{ messageId: 'vague', marked: 'happier' }] },
      {
        text: 'Ari will spend quality time with his mentor.',
        errors: [{ messageId: 'vague', marked: 'quality time' }],
      },
      {
        text: 'Mum will provide a safe and comfortable home.',
        errors: [{ messageId: 'vague', marked: 'safe and comfortable home' }],
      },
      { text: 'Mum will keep the house tidy.', errors: [{ messageId: 'vague', marked: 'tidy' }] },
      {
        text: 'Jay will settle well at his new school.',
        errors: [{ messageId: 'vague', marked: 'settle well' }],
      },
      {
        text: 'Leah will become self-sufficient.',
        errors: [{ messageId: 'vague', marked: 'self-sufficient' }],
      },
      {
        text: 'Tommy will stop being mean to his friends.',
        errors: [{ messageId: 'vague', marked: 'being mean' }],
      },
      {
        text: 'Young people are expected to respect staff and each other.',
        errors: [{ messageId: 'vague', marked: 'respect staff' }],
      },
      {
        text: "Sam's health needs will be met.",
        errors: [{ messageId: 'vague', marked: 'needs will be met' }],
      },
      {
        text: 'Ruby will be kind to her brother.',
        errors: [{ messageId: 'vague', marked: 'be kind' }],
      },
    ],
  },
};
export default rule;
