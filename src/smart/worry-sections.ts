/**
 * Which headings hold a plan's worries ("What are we worried about?", "Reasons for the plan").
 * Both readers need it: the worries reader takes their items as worries, and the objectives
 * reader must not take the same items as objectives ("Reasons for the plan" names "the plan").
 */

/** Headings whose items are worries, not objectives, views or strengths. */
const WORRY_SECTION =
  /\b(?:worr(?:y|ies|ied)|concerns?|what['’]?s not (?:working|going well)|what (?:is|isn['’]t) (?:not )?(?:working|going well)|not going well|difficulties|challenges|concerned|dangers?|danger statements?|complicating factors?|risks?|areas? of (?:need|concern|risk)|needs? identified|identified needs|presenting (?:needs|issues|concerns)|why (?:is )?(?:this|the|a) plan (?:is )?needed|why (?:are|is) (?:we|children'?s services) involved|reasons? for (?:the|this) plan|reasons? for (?:concern|involvement|referral)|what (?:is|are) the (?:problems?|issues?|concerns?)|issues?(?: raised| to be addressed| identified)?|problems?|why [\w'’ ]{0,40}(?:needs?|has|have|is on|are on) (?:a|an|this|the) [\w ]{0,40}plan)\b|^\W*(?:needs?|identified needs?)\W*$/i;

/** Sections that mention worry words but hold something else ("What we are not worried about"). */
const NOT_WORRIES =
  /\b(?:not worried|(?<!not )working well|strengths?|(?<!not )going well|safety goals?|goals?|outcomes?|objectives?|actions?|contingency|views?|wishes|what needs to happen|next steps|plan of action|signatures?|scaling|agreement|will be met|how we will)\b/i;

export function isWorrySection(heading: string): boolean {
  return WORRY_SECTION.test(heading) && !NOT_WORRIES.test(heading);
}

/**
 * Whether a line set as a title ("What needs to happen:", "Strengths:") ends a worries section;
 * an introduction inside one ("These need to change for the baby to be safe:") does not.
 */
export function endsWorrySection(title: string): boolean {
  return (
    NOT_WORRIES.test(title) ||
    /\b(?:plan|outcomes?|objectives?|actions?|goals?|targets?|what (?:will|must|should) (?:happen|change)|background|history|summary|views?)\b/i.test(
      title,
    )
  );
}
