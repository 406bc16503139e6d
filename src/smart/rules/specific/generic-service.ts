import type { Rule } from '../../rule';
import { GENERIC_SERVICES } from '../../lexicon';
import { allMatches, overlaps, phraseRegex } from '../../text';

/**
 * "A parenting course" could be anything, anywhere; a named programme, or a service with its
 * provider and frequency, tells the family what to go to.
 */
const rule: Rule = {
  id: 'specific/generic-service',
  criterion: 'specific',
  description: 'Services are named (which programme, who runs it, how often), not generic.',
  why: 'A generic service cannot be booked, attended or checked, so the plan cannot tell whether it happened.',
  severity: 'error',
  messages: {
    generic: '"{{words}}" is not a named service: say which one, who provides it and how often.',
  },
  check({ analysis, options }) {
    const re = phraseRegex(
      [...GENERIC_SERVICES, ...options.words].filter((w) => !options.allow.includes(w)),
    );
    const a = analysis;
    if (a.namedServices.length > 0 || a.frequencies.length > 0 || a.quantities.length > 0)
      return [];
    // A titled professional doing it is the provider: "the social worker will complete an assessment".
    if (a.clauses.some((c) => c.subject.kind === 'professional')) return [];
    // "a therapist" is as generic as "therapy"; "the school nurse" is not.
    const hits = allMatches(re, a.text).filter(
      (m) => !a.roles.some((r) => overlaps(r, m)) || /^an?\s/i.test(m.text),
    );
    return hits.map((m) => ({
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
      'Mum will attend the Freedom Programme.',
      "Kai's social worker will complete six life story sessions with him by 30 September 2027.",
    ],
    invalid: [
      { text: 'Mum will attend a parenting course.', marked: 'parenting course' },
      { text: 'Kai to have life story work.', marked: 'life story work' },
      { text: 'Amelia to see speech and language therapy.', marked: 'speech and language therapy' },
    ],
  },
};
export default rule;
