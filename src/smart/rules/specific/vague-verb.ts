import { organisationWords, reportWords, type Rule } from '../../rule';
import { inPurposeTail, quantifiedClause } from '../../features';
import { allMatches, phraseRegex } from '../../text';
import { OWN_THING_ENSURED } from '../../lexicon';

/** Verbs that sound like action but say nothing anyone could check (regular expressions). */
export const VAGUE_VERBS = [
  'improve',
  'improves',
  'improved',
  'improvement',
  'improvements',
  'improving',
  'enhance',
  'enhances',
  // "walking with support", "with minimal adult support": how much help the child's skill
  // needs, not a vague task for someone; "pay child support" is money paid; "the Adoption and
  // Special Guardianship Support Fund" is money applied for.
  '(?<!\\bwith (?:[\\w-]+ ){0,2})(?<!\\bchild )support(?!\\s+(?:plan|plans|worker|workers|group|service|services|package|session|sessions|officer|team|assistant|staff|network|fund|funding|grant|payments?|allowance))',
  'supports',
  // "move to supported lodgings", "supported accommodation": a kind of home, named as such.
  'supported(?!\\s+(?:lodgings?|accommodation|housing|living|flats?|tenanc(?:y|ies)|employment|internships?|apprenticeships?|board))',
  'engage',
  'engages',
  'engaged',
  'engagement',
  // "Cooperate with your worker": taking up a service, as "engage with" is, with nothing to check.
  'co-?operate with',
  'co-?operates with',
  'co-?operating with',
  'address the',
  'address (?:his|her|their|these|those|this|any|all|concerns|issues|risks?|worries)',
  'addressed',
  'work on',
  'work with',
  'work together',
  'working together',
  // "A trained monitor will remain in the room": a person, not the verb.
  'monitor(?!\\s+(?:will|shall|must|should|is|are|was|may|can)\\b)',
  'monitored',
  // "the electronic monitoring company" names who, not a vague task.
  'monitoring(?!\\s+(?:company|equipment|device|tag|system|software|app))',
  'cope better',
  'cope with',
  'think about',
  'sort out',
  'sorted out',
  'demonstrate',
  // "Ensure you have a passport": a thing anyone can check is there, not a vague aim.
  `ensure(?!${OWN_THING_ENSURED})`,
  'put in place',
  // "Youth will develop a personal budget", "develop case plans with the family": a document
  // made, which anyone can check.
  'develop(?!\\s+(?:with\\s+\\w+\\s+|and\\s+(?:\\w+ly\\s+)?\\w+\\s+)?(?:(?:a|an|the|his|her|their|your|my)\\s+)?(?:[\\w/-]+\\s+){0,3}?(?:plans?|budget|agreements?|schedule|timetable|profile|list|chart|passport|portfolio)\\b)',
  'make progress',
  'look at',
  'consider',
  'explore',
  'reflect on',
  'promote',
  'encourage',
  'manage',
  'control',
  // "Regulate their own feelings": manage them, in other words ("self-regulate" names a skill).
  '(?<!self-)regulate',
  'deal with',
  'tackle',
  'reduce the risk',
  'meet the needs',
  "meet the children['’]s needs",
  "meet the child['’]s needs",
  'continue(?!\\s+to\\s)',
  'come on',
  'thrive',
  'thrives',
  'thriving',
  'flourish',
  'flourishes',
  'flourishing',
  'do well',
  'try to',
  'try and',
  // "will begin to identify letters": a start on a change, with no change to check.
  'begin to',
  'begins to',
  'beginning to',
  '(?<!from )start to(?! finish)',
  'starts to',
  'starting to',
  'look into',
  'oversee',
  'get better',
  'do better',
  'seek',
  'seek (?:advice|help|support)',
  'share information',
  'achieve (?:his|her|their|my|your|its) (?:full )?potential',
  'learn about',
  'gain (?:new |more )?(?:skills|vocabulary|independence|confidence|knowledge|understanding)',
  'stand up for',
  'strengthen',
  'strengthens',
];

const SPELT_OUT = /^[^.;,]{0,50},\s*including\s+[a-z]+ing\b/i;

