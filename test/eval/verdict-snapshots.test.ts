/**
 * The snapshots a change is checked with (`npm run snapshot`): they count how verdicts on read
 * sets moved, and must never let a blind or held-out objective be read.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compareSnapshots,
  isBlind,
  takeSnapshot,
  type SnapshotRow,
} from '../../scripts/verdict-snapshots';

const MET = { specific: true, measurable: true, realistic: true, timely: true, outcome: true };

function labelled(id: string, text: string, labels = MET): string {
  return JSON.stringify({ id, text, ...labels });
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'smart-snapshots-'));
  mkdirSync(join(root, 'sets'));
  const lines = [
    labelled('a', 'Mum will support Amy.', { ...MET, specific: false }),
    labelled('b', 'Amy will attend school on 95% of days by 30/06/2027, as shown by the register.'),
  ].join('\n');
  writeFileSync(join(root, 'sets/x.tune.jsonl'), lines);
  writeFileSync(join(root, 'sets/x.blind.jsonl'), lines);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a blind or held-out set is recognised by its name', () => {
  expect(isBlind('test/corpus/real-mixed-c.blind.jsonl')).toBe(true);
  expect(isBlind('test/fixtures/objectives-blind3.jsonl')).toBe(true);
  expect(isBlind('test/fixtures/objectives-heldout.jsonl')).toBe(true);
  expect(isBlind('test/corpus/real-mixed-c.tune.jsonl')).toBe(false);
});

test('a snapshot keeps the text and rules of read objectives only', () => {
  const rows = takeSnapshot(root, ['sets/x.tune.jsonl', 'sets/x.blind.jsonl']);
  expect(rows).toHaveLength(4);
  const read = rows.filter((r) => r.file === 'sets/x.tune.jsonl');
  const blind = rows.filter((r) => r.file === 'sets/x.blind.jsonl');
  expect(read.every((r) => r.text && r.rules)).toBe(true);
  expect(read[0].rules!.some((id) => id.startsWith('specific/vague-verb'))).toBe(true);
  expect(blind.every((r) => r.text === undefined && r.rules === undefined)).toBe(true);
  // The verdicts are kept for both, so a blind set can still be measured.
  expect(blind.map((r) => r.predicted)).toEqual(read.map((r) => r.predicted));
});

test('a comparison counts read verdicts by direction, and blind ones only as changed', () => {
  const before = takeSnapshot(root, ['sets/x.tune.jsonl', 'sets/x.blind.jsonl']);
  // As if a change had passed "Mum will support Amy." on specific (away from its label) and
  // failed the good objective on timely (away too), in both sets.
  const after: SnapshotRow[] = before.map((r) =>
    r.id === 'a'
      ? { ...r, predicted: { ...r.predicted, specific: true } }
      : { ...r, predicted: { ...r.predicted, timely: false } },
  );
  const result = compareSnapshots(before, after);
  expect(result).toMatchObject({ toward: 0, away: 2, blindChanged: 2 });
  expect(result.changes.map((c) => c.file)).toEqual(['sets/x.tune.jsonl', 'sets/x.tune.jsonl']);
  expect(result.sets.map((s) => s.file)).toEqual(['sets/x.tune.jsonl']);
  expect(result.sets[0].after).toBeLessThan(result.sets[0].before);
  // Asked for, the blind set's figure is given; its objectives still are not.
  const measured = compareSnapshots(before, after, true);
  expect(measured.sets.map((s) => s.file)).toContain('sets/x.blind.jsonl');
  expect(measured.changes.every((c) => !isBlind(c.file))).toBe(true);
  // And the reverse change moves both read verdicts back toward their labels.
  expect(compareSnapshots(after, before)).toMatchObject({ toward: 2, away: 0 });
});
