/**
 * The playground's DocumentAdapter: an editable HTML document stands in for Word. Marks are
 * drawn with the CSS Custom Highlight API (CSS.highlights), which styles ranges without adding
 * a single element to the editable DOM, so marking never disturbs what the user is typing.
 * Ignored findings are kept in localStorage (this "document" lives in the browser).
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
import { buildSnapshot, type RawParagraph } from '../pane/snapshot';

export const HIGHLIGHT_NAMES = {
  error: 'smart-error',
  warning: 'smart-warning',
  info: 'smart-info',
} as const;
export const IGNORED_STORAGE_KEY = 'smartPlans.playground.ignored';

const BLOCK = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'TABLE',
  'UL',
  'OL',
  'BLOCKQUOTE',
]);
const LISTS = new Set(['UL', 'OL']);

interface Located {
  raw: RawParagraph;
  element: HTMLElement;
}

function hasBlockChild(el: Element): boolean {
  return [...el.children].some((c) => BLOCK.has(c.tagName));
}

/** Text nodes of a paragraph element, skipping nested lists (their items are paragraphs too). */
function textNodes(element: HTMLElement): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === Node.TEXT_NODE) out.push(child as Text);
      else if (child.nodeType === Node.ELEMENT_NODE && !LISTS.has((child as Element).tagName))
        walk(child);
    });
  };
  walk(element);
  return out;
}

export function paragraphText(element: HTMLElement): string {
  return textNodes(element)
    .map((t) => t.data)
    .join('');
}

/** Walks the editor in reading order and lists its paragraphs as the core's reader expects. */
export function collectParagraphs(root: HTMLElement): Located[] {
  const out: Located[] = [];
  const visit = (el: Element, listDepth: number) => {
    const tag = el.tagName;
    if (tag === 'TABLE') {
      let first = true;
      const rows = (el as HTMLTableElement).rows;
      for (let r = 0; r < rows.length; r++) {
        const cells = rows[r].cells;
        for (let c = 0; c < cells.length; c++) {
          const cell = cells[c];
          const blocks = hasBlockChild(cell)
            ? [...cell.children].filter((x) => BLOCK.has(x.tagName))
            : [cell];
          for (const block of blocks as HTMLElement[]) {
            out.push({
              raw: {
                text: paragraphText(block),
                cell: { row: r, column: c, ...(first ? { newTable: true } : {}) },
              },
              element: block,
            });
            first = false;
          }
        }
      }
      return;
    }
    if (tag === 'LI') {
      const ordered = el.parentElement?.tagName === 'OL';
      out.push({
        raw: { text: paragraphText(el as HTMLElement), list: { level: listDepth - 1, ordered } },
        element: el as HTMLElement,
      });
      [...el.children].filter((c) => LISTS.has(c.tagName)).forEach((c) => visit(c, listDepth));
      return;
    }
    if (LISTS.has(tag)) {
      [...el.children].forEach((c) => visit(c, listDepth + 1));
      return;
    }
    const heading = /^H([1-6])$/.exec(tag);
    if (heading || ((tag === 'P' || tag === 'DIV' || tag === 'BLOCKQUOTE') && !hasBlockChild(el))) {
      out.push({
        raw: {
          text: paragraphText(el as HTMLElement),
          ...(heading ? { headingLevel: Number(heading[1]) } : {}),
        },
        element: el as HTMLElement,
      });
      return;
    }
    [...el.children].forEach((c) => visit(c, listDepth));
  };
  [...root.children].forEach((c) => visit(c, 0));
  return out;
}

