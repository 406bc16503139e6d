/**
 * Keeps the document as last read, for "Save to Teams", without touching the checker: wraps any
 * DocumentAdapter and notes the snapshot each check reads and each re-check's edits, exactly as
 * the checker sees them. Everything else passes straight through.
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
} from './adapter';
import { applyEdits } from './snapshot';

export class SnapshotTap implements DocumentAdapter {
  private last: DocumentSnapshot | null = null;

  constructor(private readonly inner: DocumentAdapter) {}

  /** The document as the checker last read it, or null before the first check. */
  get snapshot(): DocumentSnapshot | null {
    return this.last;
  }

  get hostName(): string {
    return this.inner.hostName;
  }

  markKind(): MarkKind {
    return this.inner.markKind();
  }

  check(compute: ComputeMarks, onProgress?: (p: CheckProgress) => void): Promise<MarkKind> {
    return this.inner.check((snapshot) => {
      this.last = snapshot;
      return compute(snapshot);
    }, onProgress);
  }

  recheck(paragraphs: number[], compute: ComputeChangedMarks): Promise<void> {
    return this.inner.recheck(paragraphs, (changed) => {
      if (this.last) this.last = applyEdits(this.last, changed);
      return compute(changed);
    });
  }

  remark(marks: Mark[], objectiveIds: string[]): Promise<void> {
    return this.inner.remark(marks, objectiveIds);
  }

  clearMarks(): Promise<void> {
    return this.inner.clearMarks();
  }

  select(target: TextTarget | TextTarget[]): Promise<void> {
    return this.inner.select(target);
  }

  replace(
    target: TextTarget,
    text: string,
    placeholder?: { start: number; end: number },
  ): Promise<void> {
    return this.inner.replace(target, text, placeholder);
  }

  loadIgnored(): Promise<string[]> {
    return this.inner.loadIgnored();
  }

  saveIgnored(keys: string[]): Promise<void> {
    return this.inner.saveIgnored(keys);
  }

  watch(events: DocumentEvents): () => void {
    return this.inner.watch(events);
  }
}
