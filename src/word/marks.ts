/**
 * Writes our marks into Word in one context.sync() per check, removing only marks we made.
 *
 * Preference: annotations/critiques (WordApi 1.7; popup suggestions with 1.8), else comments
 * (WordApi 1.4), else highlights. Annotations need a Microsoft 365 subscription even where
 * isSetSupported says yes (office-js #4953), so a failed insert is treated as "not supported"
 * and the caller falls back to comments.
 */
import type { Mark, TextTarget } from '../pane/adapter';

export type WordMarkMode = 'annotations' | 'comments' | 'highlights';

export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function detectMarkMode(requirements: Requirements): {
  mode: WordMarkMode;
  popups: boolean;
} {
  if (requirements.isSetSupported('WordApi', '1.7')) {
    return { mode: 'annotations', popups: requirements.isSetSupported('WordApi', '1.8') };
  }
  if (requirements.isSetSupported('WordApi', '1.4')) return { mode: 'comments', popups: false };
  return { mode: 'highlights', popups: false };
}

/** Every comment we write starts with this, so we can tell ours from people's. */
export const COMMENT_PREFIX = 'SMART Plans: ';
/** Highlight colour used only for our marks. */
export const HIGHLIGHT = 'Turquoise';
/** Resource ids declared in manifest/word/manifest.xml for the critique popup. */
export const POPUP_RESOURCES = {
  brandingTextResourceId: 'SmartPlans.Brand',
  titleResourceId: 'SmartPlans.CritiqueTitle',
  subtitleResourceId: 'SmartPlans.CritiqueSubtitle',
};

const COLOUR: Record<Mark['severity'], Word.CritiqueColorScheme | 'Red' | 'Lavender' | 'Blue'> = {
  error: 'Red',
  warning: 'Lavender',
  info: 'Blue',
};

/**
 * Marks that do not overlap within a paragraph: identical ranges merge their messages and
 * suggestions; a range overlapping an earlier one is dropped (Word cannot stack critiques).
 */
export function mergeMarks(marks: Mark[]): Mark[] {
  const sorted = marks
    .filter((m) => m.end > m.start)
    .slice()
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
  const out: Mark[] = [];
  for (const mark of sorted) {
    const last = out[out.length - 1];
    if (last && last.paragraph === mark.paragraph && mark.start < last.end) {
      if (
        last.start === mark.start &&
        last.end === mark.end &&
        last.objectiveId === mark.objectiveId
      ) {
        out[out.length - 1] = {
          ...last,
          message: `${last.message} ${mark.message}`,
          suggestions: [...new Set([...last.suggestions, ...mark.suggestions])].slice(0, 3),
          severity:
            last.severity === 'error' || mark.severity === 'error' ? 'error' : last.severity,
        };
      }
      continue;
    }
    out.push({ ...mark, suggestions: mark.suggestions.slice(0, 3) });
  }
  return out;
}

/** Word's search treats "^" as a control character; "^^" finds a caret. */
function escapeSearch(text: string): string {
  return text.replace(/\^/g, '^^');
}

const SEARCH_LIMIT = 255;

/** Shortest substring starting at `start`, at least `min` long, that occurs once in `text`. */
function uniqueFrom(text: string, start: number, min: number): string | null {
  for (let len = Math.max(1, min); start + len <= text.length && len <= SEARCH_LIMIT; len++) {
    const sub = text.slice(start, start + len);
    if (text.indexOf(sub) === start && text.indexOf(sub, start + 1) === -1) return sub;
  }
  return null;
}

/** Shortest substring ending at `end`, at least `min` long, that occurs once in `text`. */
function uniqueTo(text: string, end: number, min: number): string | null {
  for (let len = Math.max(1, min); end - len >= 0 && len <= SEARCH_LIMIT; len++) {
    const sub = text.slice(end - len, end);
    if (text.indexOf(sub) === end - len && text.indexOf(sub, end - len + 1) === -1) return sub;
  }
  return null;
}

const SEARCH_OPTIONS = { matchCase: true, matchWildcards: false };

/**
 * A Range for [start, end) of a paragraph whose text is `text`. office-js has no character
 * offsets, so the range is found by searching for a substring that is unique in the paragraph.
 * Queues proxies only: no sync.
 */
