import type { Rule } from '../../rule';
import { shortestHorizon } from '../../dates';
import { allMatches } from '../../text';

const STOP =
  /\b(?:will|to|must|should)\s+stop(?=\s*(?:[.;,!]|$))|\b(?:stop|stops|cease|ceases|give up|gives up|quit|quits)\s+(?:[\w-]+ing\b|drinking|smoking|using|offending)/gi;

/** Stopping an entrenched behaviour outright, at once, rarely happens; steps do. */
const rule: Rule = {
  id: 'realistic/sudden-stop',
  criterion: 'realistic',
  description: 'Entrenched behaviour is reduced in steps with dates, not stopped outright at once.',
  why: 'Asking for an immediate total stop sets the family up to fail and hides the progress they make.',
  severity: 'error',
  messages: {
    stop: '"{{words}}" asks for a total change at once: set a first step and a date (for example "reduce to ... by ...").',
  },
  check({ analysis, options }) {
    const a = analysis;
    const horizon = shortestHorizon(a.times);
    const hasLongerTime =
      a.times.some((t) => t.kind !== 'immediate') && (horizon === undefined || horizon > 14);
    if (hasLongerTime) return [];
    return allMatches(STOP, a.text)
      .filter((m) => !options.allow.some((w) => m.text.toLowerCase().includes(w.toLowerCase())))
      .map((m) => ({ messageId: 'stop', data: { words: m.text }, start: m.start, end: m.end }));
  },
  examples: {
    valid: ['Dad will stop smoking in the house by 1 March 2027, checked at unannounced visits.'],
    invalid: [
      { text: 'Dad will stop drinking immediately.', marked: 'stop drinking' },
      { text: 'Kai will stop going missing.', marked: 'stop going' },
      { text: "Corey's exclusions will stop.", marked: 'will stop' },
    ],
  },
};
export default rule;
