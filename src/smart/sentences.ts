/**
 * A prose paragraph's sentences, with where each starts: a plan written as a letter or an email
 * puts several worries, or several objectives, in one paragraph.
 */
export interface Sentence {
  text: string;
  start: number;
}

/**
 * A full stop, question or exclamation mark, then a new sentence's capital or opening quote; not
 * a title's full stop ("Law enforcement found Ms. Boone asleep", as US plans write it).
 */
const BOUNDARY = /(?<=[.!?])(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|St)\.)\s+(?=[A-Z"“‘'(])/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}