export function rangeInParagraph(
  paragraph: Word.Paragraph,
  text: string,
  start: number,
  end: number,
): Word.Range {
  if (start <= 0 && end >= text.length) return paragraph.getRange('Content');
  const target = text.slice(start, end);
  if (target.length > 0 && target.length <= SEARCH_LIMIT) {
    const from = uniqueFrom(text, start, target.length);
    if (from) {
      const found = paragraph.search(escapeSearch(from), SEARCH_OPTIONS).getFirst();
      return from.length === target.length
        ? found
        : found.search(escapeSearch(target), SEARCH_OPTIONS).getFirst();
    }
  }
  if (target.length > SEARCH_LIMIT) {
    const head = uniqueFrom(text, start, 1);
    const tail = uniqueTo(text, end, 1);
    if (head && tail) {
      const first = paragraph.search(escapeSearch(head), SEARCH_OPTIONS).getFirst();
      const last = paragraph.search(escapeSearch(tail), SEARCH_OPTIONS).getFirst();
      return first.expandTo(last);
    }
  }
  return paragraph.getRange('Content');
}

/**
 * An empty range at offset `at` of a paragraph, for inserting text there. Returns the range
 * and where to insert relative to it.
 */
export function pointInParagraph(
  paragraph: Word.Paragraph,
  text: string,
  at: number,
): { range: Word.Range | Word.Paragraph; location: 'Start' | 'End' | 'After' | 'Before' } {
  if (at <= 0) return { range: paragraph, location: 'Start' };
  if (at >= text.length) return { range: paragraph, location: 'End' };
  const before = uniqueTo(text, at, 1);
  if (before)
    return {
      range: paragraph.search(escapeSearch(before), SEARCH_OPTIONS).getFirst(),
      location: 'After',
    };
  const after = uniqueFrom(text, at, 1);
  if (after)
    return {
      range: paragraph.search(escapeSearch(after), SEARCH_OPTIONS).getFirst(),
      location: 'Before',
    };
  return { range: paragraph, location: 'End' };
}

interface Highlighted {
  paragraph: number;
  text: string;
  start: number;
  end: number;
}

/**
 * Remembers the marks it wrote (ids of annotations and comments, places of highlights) so that
 * a re-check removes exactly those. Holds no document text beyond the marked words.
 */
export class WordMarker {
  mode: WordMarkMode;
  popups: boolean;
  private annotations = new Map<string, string[]>();
  private comments = new Map<string, string[]>();
  private highlights = new Map<string, Highlighted[]>();
  private loadedComments: Word.CommentCollection | null = null;
  private loadedAnnotations: Word.AnnotationCollection[] = [];

  constructor(mode: { mode: WordMarkMode; popups: boolean }) {
    this.mode = mode.mode;
    this.popups = mode.popups;
  }

  /**
   * Queues loads of existing comments so they ride along with the reader's first sync (a
   * comment can only be deleted through a loaded collection: there is no getById).
   */
  prepare(context: Word.RequestContext): void {
    this.loadedComments = null;
    this.loadedAnnotations = [];
    if (this.mode === 'comments') {
      this.loadedComments = context.document.body.getComments();
      this.loadedComments.load('id,content');
    }
  }

  /** Queues loads of paragraph annotations so they ride along with the reader's second sync. */
  prepareParagraphs(paragraphs: Word.Paragraph[]): void {
    if (this.mode !== 'annotations' || this.knownAnnotationIds().size === 0) return;
    this.loadedAnnotations = paragraphs.map((p) => {
      const collection = p.getAnnotations();
      collection.load('id');
      return collection;
    });
  }

  private knownAnnotationIds(only?: Set<string>): Set<string> {
    const ids = new Set<string>();
    this.annotations.forEach((list, objectiveId) => {
      if (!only || only.has(objectiveId)) list.forEach((id) => ids.add(id));
    });
    return ids;
  }

  /**
   * Queues removal of our marks (all, or those of `only` objectives) and insertion of `marks`,
   * then syncs once. `paragraphs` are the proxies by index; `texts` their current text.
   */
  async write(
    context: Word.RequestContext,
    paragraphs: Word.Paragraph[],
    texts: string[],
    marks: Mark[],
    only?: Set<string>,
  ): Promise<void> {
    this.queueRemoval(context, paragraphs, texts, only);
    const merged = mergeMarks(marks).filter(
      (m) => paragraphs[m.paragraph] && texts[m.paragraph] !== undefined,
    );
    const pending: Array<() => void> = [];

    if (this.mode === 'annotations') {
      const byParagraph = new Map<number, Mark[]>();
      merged.forEach((m) =>
        byParagraph.set(m.paragraph, [...(byParagraph.get(m.paragraph) ?? []), m]),
      );
      byParagraph.forEach((list, index) => {
        const critiques: Word.Critique[] = list.map((m) => ({
          colorScheme: COLOUR[m.severity] as Word.CritiqueColorScheme,
          start: m.start,
          length: m.end - m.start,
          ...(this.popups && m.suggestions.length > 0
            ? { popupOptions: { ...POPUP_RESOURCES, suggestions: m.suggestions.slice(0, 3) } }
            : {}),
        }));
        const result = paragraphs[index].insertAnnotations({ critiques });
        pending.push(() => {
          const ids = result.value ?? [];
          list.forEach((m, i) => {
            if (ids[i])
              this.annotations.set(m.objectiveId, [
                ...(this.annotations.get(m.objectiveId) ?? []),
                ids[i],
              ]);
          });
        });
      });
    } else if (this.mode === 'comments') {
      merged.forEach((m) => {
        const range = rangeInParagraph(paragraphs[m.paragraph], texts[m.paragraph], m.start, m.end);
        const comment = range.insertComment(`${COMMENT_PREFIX}${m.message}`);
        comment.load('id');
        pending.push(() => {
          this.comments.set(m.objectiveId, [
            ...(this.comments.get(m.objectiveId) ?? []),
            comment.id,
          ]);
        });
      });
    } else {
      merged.forEach((m) => {
        const range = rangeInParagraph(paragraphs[m.paragraph], texts[m.paragraph], m.start, m.end);
        range.font.highlightColor = HIGHLIGHT;
        const text = texts[m.paragraph].slice(m.start, m.end);
        const entry = { paragraph: m.paragraph, text, start: m.start, end: m.end };
        this.highlights.set(m.objectiveId, [...(this.highlights.get(m.objectiveId) ?? []), entry]);
      });
    }
    await context.sync();
    pending.forEach((record) => record());
  }

