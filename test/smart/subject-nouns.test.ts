/**
 * Who acts, when a plan names them by a noun rather than a name: "the individual", "the
 * participant", "the young adult" bind a young person as orders and leaving-care plans write
 * them, but the same word describing a thing ("Individual sessions") names nobody.
 */
import { analyse } from '../../src/smart/analyse';

const today = new Date(2026, 11, 1);

function subjectKind(text: string): string | undefined {
  return analyse(text, { today }).clauses[0]?.subject.kind;
}

test.each([
  ['The individual must contact the duty worker no later than 9pm.', 'child'],
  ['Each participant must complete 26 sessions by the end of the order.', 'child'],
  ['The young adult will cook a meal for the household once a week.', 'child'],
  ['The person must report to the youth justice officer within 2 working days.', 'child'],
])('"%s" is said of the young person', (text, kind) => {
  expect(subjectKind(text)).toBe(kind);
});

test.each([
  'Individual sessions will be offered to Sam every week.',
  'Individual therapy will start in January 2027.',
  'Participant information will be shared with the school by Friday.',
])('"%s" has a thing, not a person, as its subject', (text) => {
  expect(subjectKind(text)).toBe('thing');
});
