/**
 * Readings learnt from set AN's read half (therapy and nursing goals), written as our own
 * fictional objectives: "attends to" a thing is no "to <verb>", a client is who, and a nursing
 * goal's "back to normal", "optimal" or "feels okay" is a standard nobody has described.
 */
import { checkObjectiveText } from '../../src/smart/check';

const TODAY = new Date('2026-12-07T10:00:00');
const ruleIds = (text: string) =>
  checkObjectiveText(text, { today: TODAY }).findings.map((f) => f.ruleId);

describe('a fronted condition that names the child, then "he" or "she"', () => {
  it.each([
    'When Ava attends to her favourite toys at nursery, she will invite a friend to join her game on 3 of 5 days by June 2027.',
    'When Kai listens to stories read aloud, he will name two characters on 4 of 5 occasions by Easter 2027.',
  ])('names who: %s', (text) => {
    expect(ruleIds(text)).not.toContain('specific/no-who');
  });

  it.each([
    'Once a week, Kai to go to the youth club with Dion until March 2027, as Dion records.',
    'If Kai is absent, Mum to ring the school by 9am on the day of the absence.',
  ])('keeps "X to <verb>" after a condition\'s comma: %s', (text) => {
    expect(ruleIds(text)).not.toContain('specific/no-who');
  });
});

describe('a client', () => {
  it('is who, as a service user is', () => {
    expect(
      ruleIds(
        'The client will name three triggers for his drinking by March 2027, as his keyworker records.',
      ),
    ).not.toContain('specific/no-who');
  });
});

describe("a nursing or therapy goal's standard", () => {
  it.each([
    ["Maya's sleep will be back to normal by March 2027.", 'back to normal'],
    ['Noah will achieve optimal nutrition by his next clinic appointment.', 'optimal'],
    ['Leo feels okay about going to school by the February half term.', 'feels okay'],
  ])('is vague without a described standard: %s', (text) => {
    expect(ruleIds(text)).toContain('specific/vague-standard');
  });

  it.each([
    "Maya's blood pressure will stay within normal limits at every clinic visit until March 2027.",
    'Dad will drink a maximum of 14 units a week by March 2027, as his alcohol worker records.',
    'Ava will say /s/ at the start of words with maximal cues in 4 of 5 sessions by June 2027.',
  ])('is described by a limit, a number or a level of prompting: %s', (text) => {
    expect(ruleIds(text)).not.toContain('specific/vague-standard');
  });
});
