/**
 * Grandparents and other kin who care for a child: "Granny", "Gran", "Grandpa" are family carers
 * as "Nan" and "Grandma" are, and a fostering panel's approval names who decides and is on record.
 * Probes written for this, not from a labelled set.
 */
import { analyse } from '../../src/smart/analyse';
import { checkObjectiveText } from '../../src/smart';

const today = new Date(2026, 11, 1);

it.each(['Granny', 'Gran', 'Grandpa', 'Nana'])('reads %s as a family carer', (who) => {
  const a = analyse(`${who} will take Harley to school every day this term.`, { today });
  expect(a.clauses[0]?.subject.kind).toBe('parent');
});

it("reads a panel's approval as who decides, and as an event on record", () => {
  const { criteria } = checkObjectiveText(
    "Grandma will be approved as Harley's kinship carer by the fostering panel in April 2027.",
    { today },
  );
  expect(criteria.specific.met).toBe(true);
  expect(criteria.measurable.met).toBe(true);
});
