/**
 * The Word implementation of DocumentAdapter (office-js). Every Word.run lives here; the pane
 * only sees plain data. A full check is three syncs whatever the document's length: two to read
 * (document.ts) and one to write marks (marks.ts).
 */
import type {
  CheckProgress,
  ComputeChangedMarks,
  ComputeMarks,
  DocumentAdapter,
  DocumentEvents,
  DocumentSnapshot,
  Mark,
  MarkKind,
  TextTarget,
} from '../pane/adapter';
import { readWordDocument } from './document';
import {
  detectMarkMode,
  pointInParagraph,
  rangeForTargets,
  WordMarker,
  type Requirements,
} from './marks';
import {
  loadIgnoredFromSettings,
  saveIgnoredToSettings,
  type SettingsLike,
} from '../pane/settings';

/** What the adapter needs from the Office globals; tests pass mocks. */
export interface WordHost {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  requirements: Requirements;
  settings: SettingsLike;
  /** Office.context.document, for the selection event (Common API). */
  addSelectionHandler?(handler: () => void): void;
  removeSelectionHandler?(handler: () => void): void;
}

/** How often to look at the selection's paragraph where Word has no paragraph events. */
export const POLL_MS = 1500;

/** Office's codes for "this host cannot do that", as insertAnnotations fails where unlicensed. */
const UNSUPPORTED_CODES = new Set([
  'GeneralException',
  'NotImplemented',
  'ApiNotFound',
  'AccessDenied',
]);

/** Did annotations themselves fail because the host cannot show them (not a passing error)? */
export function annotationsUnsupported(error: unknown): boolean {
  const e = error as { code?: unknown; debugInfo?: { errorLocation?: unknown } } | null;
  if (!e || typeof e.code !== 'string' || !UNSUPPORTED_CODES.has(e.code)) return false;
  const where = e.debugInfo?.errorLocation;
  return typeof where !== 'string' || /annotation/i.test(where);
}

export class WordAdapter implements DocumentAdapter {
  readonly hostName = 'Word';
  private marker: WordMarker;
  private snapshot: DocumentSnapshot | null = null;
  private ids: string[] | undefined;
  private readonly events: boolean;

  constructor(private readonly host: WordHost) {
    this.marker = new WordMarker(detectMarkMode(host.requirements));
    this.events = host.requirements.isSetSupported('WordApi', '1.6');
  }

  markKind(): MarkKind {
    return this.marker.mode;
  }

  async check(compute: ComputeMarks, onProgress?: (p: CheckProgress) => void): Promise<MarkKind> {
    try {
      await this.fullCheck(compute, onProgress);
    } catch (error) {
      if (this.marker.mode !== 'annotations' || !annotationsUnsupported(error)) throw error;
      // Annotations can be "supported" yet fail without a Microsoft 365 subscription
      // (office-js #4953, a GeneralException at insertAnnotations): fall back to comments for
      // the rest of the session. Any other error is passed on: comments last in a shared
      // child-protection document, so they are written only when annotations cannot be.
      this.marker = new WordMarker({ mode: 'comments', popups: false });
      await this.fullCheck(compute, onProgress);
    }
    return this.marker.mode;
  }

  private fullCheck(compute: ComputeMarks, onProgress?: (p: CheckProgress) => void): Promise<void> {
    return this.host.run(async (context) => {
      onProgress?.({ stage: 'Reading the document', done: 0, total: 1 });
      this.marker.prepare(context);
      const read = await readWordDocument(context, {
        uniqueIds: this.events,
        beforeSecondSync: (paragraphs) => this.marker.prepareParagraphs(paragraphs),
      });
      this.snapshot = read.snapshot;
      this.ids = read.ids;
      const marks = await compute(read.snapshot);
      await this.marker.write(context, read.paragraphs, read.snapshot.paragraphs, marks);
    });
  }