/**
 * "who Jodie calls if she starts to feel unwell", "when he begins to get angry": the first signs
 * a safety or relapse plan waits for, a trigger for what follows, not a change left unclear.
 */
const STARTING = /^(?:begin|begins|beginning|start|starts|starting) to$/i;
const TRIGGER_BEFORE = /\b(?:if|when|whenever|as soon as|once)\s+(?:[\w'’-]+\s+){1,3}$/i;

const OPENING_UNDERSTAND = /^\W*(?:to\s+)?understand/i;

/**
 * "all staff who work with Harvey", "adults that support him at lunch": a relative clause says
 * which people are meant, not what anyone will do.
 */
const RELATIVE_BEFORE =
  /\b(?:who|(?:staff|adults|people|professionals|everyone|anyone|agencies|services) that)\s+$/i;

const NOUN_BEFORE =
  /\b(?:the|a|an|for|motor|bladder|bowel|impulse|self|anger|his|her|their|my|your)\s+$/i;
/** "interim care and control" (an order's term), "blood glucose control": a noun, not a task. */
const CONTROL_NOUN = /\b(?:care and|glucose|sugar|seizure|asthma|symptom)\s+$/i;

/** Patterns, not plain words: "address the concerns" is vague, "the family address" is not. */
const BUILT_IN = phraseRegex(VAGUE_VERBS, true);

const rule: Rule = {
  id: 'specific/vague-verb',
  criterion: 'specific',
  description:
    'The objective says concretely what will happen, not "improve", "support" or "engage".',
  why: 'A vague verb lets everyone believe they are doing it while nothing changes for the child.',
  severity: 'error',
  takes: { words: true },
  messages: {
    vague:
      '"{{words}}" is vague: say exactly what will be done or will change, how often and where.',
  },
  check({ analysis, options }) {
    // Patterns, not plain words: "address the concerns" is vague, "the family address" is not.
    const text = analysis.text;
    const hits = [...allMatches(BUILT_IN, text), ...organisationWords(options, text)].filter(
      (m) =>
        !analysis.roles.some((r) => m.start >= r.start && m.end <= r.end) &&
        // A Who cell names people, not a task: "Who: Lisa Kemp (family support)".
        !analysis.parts.some((p) => p.role === 'who' && m.start >= p.start && m.end <= p.end) &&
        // "as monitored by the teacher": who checks it, which is evidence, not vagueness.
        !(/ed$/.test(m.text) && analysis.agents.some((g) => g.start === m.end + 1)) &&
        // "as monitored on a weekly basis": how the result is checked, after a stated target.
        !(/ed$/.test(m.text) && /\bas\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) &&
        // "the fine motor control", "the support of her keyworker", "meet her tutor for support": a
        // noun, not the verb.
        !NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) &&
        !(
          /^control$/i.test(m.text) &&
          CONTROL_NOUN.test(text.slice(Math.max(0, m.start - 14), m.start))
        ),
    );
    // "will understand the meaning", "To understand idioms": understanding, as what the
    // objective is for, is seen by nobody; "read and understand a Level 19 text" or "words he
    // does not understand" are another matter (a number, or not the objective's own verb).
    for (const c of analysis.clauses)
      if (/^understand$/i.test(c.verb) && !c.negated && !c.embedded)
        hits.push({ start: c.verbStart, end: c.verbEnd, text: text.slice(c.verbStart, c.verbEnd) });
    const opening = OPENING_UNDERSTAND.exec(text);
    const at = opening ? opening[0].length - 'understand'.length : -1;
    if (opening && !hits.some((h) => h.start === at))
      hits.push({ start: at, end: opening[0].length, text: 'understand' });
    // A number pins the "what" down after all; a frequency or a named programme does not
    // ("support Mum every Monday", "engage with the Freedom Programme" are still unclear).
    if (hits.length === 0) return [];
    // A number in the same clause pins that "what" down; a number elsewhere does not.
    const vague = hits.filter(
      (h) =>
        !quantifiedClause(analysis, h) &&
        !inPurposeTail(analysis.text, h.end) &&
        !RELATIVE_BEFORE.test(text.slice(Math.max(0, h.start - 30), h.start)) &&
        !(
          STARTING.test(h.text) &&
          TRIGGER_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start))
        ) &&
        // "manage medications, including understanding dosages": the list is the concrete what.
        !SPELT_OUT.test(analysis.text.slice(h.end, h.end + 80)),
    );
    if (vague.length === 0) return [];
    return reportWords(vague, 'vague');
  },
  examples: {
    valid: [
      // Which staff are meant, not what they will do.
      'The school nurse will train all staff who work with Harvey in his rescue medication by 8 January 2027.',
      // The first sign a plan waits for is a trigger, not a vague change.
      'Kai will show his calm card and go to the quiet room when he starts to feel angry, on 4 of 5 occasions by Easter.',
      // An order's "care and control", a health plan's "blood glucose control": nouns.
      'The mother will have interim care and control of the children from 1 February 2027.',
      'Kai may leave class for the time needed to keep his blood glucose control within range.',
      // A monitor who will do something is a person, not the verb.
      'A trained monitor will stay in the room for the whole of each contact session.',
      // A document made is checkable: "develop a personal budget", "develop and implement a plan".
      'Jay will develop a personal budget with his PA by 31 January 2027.',
      // A care leaver's pathway plan: a document of their own is there or it is not.
      'Ensure you have a passport by your 18th birthday.',
      'The social worker will develop and implement a safety plan with Mum by Friday 11 December 2026.',
      'Dad will meet his Turning Point recovery worker every week.',
      'Mia will move to supported lodgings with Mrs Khan by June 2027.',
      'Xavier will meet his college tutor twice a month for support.',
      'Dad will pay child support on the first of every month.',
      'Naomi will apply to the Adoption and Special Guardianship Support Fund for therapy for Maisie by 31 January 2027.',
      'Sam will ask for his 3 agreed accommodations in each class, as monitored weekly by his tutor.',
      'By Easter, Ava will stop at any word she does not understand and ask an adult, in 4 of 5 reading sessions.',
      'The family support worker will visit every Tuesday for 8 weeks to help Mum set up a morning routine.',
      'Anna will point to a picture card to ask for a drink at snack time, so that her teachers understand what she needs.',
      'By July, Kai will manage his own medication, including reading the label and booking repeat prescriptions.',
      'Ava will walk ten steps with adult support by her 18-month check in June 2027.',
      'By Easter, Pete will begin to name 10 letters of the alphabet when shown them.',
      'Kacper will be home by 8pm every night, and the electronic monitoring company will report any breach to the YOS.',
    ],
    invalid: [
      // A start on a change, as the objective's own verb, is still no change to check.
      {
        text: 'Ruby will start to go to bed on time when Mum asks her.',
        errors: [{ messageId: 'vague', marked: 'start to' }],
      },
      {
        text: 'Mum will engage with professionals.',
        errors: [{ messageId: 'vague', marked: 'engage' }],
      },
      {
        text: 'Mum will cooperate with the social worker.',
        errors: [{ messageId: 'vague', marked: 'cooperate with' }],
      },
      {
        // "thrive" in any form: thriving by whose measure?
        text: 'Ruby will be thriving at nursery by the summer.',
        errors: [{ messageId: 'vague', marked: 'thriving' }],
      },
      {
        text: 'Tyler will improve his reading.',
        errors: [{ messageId: 'vague', marked: 'improve' }],
      },
      {
        text: "Lily's weight will be monitored.",
        errors: [{ messageId: 'vague', marked: 'monitored' }],
      },
      { text: 'Dad will work on his anger.', errors: [{ messageId: 'vague', marked: 'work on' }] },
      {
        text: 'To understand the meaning of idioms.',
        errors: [{ messageId: 'vague', marked: 'understand' }],
      },
      {
        text: 'Leo will gain independence in getting ready for school.',
        errors: [{ messageId: 'vague', marked: 'gain independence' }],
      },
      {
        text: 'Mum will strengthen the bedtime routine.',
        errors: [{ messageId: 'vague', marked: 'strengthen' }],
      },
      {
        text: 'This year, Pete will begin to identify letters of the alphabet.',
        errors: [{ messageId: 'vague', marked: 'begin to' }],
      },
      {
        text: 'Mum to work on her mental health.',
        errors: [{ messageId: 'vague', marked: 'work on' }],
      },
    ],
  },
};
export default rule;
