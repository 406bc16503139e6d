/** A fictional child protection plan with one worry and the objective that answers it. */
export const ONE_WORRY_PLAN = `# Child protection plan: Leo Marsh (4)

## What are we worried about?
- Dad drinks heavily when he is looking after Leo on his own.

## What needs to happen
- Dad will be sober whenever he cares for Leo, checked by a breath test at each visit.
`;