  async recheck(paragraphs: number[], compute: ComputeChangedMarks): Promise<void> {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    await this.host.run(async (context) => {
      this.marker.prepare(context);
      const all = context.document.body.paragraphs;
      all.load('text');
      await context.sync();
      const proxies = all.items;
      if (proxies.length !== snapshot.paragraphs.length) {
        throw new StructureChangedError();
      }
      const texts = proxies.map((p) => p.text);
      // Only paragraphs that really changed are re-checked, whatever the host reported.
      const wanted = paragraphs.length > 0 ? paragraphs : texts.map((_t, i) => i);
      const changed = new Map<number, string>();
      wanted.forEach((i) => {
        if (texts[i] !== undefined && texts[i] !== snapshot.paragraphs[i]) changed.set(i, texts[i]);
      });
      if (changed.size === 0) return;
      const result = await compute(changed);
      if (!result) return;
      changed.forEach((text, i) => (snapshot.paragraphs[i] = text));
      await this.marker.write(context, proxies, texts, result.marks, new Set(result.objectiveIds));
    });
  }

  async remark(marks: Mark[], objectiveIds: string[]): Promise<void> {
    await this.host.run(async (context) => {
      this.marker.prepare(context);
      const all = context.document.body.paragraphs;
      all.load('text');
      await context.sync();
      const texts = all.items.map((p) => p.text);
      // Marks computed from an older read are dropped where their paragraph has changed since.
      const current = marks.filter(
        (m) => m.expected === undefined || texts[m.paragraph] === m.expected,
      );
      await this.marker.write(context, all.items, texts, current, new Set(objectiveIds));
    });
  }

  async clearMarks(): Promise<void> {
    await this.host.run(async (context) => {
      this.marker.prepare(context);
      const all = context.document.body.paragraphs;
      all.load('text');
      await context.sync();
      this.marker.prepareParagraphs(all.items);
      await context.sync();
      await this.marker.write(
        context,
        all.items,
        all.items.map((p) => p.text),
        [],
      );
    });
  }

  async select(target: TextTarget | TextTarget[]): Promise<void> {
    const targets = Array.isArray(target) ? target : [target];
    await this.host.run(async (context) => {
      const all = context.document.body.paragraphs;
      all.load('text');
      await context.sync();
      const texts = all.items.map((p) => p.text);
      const range = rangeForTargets(all.items, texts, targets);
      if (!range)
        throw new Error('That text is no longer in the document. Re-check the plan and try again.');
      range.select();
      await context.sync();
    });
  }

  async replace(
    target: TextTarget,
    text: string,
    placeholder?: { start: number; end: number },
  ): Promise<void> {
    await this.host.run(async (context) => {
      const all = context.document.body.paragraphs;
      all.load('text');
      await context.sync();
      const paragraph = all.items[target.paragraph];
      const current = paragraph?.text;
      if (!paragraph || (target.expected !== undefined && current !== target.expected)) {
        throw new Error(
          'The paragraph has changed since it was checked. Wait for the re-check, then try again.',
        );
      }
      let inserted: Word.Range;
      if (target.start === target.end) {
        const point = pointInParagraph(paragraph, current, target.start);
        inserted = point.range.insertText(text, point.location as Word.InsertLocation.start);
      } else {
        const range = rangeForTargets(
          all.items,
          all.items.map((p) => p.text),
          [target],
        );
        if (!range) throw new Error('That text is no longer in the document.');
        inserted = range.insertText(text, 'Replace');
      }
      // Leave the cursor on the placeholder so the user can type over it straight away.
      const fill = placeholder ? text.slice(placeholder.start, placeholder.end) : '';
      if (fill) inserted.search(fill.replace(/\^/g, '^^'), { matchCase: true }).getFirst().select();
      else inserted.select('End');
      await context.sync();
    });
  }

  async loadIgnored(): Promise<string[]> {
    return loadIgnoredFromSettings(this.host.settings);
  }

