/**
 * Every word list in lexicon.ts with an objective that shows it at work and a near neighbour
 * that does not (LanguageTool's discipline for its rules): a list nobody can see working cannot
 * be tuned with confidence. test/smart/lexicon.test.ts runs each pair, and runs `matches` again
 * with the list emptied to prove that the list, not something else, makes the difference.
 */
import type { SubjectKind } from './analyse';
import type * as Lexicon from './lexicon';

/** The names of lexicon.ts's exported word lists (arrays and sets of words or patterns). */
export type LexiconListName = {
  [K in keyof typeof Lexicon]: (typeof Lexicon)[K] extends readonly string[] | ReadonlySet<string>
    ? K
    : never;
}[keyof typeof Lexicon];

/** The parts of the analysis that hold phrases found in the objective. */
export type FoundField = 'evidence' | 'benchmarks' | 'crispEvents';

/**
 * What shows that an entry of the list was recognised: true of `matches`, false of
 * `doesNotMatch`. Read from the public analysis (`analyse`) or the checker's findings.
 */
export type LexiconProbe =
  /** The analysis finds a phrase of this kind. */
  | { found: FoundField }
  /** The first clause's subject is read as this kind of person or thing. */
  | { subject: SubjectKind }
  /** The first clause's main verb is this word (the words before it were skipped). */
  | { verb: string }
  /** The objective is (true) or is not (false) read as a command with nobody named. */
  | { command: boolean }
  /** Some clause does (true) or none does (false) state a change that will be seen. */
  | { outcome: boolean }
  /** The checker reports a finding of this rule. */
  | { finding: string }
  /** The checker reports no finding of this rule (a list that keeps a rule from misfiring). */
  | { noFinding: string };

export interface LexiconExample {
  /** An objective in which an entry of the list is recognised. */
  matches: string;
  /** A near neighbour in which none is. */
  doesNotMatch: string;
  how: LexiconProbe;
}

