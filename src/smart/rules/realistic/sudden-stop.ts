import type { Rule } from '../../rule';
import { allMatches, boundaryFirst, wordsBefore } from '../../text';

const STOP = boundaryFirst(
  /\b(?:complete|total)\s+(?:abstinence|sobriety)\b|\b(?:terminate|terminates|eliminate|eliminates|(?:refrain|desist)(?:s|ing)? from)\s+(?:all\s+)?(?:[\w-]+\s+){0,3}?(?:[\w-]+ing\b|tantrums|aggression|outbursts|violence|abuse|drug use|substance use|criminal (?:activity|behaviou?r))|\b(?:will|to|must|should)\s+stop(?=\s*(?:[.;,!…(]|$))|\b(?:stop|stops|stopped|cease|ceases|ceased|give up|gives up|given up|quit|quits)\s+(?:[\w-]+ing\b|drinking|smoking|using|offending|(?:alcohol|drink|drugs|cannabis|weed|cocaine|heroin|crack|spice|cigarettes|substances|crime)\b|all (?:forms of )?(?:violen|abus|aggress|drug|alcohol|substance|offend|crimin|threat|intimidat)\w*|(?:his|her|their|the|my|your|any) (?:(?:domestic|physical|verbal|emotional|sexual|violent|abusive|aggressive)\s+)?(?:violence|abuse|aggression|drug use|drinking|substance use|offending|criminal (?:activity|behaviou?r)|threats|intimidation)(?=\s*(?:[.;,!)…(]|$)|\s+(?:of|towards?|against|in|at|around|with|when|while|and|or|by|for|on|from|before|during|near)\b))/gi,
);

/**
 * "stop using the sofa as a bed for the baby": a thing put to an unsafe use is changed the same
 * day; using a substance is the habit.
 */
const THING_USED =
  /^\s+(?:the|a|an|his|her|their|my|your)\s+(?!(?:[\w-]+\s+)?(?:drugs?|alcohol|cannabis|substances?|cocaine|heroin|spice|ketamine|pills|medication)\b)/i;

/**
 * "stop letting Tyler play out after dark", "stop leaving the baby in the car": what a parent
 * lets happen is changed the day it is agreed; a habit is not.
 */
const ARRANGING =
  /\b(?:letting|allowing|leaving|taking|putting|giving|bringing|inviting|sending)$/i;

/** "Terminate temper tantrums", "refrain from aggression": the habit ended for good. */
const ENDED_FOR_GOOD = /^(?:terminate|eliminate|refrain|desist)/i;

const HARM_STOPPED = /\b(?:violen|abus|aggress|threat|intimidat|hit|hurt|smack|offend|crim)/i;

/** Stopping an entrenched behaviour outright, at once, rarely happens; steps do. */
const rule: Rule = {
  id: 'realistic/sudden-stop',
  criterion: 'realistic',
  description:
    'Entrenched behaviour is reduced in steps with amounts and dates, not stopped outright.',
  why: 'Asking for an immediate total stop sets the family up to fail and hides the progress they make.',
  severity: 'error',
  messages: {
    stop: '"{{words}}" asks for a total change at once: set a first step and a date (for example "reduce to ... by ...").',
    safety:
      '"{{words}}" is a safety rule, not a target to reach in steps: keep the rule, bound it to the plan, and say who will check it, how often, and who is told if it is broken.',
  },
  check({ analysis, options }) {
    const a = analysis;
    // Stopping outright is a sudden total change whatever the date; steps with amounts are not.
    if (a.quantities.length > 0) return [];
    return (
      allMatches(STOP, a.text)
        .filter((m) => !options.allow.some((w) => m.text.toLowerCase().includes(w.toLowerCase())))
        .filter((m) => !(/using$/i.test(m.text) && THING_USED.test(a.text.slice(m.end))))
        .filter((m) => !ARRANGING.test(m.text))
        // "Reduce or eliminate physical aggression": the first step is asked for too.
        .filter((m) => !/\breduc(?:e|es|ing)\s+(?:or|and)\s+$/i.test(wordsBefore(a.text, m.start)))
        // "refrain from physical aggression … for 4 consecutive weeks": a bounded stretch without
        // it is a target that can be met; unbounded, it is the habit ended for good.
        .filter((m) => !(ENDED_FOR_GOOD.test(m.text) && a.times.length > 0))
        .map((m) => ({
          // Harm is never cut down in stages: the advice for it is the safety-rule advice.
          messageId: HARM_STOPPED.test(m.text) ? 'safety' : 'stop',
          data: { words: m.text },
          start: m.start,
          end: m.end,
        }))
    );
  },
  examples: {
    valid: [
      // The first step is asked for too.
      'Reduce or eliminate physical aggression towards other children.',
      'Dad will cut down to 5 cigarettes a day by 1 February 2027 and stop smoking in the house by 1 March 2027.',
      'Mum will stop using the sofa as a bed for the baby from tonight.',
      'Dad will stop leaving the baby in the car while he shops, from today.',
      'Refrain from leaving the children unattended in the car.',
      'Jo will refrain from hitting peers in class for 4 consecutive weeks by the end of the spring term.',
      'Dad will cut down to 14 units a week by March 2027, moving to complete abstinence by June 2027.',
    ],
    invalid: [
      {
        text: 'Dad will stop drinking immediately.',
        errors: [{ messageId: 'stop', marked: 'stop drinking' }],
      },
      {
        text: 'Kai will stop going missing.',
        errors: [{ messageId: 'stop', marked: 'stop going' }],
      },
      {
        // A note in brackets after the sentence, or a trailing "…", ends it as a full stop does.
        text: "Kai's fixed-term exclusions will stop (agreed at the core group).",
        errors: [{ messageId: 'stop', marked: 'will stop' }],
      },
      {
        // Whatever the words before it ("his", "their", "the"), harm stopped is a safety rule.
        text: 'Dad will stop his abuse of Mum.',
        errors: [{ messageId: 'safety', marked: 'stop his abuse' }],
      },
      {
        text: 'Dad will stop all violence towards Mum.',
        errors: [{ messageId: 'safety', marked: 'stop all violence' }],
      },
      {
        text: 'Mum will give up alcohol.',
        errors: [{ messageId: 'stop', marked: 'give up alcohol' }],
      },
      {
        // Offending is never cut down in stages either.
        text: 'Dad will desist from criminal activity.',
        errors: [{ messageId: 'safety', marked: 'desist from criminal activity' }],
      },
      {
        text: 'Terminate temper tantrums at home and at school.',
        errors: [{ messageId: 'stop', marked: 'Terminate temper tantrums' }],
      },
      {
        text: "Corey's exclusions will stop.",
        errors: [{ messageId: 'stop', marked: 'will stop' }],
      },
      {
        // The noun of "stop drinking": a period of it asked for outright is the same leap.
        text: 'Dad will have six months of complete abstinence from alcohol.',
        errors: [{ messageId: 'stop', marked: 'complete abstinence' }],
      },
      {
        text: 'Holly will have stopped self-harming by the end of term.',
        errors: [{ messageId: 'stop', marked: 'stopped self-harming' }],
      },
    ],
  },
};
export default rule;
