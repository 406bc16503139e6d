/**
 * A Word document for office-addin-mock's OfficeMockObject: paragraphs (with list and table
 * information), comments, annotations and highlights, with every context.sync() counted.
 *
 * OfficeMockObject models load/sync for properties, but its load() does not understand item
 * properties of a collection ("text,styleBuiltIn" on body.paragraphs), so collections here map
 * such a load to loading `items`: reading `items` before the sync still fails as in Word.
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose main module
// also pulls in an ESM-only dependency that jest's CommonJS runtime cannot load.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

export interface ParagraphSpec {
  text: string;
  style?: string;
  /** listString as Word reports it: "1.", "a)", "•". */
  list?: { level: number; listString: string };
  /** Table cell position; nesting defaults to 1. */
  cell?: { row: number; cell: number; nesting?: number };
}

export interface MockComment {
  id: string;
  content: string;
  /** The words the comment is attached to. */
  on: string;
  deleted: boolean;
}

export interface MockAnnotation {
  id: string;
  paragraph: number;
  critique: Word.Critique;
  deleted: boolean;
}

export interface MockRange {
  paragraph: number;
  text: string;
  font: { highlightColor: string | null };
}

export interface WordMock {
  /** Pass to WordAdapter as the host. */
  host: {
    run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
    requirements: { isSetSupported(name: string, version?: string): boolean };
    settings: {
      get(n: string): unknown;
      set(n: string, v: unknown): void;
      saveAsync(cb?: (r: { status: string }) => void): void;
    };
  };
  context: Word.RequestContext;
  syncs(): number;
  resetSyncs(): void;
  paragraphs: ParagraphSpec[];
  comments: MockComment[];
  annotations: MockAnnotation[];
  highlights: MockRange[];
  selected: string[];
  settingsStore: Record<string, unknown>;
  /** Changes a paragraph's text, as the user typing would. */
  edit(index: number, text: string): void;
  /**
   * Makes insertAnnotations fail: `true` as it does without a Microsoft 365 subscription
   * (GeneralException), or with the Office error code given.
   */
  failAnnotations: boolean | string;
}

