/**
 * What the second reading weighs: the words and word pairs of the objective's main clause from
 * its verb on, the verb, the clause's length and what kind of subject it has. The same list is
 * made when the weights are trained (scripts/train-second-reading.ts) and when an objective is
 * checked, so they must not drift.
 */
import type { Analysis } from '../analyse';
import { FRONTED_LEAD } from '../analysis/clauses';

/**
 * Who is spoken of, and how, is the rules' to read: "you will catch up with your class" and "he
 * will catch up with his class" weigh the same.
 */
const PERSON = new Map<string, string>([
  ...['i', 'you', 'he', 'she', 'they', 'we'].map((w) => [w, '<who>'] as [string, string]),
  ...['me', 'him', 'them', 'us'].map((w) => [w, '<whom>'] as [string, string]),
  ...['my', 'your', 'his', 'her', 'their', 'our'].map((w) => [w, '<whose>'] as [string, string]),
  ...['myself', 'yourself', 'himself', 'herself', 'themselves', 'ourselves'].map(
    (w) => [w, '<self>'] as [string, string],
  ),
]);

/** Lower case, straight apostrophes, numbers as one word: "3 times" and "5 times" read alike. */
export function words(text: string): string[] {
  return (
    text
      // "⅗" is read as "3/5" is.
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’']/g, "'")
      .split(/[^a-z0-9'_[\]]+/)
      .filter(Boolean)
      .map((w) => (/^\d/.test(w) ? '<num>' : (PERSON.get(w) ?? w)))
  );
}

/**
 * What the second reading reads: the sentence from its main verb on, and what kind of subject
 * it has. Who is named, how ("Dad", "Father", "Mr Hall", "XX", "I"), and any phrase put before
 * them are the rules' to read; left in, they would make "Dad to complete ICON training" and
 * "Father to complete ICON training" read differently.
 */
export interface Core {
  text: string;
  subject: string;
}

/** The part of the analysed text the second reading weighs. */
export function coreOf(analysis: Pick<Analysis, 'text' | 'clauses'>): Core {
  const text = analysis.text;
  // "If a child is absent from school, Jordan to learn to cook": the condition is not the main clause.
  const c = analysis.clauses.find(
    (x) => x.verb !== '' && !x.embedded && !CONDITION.test(text.slice(0, x.subject.start)),
  );
  if (!c)
    return {
      text: withoutTrailingNote(text.replace(FRONTED, '').replace(LEAD, '')),
      subject: 'none',
    };
  return { text: withoutTrailingNote(text.slice(c.verbStart)), subject: c.subject.kind };
}

/**
 * The main clause without a note the writer put after its sentence, in brackets or as a plan's
 * own label ("… by Christmas. (agreed at the core group)", "… Review at the next core group."):
 * the note says nothing of what the sentence asks for. A sentence
 * that follows is kept: "Mum will attend. This will help Kai feel safe." states its result there.
 */
function withoutTrailingNote(text: string): string {
  return text.replace(TRAILING_NOTE, '').replace(TOOL_USED, '');
}

/**
 * ", using her break card", "using his feelings chart": the tool a skill is shown with says
 * nothing of whether the clause is the child's change or an adult's task, and its nouns ("card")
 * are ones that, elsewhere, name what adults hand over.
 */
const TOOL_USED = /,?\s+using\s+(?:a|an|the|his|her|their|my|your|our)\s+[^,;.]{1,50}(?=[,;.]|$)/gi;

const TRAILING_NOTE =
  /(?<=[.!?])\s*(?:\([^()]{1,120}\)\s*\.?|(?:Review(?:ed)?|To be reviewed|Lead|Owner|Responsible|Agreed|By when|Progress|Update|NB|Note)\b[^.!?]{0,80}[.!?]?)\s*$/;

/** A clause opened by a condition, still open where the next subject starts. */
const CONDITION =
  /(?:^|[,;:]\s*)\W*(?:if|when|whenever|unless|once|where|while|until|in case|as soon as)\b[^,;:]*$/i;
/**
 * A phrase put before a fragment ("At home, Referral to …", "By half term, read …"): the rules
 * read it, as they do one put before a subject, so the second reading leaves it out. Not one
 * that opens with "To": "To read with more confidence, …" is the fragment itself.
 */
const FRONTED = new RegExp(String.raw`^\W*(?![Tt]o\s)${FRONTED_LEAD}\s[^,;:.]{1,80},\s+(?=\S)`);
/** A fragment's label and its "To"/"Will": "Action: Referral to …", "To read …". */
const LEAD = /^\W*(?:[\p{L} ]{1,30}:\s+)?(?:(?:to|will)\s+)?/iu;

export function readingFeatures(core: Core): string[] {
  const out = new Set<string>();
  const tokens = words(core.text);
  out.add(`subject:${core.subject}`);
  for (const w of tokens) out.add(`w:${w}`);
  for (let i = 0; i + 1 < tokens.length; i++) out.add(`b:${tokens[i]}_${tokens[i + 1]}`);
  out.add(`first:${tokens[0] ?? ''}`);
  out.add(`len:${Math.min(6, Math.floor(tokens.length / 8))}`);
  return [...out];
}