/** A DOM Range over [start, end) of a paragraph element's text. */
export function domRange(element: HTMLElement, start: number, end: number): Range | null {
  const nodes = textNodes(element);
  const range = element.ownerDocument.createRange();
  let offset = 0;
  let started = false;
  for (const node of nodes) {
    const length = node.data.length;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  if (!started) {
    if (nodes.length > 0 || start > 0) return null;
    range.setStart(element, 0);
  }
  range.setEnd(element, element.childNodes.length);
  return range;
}

interface StoredMark {
  range: Range;
  severity: Mark['severity'];
  message: string;
}

export class HtmlAdapter implements DocumentAdapter {
  readonly hostName = 'the sample plan';
  private elements: HTMLElement[] = [];
  private snapshot: DocumentSnapshot | null = null;
  private marks = new Map<string, StoredMark[]>();

  constructor(
    private readonly root: HTMLElement,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = typeof localStorage ===
    'undefined'
      ? null
      : localStorage,
  ) {}

  private get supportsHighlights(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
  }

  markKind(): MarkKind {
    return this.supportsHighlights ? 'underlines' : 'none';
  }

  private read(): DocumentSnapshot {
    const located = collectParagraphs(this.root);
    this.elements = located.map((l) => l.element);
    this.snapshot = buildSnapshot(located.map((l) => l.raw));
    return this.snapshot;
  }

  async check(compute: ComputeMarks, onProgress?: (p: CheckProgress) => void): Promise<MarkKind> {
    onProgress?.({ stage: 'Reading the document', done: 0, total: 1 });
    const snapshot = this.read();
    const marks = await compute(snapshot);
    this.marks.clear();
    this.addMarks(marks);
    this.paint();
    return this.markKind();
  }

  async recheck(paragraphs: number[], compute: ComputeChangedMarks): Promise<void> {
    const before = this.snapshot;
    const located = collectParagraphs(this.root);
    if (!before || located.length !== before.paragraphs.length) {
      const error = new Error(
        'Paragraphs were added or removed; the whole plan will be checked again.',
      );
      error.name = 'StructureChangedError';
      throw error;
    }
    this.elements = located.map((l) => l.element);
    const wanted = paragraphs.length > 0 ? paragraphs : located.map((_l, i) => i);
    const changed = new Map<number, string>();
    for (const i of wanted) {
      const text = located[i]?.raw.text;
      if (text !== undefined && text !== before.paragraphs[i]) changed.set(i, text);
    }
    if (changed.size === 0) return;
    const result = await compute(changed);
    this.snapshot = buildSnapshot(located.map((l) => l.raw));
    if (!result) return;
    result.objectiveIds.forEach((id) => this.marks.delete(id));
    this.addMarks(result.marks);
    this.paint();
  }

  async remark(marks: Mark[], objectiveIds: string[]): Promise<void> {
    objectiveIds.forEach((id) => this.marks.delete(id));
    this.addMarks(
      marks.filter(
        (m) => m.expected === undefined || this.snapshot?.paragraphs[m.paragraph] === m.expected,
      ),
    );
    this.paint();
  }

  async clearMarks(): Promise<void> {
    this.marks.clear();
    this.paint();
  }

  private addMarks(marks: Mark[]): void {
    for (const mark of marks) {
      const element = this.elements[mark.paragraph];
      const range = element ? domRange(element, mark.start, mark.end) : null;
      if (!range) continue;
      const list = this.marks.get(mark.objectiveId) ?? [];
      list.push({ range, severity: mark.severity, message: mark.message });
      this.marks.set(mark.objectiveId, list);
    }
  }

  /** Redraws every mark: one Highlight per severity, registered under our own names only. */
  private paint(): void {
    if (!this.supportsHighlights) return;
    const groups: Record<Mark['severity'], Range[]> = { error: [], warning: [], info: [] };
    this.marks.forEach((list) => list.forEach((m) => groups[m.severity].push(m.range)));
    (Object.keys(groups) as Mark['severity'][]).forEach((severity) => {
      const name = HIGHLIGHT_NAMES[severity];
      if (groups[severity].length === 0) CSS.highlights.delete(name);
      else CSS.highlights.set(name, new Highlight(...groups[severity]));
    });
  }

  /** The marks' messages at a point, for the editor's tooltip-free "what is wrong here". */
  messagesAt(node: Node, offset: number): string[] {
    const out: string[] = [];
    this.marks.forEach((list) =>
      list.forEach((m) => {
        if (m.range.isPointInRange(node, offset)) out.push(m.message);
      }),
    );
    return out;
  }

  async select(target: TextTarget | TextTarget[]): Promise<void> {
    const targets = Array.isArray(target) ? target : [target];
    const first = targets[0];
    const last = targets[targets.length - 1];
    const startRange =
      first && this.elements[first.paragraph]
        ? domRange(this.elements[first.paragraph], first.start, first.end)
        : null;
    const endRange =
      last && this.elements[last.paragraph]
        ? domRange(this.elements[last.paragraph], last.start, last.end)
        : null;
    if (!startRange || !endRange) throw new Error('that text is no longer in the document');
    const range = startRange.cloneRange();
    range.setEnd(endRange.endContainer, endRange.endOffset);
    const selection = this.root.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    this.elements[first.paragraph].scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  async replace(
    target: TextTarget,
    text: string,
    placeholder?: { start: number; end: number },
  ): Promise<void> {
    const element = this.elements[target.paragraph];
    const range = element ? domRange(element, target.start, target.end) : null;
    if (
      !element ||
      !range ||
      (target.expected !== undefined && paragraphText(element) !== target.expected)
    ) {
      throw new Error(
        'the paragraph has changed since it was checked; wait for the re-check, then try again',
      );
    }
    const doc = this.root.ownerDocument;
    this.root.focus();
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // insertText keeps the browser's undo history, so the user can take the change back.
    const inserted =
      typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
    if (!inserted) {
      range.deleteContents();
      range.insertNode(doc.createTextNode(text));
      this.root.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    const from = target.start + (placeholder?.start ?? text.length);
    const to = target.start + (placeholder?.end ?? text.length);
    const caret = domRange(element, from, to);
    if (caret) {
      selection?.removeAllRanges();
      selection?.addRange(caret);
    }
  }

  async loadIgnored(): Promise<string[]> {
    try {
      const value: unknown = JSON.parse(this.storage?.getItem(IGNORED_STORAGE_KEY) ?? '[]');
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  }

  async saveIgnored(keys: string[]): Promise<void> {
    try {
      this.storage?.setItem(IGNORED_STORAGE_KEY, JSON.stringify(keys));
    } catch {
      throw new Error(
        'the browser would not store the ignored findings (storage may be full or blocked)',
      );
    }
  }

  watch(events: DocumentEvents): () => void {
    const doc = this.root.ownerDocument;
    const paragraphOf = (node: Node | null): number => {
      for (let n: Node | null = node; n && n !== this.root; n = n.parentNode) {
        const i = this.elements.indexOf(n as HTMLElement);
        if (i >= 0) return i;
      }
      return -1;
    };
    const onInput = () => {
      const located = collectParagraphs(this.root);
      if (!this.snapshot || located.length !== this.snapshot.paragraphs.length) {
        events.changed('all');
        return;
      }
      this.elements = located.map((l) => l.element);
      const at = paragraphOf(doc.getSelection()?.anchorNode ?? null);
      // Unknown caret (e.g. a paste replaced the node): let the re-check compare every paragraph.
      events.changed(at >= 0 ? [at] : located.map((_l, i) => i));
    };
    const onSelection = () => {
      const selection = doc.getSelection();
      if (!selection || !this.root.contains(selection.anchorNode)) return;
      const at = paragraphOf(selection.anchorNode);
      if (at >= 0) events.selected(at);
    };
    this.root.addEventListener('input', onInput);
    doc.addEventListener('selectionchange', onSelection);
    return () => {
      this.root.removeEventListener('input', onInput);
      doc.removeEventListener('selectionchange', onSelection);
    };
  }
}