/** WordApi versions the mock host "supports", e.g. '1.4' means 1.1 to 1.4. */
export function mockWord(paragraphs: ParagraphSpec[], wordApi = '1.3'): WordMock {
  const comments: MockComment[] = [];
  const annotations: MockAnnotation[] = [];
  const highlights: MockRange[] = [];
  const selected: string[] = [];
  const settingsStore: Record<string, unknown> = {};
  let nextId = 1;
  let syncCount = 0;
  const state: { failAnnotations: boolean | string } = { failAnnotations: false };
  const max = Number(wordApi.split('.')[1]);

  function makeRange(paragraph: number, text: string): Record<string, unknown> {
    const range: MockRange & Record<string, unknown> = {
      paragraph,
      text,
      font: { highlightColor: null },
      insertComment(content: string) {
        const comment = { id: `c${nextId++}`, content, on: text, deleted: false };
        comments.push(comment);
        return { id: comment.id, load() {} };
      },
      search(needle: string) {
        return { getFirst: () => makeRange(paragraph, needle.replace(/\^\^/g, '^')) };
      },
      expandTo(other: MockRange) {
        return makeRange(paragraph, `${text}…${other.text}`);
      },
      select() {
        selected.push(text);
      },
      insertText(inserted: string) {
        return makeRange(paragraph, inserted);
      },
    };
    // Setting a highlight records it where the test can see it.
    const font = { highlightColor: null as string | null };
    Object.defineProperty(range, 'font', { value: font });
    Object.defineProperty(font, 'highlightColor', {
      set(colour: string | null) {
        const existing = highlights.find((h) => h.paragraph === paragraph && h.text === text);
        if (colour === null) {
          const i = highlights.indexOf(existing as MockRange);
          if (i >= 0) highlights.splice(i, 1);
        } else if (!existing)
          highlights.push({ paragraph, text, font: { highlightColor: colour } });
      },
      get: () =>
        highlights.find((h) => h.paragraph === paragraph && h.text === text)?.font.highlightColor ??
        null,
    });
    return range;
  }

  function paragraphItem(spec: ParagraphSpec, index: number): Record<string, unknown> {
    return {
      get text() {
        return spec.text;
      },
      styleBuiltIn: spec.style ?? 'Normal',
      isListItem: !!spec.list,
      tableNestingLevel: spec.cell ? (spec.cell.nesting ?? 1) : 0,
      uniqueLocalId: `para-${index}`,
      listItemOrNullObject: spec.list
        ? {
            isNullObject: false,
            level: spec.list.level,
            listString: spec.list.listString,
            load() {},
          }
        : { isNullObject: true, load() {} },
      parentTableCellOrNullObject: spec.cell
        ? { isNullObject: false, rowIndex: spec.cell.row, cellIndex: spec.cell.cell, load() {} }
        : { isNullObject: true, load() {} },
      insertAnnotations(set: Word.AnnotationSet) {
        if (state.failAnnotations)
          throw Object.assign(new Error('GeneralException'), {
            name: 'RichApi.Error',
            code: state.failAnnotations === true ? 'GeneralException' : state.failAnnotations,
            debugInfo: { errorLocation: 'Paragraph.insertAnnotations' },
          });
        const ids = set.critiques.map((critique) => {
          const a = { id: `a${nextId++}`, paragraph: index, critique, deleted: false };
          annotations.push(a);
          return a.id;
        });
        return { value: ids };
      },
      getAnnotations() {
        return {
          items: annotations
            .filter((a) => a.paragraph === index && !a.deleted)
            .map((a) => ({ id: a.id, delete: () => (a.deleted = true) })),
          load() {},
        };
      },
      getRange() {
        return makeRange(index, spec.text);
      },
      search(needle: string) {
        return { getFirst: () => makeRange(index, needle.replace(/\^\^/g, '^')) };
      },
      select() {
        selected.push(spec.text);
      },
      insertText(inserted: string) {
        return makeRange(index, inserted);
      },
    };
  }

  const data = {
    context: {
      document: {
        body: {
          paragraphs: {
            items: paragraphs.map(paragraphItem),
            load(this: OfficeMockObject) {
              return OfficeMockObject.prototype.load.call(this, 'items');
            },
          },
          getComments() {
            return {
              items: comments
                .filter((c) => !c.deleted)
                .map((c) => ({ id: c.id, content: c.content, delete: () => (c.deleted = true) })),
              load() {},
            };
          },
        },
        getAnnotationById(id: string) {
          return {
            delete() {
              const a = annotations.find((x) => x.id === id);
              if (a) a.deleted = true;
            },
          };
        },
        getSelection() {
          return {
            paragraphs: { getFirst: () => ({ text: paragraphs[0]?.text ?? '', load() {} }) },
          };
        },
      },
    },
  };

  const mock = new OfficeMockObject(data, 'word' as never) as unknown as {
    context: Word.RequestContext & OfficeMockObject;
  };
  const context = mock.context;
  const sync = context.sync.bind(context);
  (context as { sync: () => Promise<void> }).sync = async () => {
    syncCount++;
    await sync();
    // The mock's sync settles nested properties on later microtasks; let them finish.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  const result: WordMock = {
    host: {
      run: async (batch) => {
        // Each Word.run sees the document as it is now (items re-read, loads reset).
        // setValue is the mock's own way to replace a property's value; its types mark it private.
        const paragraphsMock = (
          context as unknown as {
            document: { body: { paragraphs: { setValue(n: string, v: unknown): void } } };
          }
        ).document.body.paragraphs;
        paragraphsMock.setValue('items', paragraphs.map(paragraphItem));
        return batch(context);
      },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === 'WordApi' && Number((version ?? '1.1').split('.')[1]) <= max,
      },
      settings: {
        get: (n) => settingsStore[n],
        set: (n, v) => (settingsStore[n] = v),
        saveAsync: (cb) => cb?.({ status: 'succeeded' }),
      },
    },
    context,
    syncs: () => syncCount,
    resetSyncs: () => (syncCount = 0),
    paragraphs,
    comments,
    annotations,
    highlights,
    selected,
    settingsStore,
    edit(index, text) {
      paragraphs[index] = { ...paragraphs[index], text };
    },
    get failAnnotations() {
      return state.failAnnotations;
    },
    set failAnnotations(value: boolean | string) {
      state.failAnnotations = value;
    },
  };
  return result;
}

/** A plan document: heading, a plan table, a list of outcomes, and `extra` list items. */
export function planParagraphs(extra = 0): ParagraphSpec[] {
  const out: ParagraphSpec[] = [
    { text: 'Child protection plan: Sam Example (fictional)', style: 'Heading1' },
    { text: 'What needs to change', style: 'Heading2' },
    { text: 'Need', cell: { row: 0, cell: 0 } },
    { text: 'What will happen', cell: { row: 0, cell: 1 } },
    { text: 'Who', cell: { row: 0, cell: 2 } },
    { text: 'By when', cell: { row: 0, cell: 3 } },
    { text: 'Home conditions', cell: { row: 1, cell: 0 } },
    {
      text: 'Services will support the family to improve home conditions',
      cell: { row: 1, cell: 1 },
    },
    { text: 'Professionals', cell: { row: 1, cell: 2 } },
    { text: 'Ongoing', cell: { row: 1, cell: 3 } },
    { text: 'Outcomes', style: 'Heading2' },
    { text: 'Mum will engage with services.', list: { level: 0, listString: '1.' } },
    { text: 'Dad will never drink alcohol again.', list: { level: 0, listString: '2.' } },
  ];
  for (let i = 0; i < extra; i++) {
    out.push({
      text: `Sam will attend the after-school club ${i + 1} times by 31/07/2026, as recorded in the club register.`,
      list: { level: 0, listString: '•' },
    });
  }
  return out;
}
