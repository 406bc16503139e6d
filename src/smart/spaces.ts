/**
 * Text from Word and from pasting carries spaces the writer never sees: two after a full stop,
 * the non-breaking space Word keeps between "30" and "June", a tab between a table's words.
 * The checker reads each run of them as one plain space, so "Leo  will  attend" is read as
 * "Leo will attend"; what it finds in that reading is mapped back onto the text as written, so
 * every underline and every rewrite lands on the writer's own characters. Line breaks are kept.
 */
import type { Span } from './types';

/** Any run of spaces that is not exactly one plain space. */
const ODD_SPACES =
  /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]|[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}/;
const SPACE_RUN = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

export interface SpacedReading {
  /** The text as the checker reads it. */
  text: string;
  /** A span of the reading, as the same characters of the text as written. */
  toWritten<T extends Span>(span: T): T;
  /** A span of the text as written, as the same characters of the reading. */
  toRead<T extends Span>(span: T): T;
}

/** The reading of a text, or undefined when its spaces are already plain single ones. */
export function readSpaces(written: string): SpacedReading | undefined {
  if (!ODD_SPACES.test(written)) return undefined;
  // written index of each read character, with one more entry for the end of the text
  const writtenAt: number[] = [];
  // read index of each written character, likewise
  const readAt: number[] = [];
  let text = '';
  let last = 0;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(written); m; m = SPACE_RUN.exec(written)) {
    for (let i = last; i < m.index; i++) {
      readAt.push(text.length + i - last);
      writtenAt.push(i);
    }
    text += written.slice(last, m.index);
    for (let i = 0; i < m[0].length; i++) readAt.push(text.length);
    writtenAt.push(m.index);
    text += ' ';
    last = m.index + m[0].length;
  }
  for (let i = last; i < written.length; i++) {
    readAt.push(text.length + i - last);
    writtenAt.push(i);
  }
  text += written.slice(last);
  writtenAt.push(written.length);
  readAt.push(text.length);
  return {
    text,
    toWritten: (span) => {
      const start = writtenAt[span.start];
      // The end of a span is just past its last character, wherever that character was written.
      const end = span.end > span.start ? writtenAt[span.end - 1] + 1 : start;
      return { ...span, start, end };
    },
    toRead: (span) => ({ ...span, start: readAt[span.start], end: readAt[span.end] }),
  };
}
