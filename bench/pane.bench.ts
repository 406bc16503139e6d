/**
 * The task pane's own work, without a host: a full check of plans of 200 to 2,000 paragraphs
 * (snapshot, core in slices, marks), and the re-check after typing in one paragraph, which
 * should cost about one objective, not one document. Uses an in-memory DocumentAdapter.
 */
import { performance } from 'node:perf_hooks';
import { PlanChecker } from '../src/ui/checker';
import type { ComputeChangedMarks, ComputeMarks, DocumentAdapter, Mark } from '../src/pane/adapter';
import { buildSnapshot, type RawParagraph } from '../src/pane/snapshot';

function plan(paragraphs: number): RawParagraph[] {
  const out: RawParagraph[] = [{ text: 'Outcomes', headingLevel: 2 }];
  const texts = [
    'Mum will engage with services.',
    'Sam will attend the after-school club every Tuesday by 31/07/2026, as recorded in the club register.',
    'Dad will never drink alcohol again.',
  ];
  for (let i = 1; i < paragraphs; i++)
    out.push({ text: texts[i % texts.length], list: { level: 0, ordered: true } });
  return out;
}

class MemoryAdapter implements DocumentAdapter {
  readonly hostName = 'memory';
  marks = 0;
  constructor(public raw: RawParagraph[]) {}
  markKind() {
    return 'underlines' as const;
  }
  async check(compute: ComputeMarks) {
    this.marks = (await compute(buildSnapshot(this.raw))).length;
    return 'underlines' as const;
  }
  async recheck(paragraphs: number[], compute: ComputeChangedMarks) {
    const changed = new Map(paragraphs.map((p) => [p, this.raw[p].text]));
    const result = await compute(changed);
    this.marks += result?.marks.length ?? 0;
  }
  async remark(_marks: Mark[], _ids: string[]) {}
  async clearMarks() {}
  async select() {}
  async replace() {}
  async loadIgnored() {
    return [];
  }
  async saveIgnored() {}
  watch() {
    return () => undefined;
  }
}

export default async function run(): Promise<void> {
  for (const size of [200, 2000]) {
    const adapter = new MemoryAdapter(plan(size));
    const checker = new PlanChecker(adapter, { today: new Date(2026, 0, 15) });
    let t = performance.now();
    await checker.checkAll();
    const full = performance.now() - t;
    const objectives = checker.getState().report?.summary.objectives ?? 0;

    adapter.raw[1] = { ...adapter.raw[1], text: 'Mum will engage with services by 31/07/2026.' };
    const rounds = 20;
    t = performance.now();
    for (let i = 0; i < rounds; i++) {
      (checker as unknown as { noteChange(p: number[]): void }).noteChange([1]);
      await checker.flushChanges();
      adapter.raw[1] = { ...adapter.raw[1], text: `${adapter.raw[1].text} ` };
    }
    const recheck = (performance.now() - t) / rounds;
    checker.stop();
    console.log(
      `pane: ${size} paragraphs, ${objectives} objectives: full check ${full.toFixed(0)} ms ` +
        `(${adapter.marks} marks), re-check after one edit ${recheck.toFixed(1)} ms`,
    );
  }
}
