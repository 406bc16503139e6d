/**
 * "Amy will", "Amy is going to", "Amy is to", "Amy to", "Amy will need to", "Amy will have to",
 * "Amy has to": plans say what a child will do in all these ways, and each says the same thing. Every objective of our labelled sets
 * whose subject is a child's name is checked again with each in place of "will", and each
 * letter's verdict must stay as it was; "there must be no …" is read as "there will be no …",
 * and "won't", "can't" or "mustn't" as the modal with its "not".
 */
import { childNamed } from '../helpers/child-named';
import { readTexts } from '../helpers/labelled-texts';
import { changedVerdicts, letters, ownLabelledTexts } from '../helpers/verdict-letters';

const MODALS = ['is going to', 'is to', 'to', 'will need to', 'will have to', 'has to', 'shall'];
const objectives = childNamed().filter((o) => o.modal === 'will');
const thereWillBe = ownLabelledTexts().filter((t) => /^There will be /.test(t));
const willNot = ownLabelledTexts().filter((t) => /\bwill not\b/.test(t));

describe('another way of saying "will"', () => {
  it('has objectives to try', () => {
    expect(objectives.length).toBeGreaterThan(50);
    expect(thereWillBe.length).toBeGreaterThan(1);
  });

  it.each(MODALS)('leaves every verdict as it was with "%s" for a child’s "will"', (modal) => {
    expect(
      changedVerdicts(
        objectives,
        (o) => o.text,
        (o) => `${o.name} ${modal} ${o.rest}`,
      ),
    ).toEqual([]);
  });

  it.each(["won't", 'won’t'])('reads "%s" as "will not"', (wont) => {
    expect(willNot.length).toBeGreaterThan(3);
    expect(
      changedVerdicts(
        willNot,
        (t) => t,
        (t) => t.replace(/\bwill not\b/g, wont),
      ),
    ).toEqual([]);
  });

  it('reads "can\'t", "mustn\'t" and "shouldn\'t" as modals with their "not"', () => {
    const thing = 'Family visits cannot be restricted or refused as a punishment.';
    expect(letters(thing.replace('cannot', "can't"))).toBe(letters(thing));
    expect(letters("Dad mustn't drink when he has the children.")).toBe(
      letters('Dad must not drink when he has the children.'),
    );
    expect(letters("Dad shouldn't shout at Amy.")).toBe(letters('Dad should not shout at Amy.'));
  });

  // "Dad not to live at the family home", as written agreements and safety plans put a rule: the
  // "not" is the modal's, so the verdicts are those of "Dad will not live at the family home".
  it('reads "<name> not to" as "<name> will not"', () => {
    const willNotNamed = [...ownLabelledTexts(), ...readTexts()].filter((t) =>
      /^(?!(?:We|They|He|She|It|You)\b)(?:[A-Z][a-z]+|Mum|Dad) will not /.test(t),
    );
    expect(willNotNamed.length).toBeGreaterThan(3);
    expect(
      changedVerdicts(
        willNotNamed,
        (t) => t,
        (t) => t.replace(/^(\S+) will not /, '$1 not to '),
      ),
    ).toEqual([]);
    for (const [notTo, willNotText] of [
      [
        'Dad not to live at the family home while the police investigation is ongoing.',
        'Dad will not live at the family home while the police investigation is ongoing.',
      ],
      [
        'Leo not to go out after 9pm on school nights.',
        'Leo will not go out after 9pm on school nights.',
      ],
      ['Dad never to be alone with the children.', 'Dad will never be alone with the children.'],
    ])
      expect(letters(notTo)).toBe(letters(willNotText));
  });

  it.each(['must', 'shall'])('reads "there %s be" as "there will be"', (modal) => {
    expect(
      changedVerdicts(
        thereWillBe,
        (t) => t,
        (t) => t.replace(/^There will be/, `There ${modal} be`),
      ),
    ).toEqual([]);
  });
});

// "I plan to go to college" is a modal; "Give the safety plan to Mum" holds the noun "plan", and
// the command is still an adult's task (set AB's tune half).
describe('"plan to" as a modal or a noun', () => {
  it('reads "the safety plan to Mum" as a thing given, so the command stays an action', () => {
    expect(letters('Give a copy of the safety plan to Mum by Friday 11 December 2026.')[4]).toBe(
      '.',
    );
  });

  it('still reads "I plan to" as what the young person means to do', () => {
    expect(letters('I plan to start at Riverside College in September 2027.')[4]).toBe('O');
  });
});
