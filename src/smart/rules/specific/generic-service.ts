import { organisationWords, type Rule } from '../../rule';
import { GENERIC_SERVICES } from '../../lexicon';
import { allMatches, boundaryFirst, overlaps, phraseRegex, wordsBefore } from '../../text';
import type { Analysis } from '../../analyse';

/**
 * "A parenting course" could be anything, anywhere; a named programme, or a service with its
 * provider and frequency, tells the family what to go to.
 */
const PROVIDE =
  /^(?:provide|offer|give|deliver|run|arrange|complete|undertake|carry|do|lead|facilitate)s?$/i;
const TAKE_PART = /^(?:complete|undertake|carry|do)s?$/i;
/**
 * "a perpetrator programme", "the substance misuse service": a kind of service, not a named one.
 * "in a small group setting", "an automotive service setting" describe a place, not a service.
 */
const KIND_OF_SERVICE = boundaryFirst(
  /\b(?:an?|some) (?:[a-z-]+ ){0,3}(?:course|programme|program|group|therapy|counselling|service|intervention|training|classes|sessions)\b(?!\s+(?:setting|settings|industry|sector|station|users?|activit(?:y|ies)))|\b(?:attend|attends|engage|engages|access|accesses|use|uses|see|sees)\b[^.;]{0,40}?\b(?:the|her|his|their|a local) (?:[a-z-]+ ){1,3}service\b/g,
);
/** Going to or being seen by "a paediatrician": a kind of professional, not a named one. */
const SEE_A =
  /\b(?:see|sees|seen by|meet|meets|visit|visits|referred to|refer \w+ to|speak to|talk to|sessions with|work with|appointment with)\s+(?:a|an)\s+$/i;

const BUILT_IN = phraseRegex(GENERIC_SERVICES);
const SUPPORT_THING = /^\s+(?:package|packages|plan|plans|budget|payments?|grant)\b/i;
const HELP_LEVEL =
  /\bwith\s+(?:(?:minimal|minimum|some|little|less|reduced|adult|visual|verbal|staff|peer|periodic|full|partial)\s+)?$/i;