  saveIgnored(keys: string[]): Promise<void> {
    return saveIgnoredToSettings(this.host.settings, keys);
  }

  watch(events: DocumentEvents): () => void {
    const stops: Array<() => void> = [];
    let lastSelected: { text: string; index: number } | null = null;

    const selectionParagraph = async (): Promise<{ text: string; index: number } | null> => {
      const snapshot = this.snapshot;
      if (!snapshot) return null;
      return this.host.run(async (context) => {
        const p = context.document.getSelection().paragraphs.getFirst();
        p.load(this.events ? 'text,uniqueLocalId' : 'text');
        await context.sync();
        let index = this.ids && this.events ? this.ids.indexOf(p.uniqueLocalId) : -1;
        if (index < 0) index = snapshot.paragraphs.indexOf(p.text);
        return { text: p.text, index };
      });
    };

    const onSelection = (): void => {
      selectionParagraph()
        .then((found) => {
          if (found && found.index >= 0) events.selected(found.index);
        })
        .catch(() => undefined); // the selection can be in a header or a text box: nothing to show
    };
    if (this.host.addSelectionHandler) {
      this.host.addSelectionHandler(onSelection);
      stops.push(() => this.host.removeSelectionHandler?.(onSelection));
    }

    if (this.events) {
      const registrations: OfficeExtension.EventHandlerResult<unknown>[] = [];
      this.host
        .run(async (context) => {
          const doc = context.document;
          registrations.push(
            doc.onParagraphChanged.add(async (args) => {
              const indexes = args.uniqueLocalIds.map((id) => this.ids?.indexOf(id) ?? -1);
              events.changed(indexes.some((i) => i < 0) ? 'all' : indexes);
            }),
            doc.onParagraphAdded.add(async () => events.changed('all')),
            doc.onParagraphDeleted.add(async () => events.changed('all')),
          );
          if (this.marker.mode === 'annotations') {
            registrations.push(
              doc.onAnnotationClicked.add(async (args) => {
                const objectiveId = this.marker.objectiveForAnnotation(args.id);
                if (objectiveId) events.markActivated?.(objectiveId);
              }),
            );
            if (this.marker.popups) {
              // A suggestion picked in Word's popup opens its card; the card's Apply replaces the
              // range itself, because accepting in the popup can duplicate text (office-js #6358).
              registrations.push(
                doc.onAnnotationPopupAction.add(async (args) => {
                  const objectiveId = this.marker.objectiveForAnnotation(args.id);
                  if (objectiveId) events.markActivated?.(objectiveId);
                }),
              );
            }
          }
          await context.sync();
        })
        .catch(() => undefined); // without events the poll below still notices edits
      stops.push(() => {
        registrations.forEach((r) => {
          r.remove();
          r.context.sync().catch(() => undefined);
        });
      });
    } else {
      // A light poll of the selection's paragraph: the one the user is typing in.
      const timer = setInterval(() => {
        selectionParagraph()
          .then((found) => {
            if (!found) return;
            if (
              lastSelected &&
              lastSelected.index === found.index &&
              lastSelected.text !== found.text
            ) {
              events.changed(found.index >= 0 ? [found.index] : 'all');
            } else if (lastSelected && found.index < 0 && lastSelected.text !== found.text) {
              events.changed([lastSelected.index]);
            }
            if (found.index >= 0 || !lastSelected) lastSelected = found;
            else lastSelected = { text: found.text, index: lastSelected.index };
          })
          .catch(() => undefined);
      }, POLL_MS);
      stops.push(() => clearInterval(timer));
    }
    return () => stops.forEach((stop) => stop());
  }
}

/** Paragraphs were added or removed since the last full read: the caller re-checks all. */
export class StructureChangedError extends Error {
  constructor() {
    super('Paragraphs were added or removed; the whole plan will be checked again.');
    this.name = 'StructureChangedError';
  }
}