  /** Queues removal of our marks; forgets them. */
  queueRemoval(
    context: Word.RequestContext,
    paragraphs: Word.Paragraph[],
    texts: string[],
    only?: Set<string>,
  ): void {
    const mine = (map: Map<string, unknown>) =>
      [...map.keys()].filter((id) => !only || only.has(id));

    if (this.loadedAnnotations.length > 0) {
      // A full check loaded every paragraph's annotations: delete those we know are ours.
      const ours = this.knownAnnotationIds(only);
      this.loadedAnnotations.forEach((collection) =>
        collection.items.forEach((a) => {
          if (ours.has(a.id)) a.delete();
        }),
      );
    } else if (only) {
      this.knownAnnotationIds(only).forEach((id) =>
        context.document.getAnnotationById(id).delete(),
      );
    }
    mine(this.annotations).forEach((id) => this.annotations.delete(id));

    const ourComments = new Set<string>();
    mine(this.comments).forEach((objectiveId) => {
      (this.comments.get(objectiveId) ?? []).forEach((id) => ourComments.add(id));
      this.comments.delete(objectiveId);
    });
    if (this.loadedComments) {
      // Also catches comments left by an earlier session of the pane (they carry our prefix).
      this.loadedComments.items.forEach((c) => {
        if (ourComments.has(c.id) || (!only && c.content.startsWith(COMMENT_PREFIX))) c.delete();
      });
    }

    mine(this.highlights).forEach((objectiveId) => {
      (this.highlights.get(objectiveId) ?? []).forEach((h) => {
        const paragraph = paragraphs[h.paragraph];
        const text = texts[h.paragraph];
        // Only where the words are still where we marked them: otherwise leave the user's text be.
        if (paragraph && text !== undefined && text.slice(h.start, h.end) === h.text) {
          rangeInParagraph(paragraph, text, h.start, h.end).font.highlightColor =
            null as unknown as string;
        }
      });
      this.highlights.delete(objectiveId);
    });
  }

  /** True when nothing of ours is left in the document, as far as we know. */
  isEmpty(): boolean {
    return this.annotations.size === 0 && this.comments.size === 0 && this.highlights.size === 0;
  }

  /** The objective a clicked annotation belongs to. */
  objectiveForAnnotation(annotationId: string): string | undefined {
    for (const [objectiveId, ids] of this.annotations)
      if (ids.includes(annotationId)) return objectiveId;
    return undefined;
  }

  /** Paragraphs where we hold highlights: a clear-all needs their proxies. */
  highlightedParagraphs(): number[] {
    const out = new Set<number>();
    this.highlights.forEach((list) => list.forEach((h) => out.add(h.paragraph)));
    return [...out];
  }
}

/** A selectable range spanning all targets (a table row's cells), queued only. */
export function rangeForTargets(
  paragraphs: Word.Paragraph[],
  texts: string[],
  targets: TextTarget[],
): Word.Range | null {
  const valid = targets.filter((t) => paragraphs[t.paragraph]);
  if (valid.length === 0) return null;
  const first = valid[0];
  const last = valid[valid.length - 1];
  const start = rangeInParagraph(
    paragraphs[first.paragraph],
    texts[first.paragraph],
    first.start,
    first.end,
  );
  if (valid.length === 1) return start;
  const end = rangeInParagraph(
    paragraphs[last.paragraph],
    texts[last.paragraph],
    last.start,
    last.end,
  );
  return start.expandTo(end);
}