const ASK_FOR = /\bask(?:s|ed|ing)?\b(?:\s+[\w'’-]+){0,4}?\s+for\s+(?:[\w-]+\s+(?:or|and)\s+)?$/i;
/** Some clause has the child doing something: their skill, not an adult's task. */
const childDoes = (a: Analysis): boolean => a.clauses.some((c) => c.subject.kind === 'child');
const EDUCATION_OR_WORK =
  /\b(?:school|college|education|employment|work|a job)\b[^.;]{0,20}\bor (?:[\w-]+ )?training\b|\btraining or (?:be in )?(?:work|employment|education)\b/i;
/** "within 6 months of community access training": the service dates the goal; it is not asked for. */
const DATED_FROM =
  /\b(?:within|after|before|following)\s+\S+\s+(?:days?|weeks?|months?|years?)\s+of\s+(?:[\w-]+\s+){0,3}$/i;
/**
 * "In orientation and mobility training, [the student] will …", "Given training in …, Sam will":
 * a service fronted before the child's clause is where or how the skill is shown, not a service
 * the objective asks for.
 */
function frontedBeforeChild(a: Analysis, m: { end: number }): boolean {
  const c = a.clauses.find((x) => x.subject.kind === 'child' && !x.subject.implicit);
  return (
    c !== undefined && m.end <= c.subject.start && /,/.test(a.text.slice(m.end, c.subject.start))
  );
}

const rule: Rule = {
  id: 'specific/generic-service',
  criterion: 'specific',
  description: 'Services are named (which programme, who runs it, how often), not generic.',
  why: 'A generic service cannot be booked, attended or checked, so the plan cannot tell whether it happened.',
  severity: 'error',
  takes: { words: true },
  messages: {
    generic: '"{{words}}" is not a named service: say which one, who provides it and how often.',
  },
  check({ analysis, options }) {
    const a = analysis;
    if (a.namedServices.length > 0 || a.frequencies.length > 0 || a.quantities.length > 0)
      return [];
    // The subject providing it is the provider: "the social worker will complete an assessment",
    // "Nan will provide respite". A parent who completes or undertakes it is the one it is for
    // ("Mum will undertake parenting work").
    if (
      a.clauses.some(
        (c) =>
          (c.subject.kind === 'professional' && PROVIDE.test(c.verb)) ||
          (c.subject.kind === 'parent' && PROVIDE.test(c.verb) && !TAKE_PART.test(c.verb)),
      )
    )
      return [];
    // "a therapist" is as generic as "therapy"; "the school nurse" is not.
    const hits = [
      ...allMatches(BUILT_IN, a.text),
      ...organisationWords(options, a.text),
      ...allMatches(KIND_OF_SERVICE, a.text),
    ].filter(
      (m) =>
        (!a.roles.some((r) => overlaps(r, m)) || /^an?\s/i.test(m.text)) &&
        // "fitted by the fire service": a provider named as the agent is not a generic service.
        !a.agents.some((g) => overlaps(g, m)) &&
        // "ICON training", "NVR sessions": a programme named by its initials.
        !/\b[A-Z]{3,}\s+$/.test(a.text.slice(Math.max(0, m.start - 12), m.start)) &&
        // "will support the family": the verb is vague-verb's to report, not a service.
        !a.clauses.some((c) => c.verbStart === m.start && c.verbEnd === m.end) &&
        // "in school, work or training": being in education or a job, not a service to attend.
        !(/^training$/i.test(m.text) && EDUCATION_OR_WORK.test(a.text)) &&
        !DATED_FROM.test(wordsBefore(a.text, m.start)) &&
        !frontedBeforeChild(a, m) &&
        // "will ask the supervisors for help or advice": asking is what the person will do, of
        // someone the objective names; nothing is left to book.
        !ASK_FOR.test(wordsBefore(a.text, m.start)) &&
        // "on the advice of medical practitioners": whose advice, named.
        !(
          /^advice$/i.test(m.text) &&
          /\bthe\s+$/i.test(wordsBefore(a.text, m.start)) &&
          /^\s+of\b/i.test(a.text.slice(m.end))
        ) &&
        // "pay child support": money paid to the parent who has the child, not a service.
        !(/^support$/i.test(m.text) && /\bchild\s+$/i.test(wordsBefore(a.text, m.start))) &&
        // "apply for a support package", "a support plan": what is applied for or written, whose
        // content an assessment decides; the act itself is concrete.
        !(/^support$/i.test(m.text) && SUPPORT_THING.test(a.text.slice(m.end))) &&
        // "will write a paragraph with support", "with minimal support": how much help a child's
        // skill needs, not a service to go to.
        !(
          /^support$/i.test(m.text) &&
          childDoes(a) &&
          HELP_LEVEL.test(wordsBefore(a.text, m.start))
        ),
    );
    // "see a paediatrician": a kind of professional, not a named one.
    // The role's span may hold its article ("a paediatrician") or start after it.
    for (const r of a.roles) {
      if (r.kind !== 'professional') continue;
      const article = /^an?\s+/i.exec(r.text)?.[0] ?? '';
      const before = a.text.slice(Math.max(0, r.start - 30), r.start) + article;
      if (!SEE_A.test(before)) continue;
      const start = article
        ? r.start
        : r.start - (a.text.slice(0, r.start).match(/\b(?:a|an)\s+$/i)?.[0].length ?? 0);
      hits.push({ start, end: r.end, text: a.text.slice(start, r.end) });
    }
    // "an OT assessment", "a PAMS assessment": initials name the kind of service.
    const generic = dedupe(hits).filter((m) => !/\b[A-Z]{2,}\b/.test(m.text));
    return generic.map((m) => ({
      messageId: 'generic',
      data: { words: m.text },
      start: m.start,
      end: m.end,
      suggestion: {
        start: m.start,
        end: m.end,
        text: '[named service] at [place], [how often]',
        label: 'Name the service',
        placeholder: { start: m.start, end: m.start + '[named service]'.length },
        safe: false,
      },
    }));
  },
  examples: {
    valid: [
      // A package applied for is a concrete step; an assessment decides what is in it.
      'Asha will help Mum apply for a cooking and shopping support package by 18/12/2026.',
      // Whose advice is named: nothing to book.
      'In an emergency, Mum will make the treatment decision on the advice of the GP.',
      'Dad will pay child support on the first of every month.',
      'Mum will attend the Freedom Programme.',
      // Asking someone named for help is what Mum will do, not a service to book.
      'Mum will ask the health visitor for advice when she is worried about feeding.',
      'You will be in school, college or training every weekday throughout the programme.',
      "Kai's social worker will complete six life story sessions with him by 30 September 2027.",
      'The health visitor will support the family.',
      'Maya will write a paragraph about her weekend with minimal support by the end of the spring term.',
      'Jaxon will see Dr Shah, the community paediatrician, about his bedwetting by 15 January 2027.',
      // A programme named by its initials.
      'Dad will attend ICON training.',
      // Where or since when a skill is shown, not a service asked for (real sets Q and S).
      'In mobility training, Ruby will cross at the lights on her own by July 2027.',
      'Ruby will cross at the lights on her own within 6 months of road safety training.',
    ],
    invalid: [
      // Mum completes it: she is who it is for, not its provider.
      {
        text: 'Mum will undertake parenting work.',
        errors: [
          {
            messageId: 'generic',
            marked: 'parenting work',
            output: 'Mum will undertake [named service] at [place], [how often].',
          },
        ],
      },
      // A job title in capitals is the role, not a named service.
      {
        text: 'The Social Worker will refer Mum to a parenting course by 1 March 2027.',
        errors: [
          {
            messageId: 'generic',
            marked: 'a parenting course',
            output:
              'The Social Worker will refer Mum to [named service] at [place], [how often] by 1 March 2027.',
          },
        ],
      },
      // A title and a surname name a person, not a programme.
      {
        text: 'Ms Kowalski will attend a parenting course.',
        errors: [
          {
            messageId: 'generic',
            marked: 'a parenting course',
            output: 'Ms Kowalski will attend [named service] at [place], [how often].',
          },
        ],
      },
      {
        text: 'Jaxon will see a paediatrician about his bedwetting.',
        errors: [
          {
            messageId: 'generic',
            marked: 'a paediatrician',
            output: 'Jaxon will see [named service] at [place], [how often] about his bedwetting.',
          },
        ],
      },
      {
        text: 'Mum will attend a parenting course.',
        errors: [
          {
            messageId: 'generic',
            marked: 'a parenting course',
            output: 'Mum will attend [named service] at [place], [how often].',
          },
        ],
      },
      {
        text: 'Dad will take a parenting class.',
        errors: [
          {
            messageId: 'generic',
            marked: 'a parenting class',
            output: 'Dad will take [named service] at [place], [how often].',
          },
        ],
      },
      {
        text: 'Mum will have support from the drug service.',
        errors: [
          {
            messageId: 'generic',
            marked: 'support',
            output: 'Mum will have [named service] at [place], [how often] from the drug service.',
          },
          {
            messageId: 'generic',
            marked: 'the drug service',
            output: 'Mum will have support from [named service] at [place], [how often].',
          },
        ],
      },
      {
        text: 'Kai to have life story work.',
        errors: [
          {
            messageId: 'generic',
            marked: 'life story work',
            output: 'Kai to have [named service] at [place], [how often].',
          },
        ],
      },
      {
        text: 'Amelia to see speech and language therapy.',
        errors: [
          {
            messageId: 'generic',
            marked: 'speech and language therapy',
            output: 'Amelia to see [named service] at [place], [how often].',
          },
        ],
      },
    ],
  },
};
/** Overlapping hits ("a parenting course", "parenting course") report once, on the widest. */
function dedupe<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: T[] = [];
  for (const h of sorted) if (!out.some((o) => h.start < o.end && o.start < h.end)) out.push(h);
  return out;
}

export default rule;