export const LEXICON_EXAMPLES: Record<LexiconListName, LexiconExample> = {
  PARENT_ROLES: {
    matches: 'Mum will walk Ruby to school every morning.',
    doesNotMatch: 'Maya will walk Ruby to school every morning.',
    how: { subject: 'parent' },
  },
  PROFESSIONAL_ROLES: {
    matches: 'The midwife will weigh Lily every week.',
    doesNotMatch: 'The clinic will weigh Lily every week.',
    how: { subject: 'professional' },
  },
  COLLECTIVES: {
    matches: 'Professionals will meet every month to share information.',
    doesNotMatch: 'Neighbours will meet every month to share information.',
    how: { subject: 'collective' },
  },
  FAMILY_COLLECTIVES: {
    matches: 'The family will keep the front door locked at night.',
    doesNotMatch: 'The agencies will keep the front door locked at night.',
    how: { subject: 'family' },
  },
  NOT_NAMES: {
    matches: 'This will be checked at every home visit.',
    doesNotMatch: 'Theo will be checked at every home visit.',
    how: { subject: 'thing' },
  },
  INPUT_VERBS: {
    matches: 'Mum will phone the school every morning.',
    doesNotMatch: 'Mum will cook a hot meal every evening.',
    how: { outcome: false },
  },
  RESULT_VERBS_FOR_ADULTS: {
    matches: 'Mum will keep the kitchen floor clear of rubbish.',
    doesNotMatch: 'Mum will check the kitchen floor for rubbish.',
    how: { outcome: true },
  },
  CARE_VERBS: {
    matches: 'Cook hot meals for the children every evening.',
    doesNotMatch: 'Hot meals for the children every evening.',
    how: { command: true },
  },
  INPUT_PARTICIPLES: {
    matches: 'Maya will be seen by the school nurse every week.',
    doesNotMatch: 'Maya will be settled in bed by 8pm every night.',
    how: { outcome: false },
  },
  ORGANISATION_HEADS: {
    matches: 'Citizens Advice will help Petra claim her benefits by 31 January 2027.',
    doesNotMatch: 'Jaxon Brown will help Petra claim her benefits by 31 January 2027.',
    how: { subject: 'professional' },
  },
  GENERIC_SERVICES: {
    matches: 'Mum will attend counselling.',
    doesNotMatch: 'Mum will attend the Freedom Programme.',
    how: { finding: 'specific/generic-service' },
  },
  EVIDENCE_PATTERNS: {
    matches: 'Mum will keep a sleep diary.',
    doesNotMatch: 'Mum will keep a sleep routine.',
    how: { found: 'evidence' },
  },
  BENCHMARK_PATTERNS: {
    matches: 'Tyler will read at the expected standard by July 2027.',
    doesNotMatch: 'Tyler will read at a higher standard by July 2027.',
    how: { found: 'benchmarks' },
  },
  CRISP_EVENT_PATTERNS: {
    matches: 'Poppy will be registered with a GP by 8 December 2026.',
    doesNotMatch: 'Poppy will be taken to a GP by 8 December 2026.',
    how: { found: 'crispEvents' },
  },
  ABSOLUTES: {
    matches: 'Jack will be clean at all times.',
    doesNotMatch: 'Jack will be clean at school.',
    how: { finding: 'realistic/absolute' },
  },
  KEPT_INITIALS: {
    // Read as a service's initials, seeing Kacey is the service's input; read as "Camhs", a name.
    matches: 'CAMHS TO SEE KACEY EVERY WEEK.',
    doesNotMatch: 'KACEY TO READ TO HER NAN EVERY WEEK.',
    how: { finding: 'outcome/action-only' },
  },
  BIG_CHANGES: {
    matches: 'The family will be rehoused within 7 days.',
    doesNotMatch: 'The family will fit stair gates within 7 days.',
    how: { finding: 'realistic/too-soon' },
  },
  US_SPELLINGS: {
    matches: 'Dad will complete the Caring Dads program.',
    doesNotMatch: 'Dad will complete the Caring Dads plan.',
    how: { noFinding: 'measurable/no-measure' },
  },
  EVERYDAY_WORDS: {
    // The rules know "kids" already; the second reading learnt its words from plans that say
    // "children".
    matches: 'Ms Okafor and the kids to move into a 3-bed council property within 2 weeks.',
    doesNotMatch: 'Ms Okafor and the cats to move into a 3-bed council property within 2 weeks.',
    how: { noFinding: 'outcome/second-reading' },
  },
  UNIT_ABBREVIATIONS: {
    matches: 'Mum will attend the Freedom Programme within 6 wks.',
    doesNotMatch: 'Mum will attend the Freedom Programme within 6 wigs.',
    how: { noFinding: 'timely/no-timescale' },
  },
  VAGUE_TIMES: {
    matches: 'Mum will attend the Freedom Programme as soon as possible.',
    doesNotMatch: 'Mum will attend the Freedom Programme by 1 March 2027.',
    how: { finding: 'timely/vague-timescale' },
  },
  BARE_VERBS: {
    matches: 'Improve home conditions.',
    doesNotMatch: 'Improved home conditions.',
    how: { command: true },
  },
  SKIP: {
    matches: 'Dad will always lock the back door at night.',
    doesNotMatch: 'Dad will help lock the back door at night.',
    how: { verb: 'lock' },
  },
  STEP_VERBS: {
    matches: 'Mum will apply for new accommodation by Friday 11 December 2026.',
    doesNotMatch: 'Mum will move to new accommodation by Friday 11 December 2026.',
    how: { noFinding: 'realistic/too-soon' },
  },
  COMPLIANCE_VERBS: {
    matches: 'Leo will submit three job applications every week.',
    doesNotMatch: 'Leo will write three job applications every week.',
    how: { outcome: false },
  },
  CHILD_INPUT: {
    matches: 'Leo will attend the homework club every Tuesday.',
    doesNotMatch: 'Leo will join in at the homework club every Tuesday.',
    how: { outcome: false },
  },
  THING_INPUT_VERBS: {
    matches: 'The repairs will happen before Christmas.',
    doesNotMatch: 'The repairs will be finished before Christmas.',
    how: { outcome: false },
  },
  NOUN_OR_VERB: {
    matches: 'Review meetings every six weeks.',
    doesNotMatch: 'Arrange meetings every six weeks.',
    how: { command: false },
  },
  NOT_COMMANDS: {
    matches: 'After the assessment, weekly sessions at the family centre.',
    doesNotMatch: 'Arrange the assessment and weekly sessions at the family centre.',
    how: { command: false },
  },
  CHILD_SKILLS: {
    matches: 'Read a book with Mum every evening.',
    doesNotMatch: 'Buy a book for Leo every month.',
    how: { command: false },
  },
  ADULT_ONLY: {
    matches: 'Will refer Maya to CAMHS by March 2027.',
    doesNotMatch: 'Will read 20 high frequency words by March 2027.',
    how: { outcome: false },
  },
  ALSO_THE_CHILDS: {
    matches: 'To complete 10 sums independently by March 2027.',
    doesNotMatch: 'To provide 10 sums for practice by March 2027.',
    how: { noFinding: 'specific/no-who' },
  },
  OWN_TASKS: {
    matches: 'Obtain a copy of the tenancy agreement.',
    doesNotMatch: 'Provide a copy of the tenancy agreement.',
    how: { noFinding: 'specific/no-who' },
  },
  LY_VERBS: {
    matches: 'Kai will apply for three jobs a week.',
    doesNotMatch: 'Kai will happily look for three jobs a week.',
    how: { verb: 'apply' },
  },
};
