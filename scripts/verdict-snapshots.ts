/**
 * Snapshots of the checker's verdicts on every labelled set, for checking a change the way this
 * project checks them: which verdicts on read sets moved toward their labels and which away,
 * while blind and held-out sets are only counted.
 *
 *   npm run snapshot -- before          # writes .snapshots/before.json
 *   (make the change)
 *   npm run snapshot -- after
 *   npm run snapshot -- --compare before after [--list] [--blind]
 *
 * A snapshot keeps the text and rule ids only of objectives in read sets; of a blind or held-out
 * set it keeps the verdicts alone, so no listing can show one. `--list` prints each changed
 * verdict on a read set with its text; `--blind` adds each blind set's macro F1 and the pass and
 * flag counts, which is a measurement: take it once, at the end of a round.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMetrics, parseLabelledJsonl, type CriterionFlags } from '../src/cli/eval-metrics';
import { checkObjectiveText, smartLetters } from '../src/smart/check';
import { CRITERIA } from '../src/smart/types';

const ROOT = join(__dirname, '..');
const DIR = join(ROOT, '.snapshots');
const DEV = '../shared/eval/dev.jsonl';
/** The day every snapshot is checked as of, so that "by 30 June 2027" reads the same each time. */
const TODAY = new Date(2026, 11, 1);

export interface SnapshotRow {
  file: string;
  id: string;
  labels: CriterionFlags;
  predicted: CriterionFlags;
  /** Read sets only. */
  text?: string;
  /** Read sets only: each error or warning as ruleId@start-end. */
  rules?: string[];
}

/** A blind or held-out set: measured, never read. */
export function isBlind(file: string): boolean {
  return /blind|heldout/.test(file);
}

/** Every labelled set in the repository, and the shared dev set when it is there. */
export function labelledFiles(root = ROOT): string[] {
  const under = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => `${dir}/${f}`);
  return [
    ...under('test/corpus'),
    ...under('test/fixtures'),
    ...(existsSync(join(root, DEV)) ? [DEV] : []),
  ];
}

export function takeSnapshot(root = ROOT, files = labelledFiles(root)): SnapshotRow[] {
  const rows: SnapshotRow[] = [];
  for (const file of files) {
    const { items } = parseLabelledJsonl(readFileSync(join(root, file), 'utf8'));
    for (const item of items) {
      const verdict = checkObjectiveText(item.text, { today: TODAY });
      const row: SnapshotRow = {
        file,
        id: item.id,
        labels: item.labels,
        predicted: smartLetters(verdict),
      };
      if (!isBlind(file)) {
        row.text = item.text;
        row.rules = verdict.findings.map((f) => `${f.ruleId}@${f.start ?? ''}-${f.end ?? ''}`);
      }
      rows.push(row);
    }
  }
  return rows;
}

export interface Comparison {
  /** Per set: macro F1 before and after (read sets; blind sets only when asked). */
  sets: { file: string; before: number; after: number }[];
  /** Verdicts (one letter of one objective) on read sets that changed, by direction. */
  toward: number;
  away: number;
  /** Verdicts on blind and held-out sets that changed, counted and nothing more. */
  blindChanged: number;
  changes: { file: string; letter: string; label: boolean; toward: boolean; text: string }[];
}

export function compareSnapshots(
  before: SnapshotRow[],
  after: SnapshotRow[],
  blind = false,
): Comparison {
  const key = (r: SnapshotRow) => `${r.file}\u0000${r.id}`;
  const earlier = new Map(before.map((r) => [key(r), r]));
  const out: Comparison = { sets: [], toward: 0, away: 0, blindChanged: 0, changes: [] };
  const byFile = new Map<string, { before: SnapshotRow[]; after: SnapshotRow[] }>();
  for (const row of after) {
    const was = earlier.get(key(row));
    if (!was) continue;
    const set = byFile.get(row.file) ?? { before: [], after: [] };
    set.before.push(was);
    set.after.push(row);
    byFile.set(row.file, set);
    for (const c of CRITERIA) {
      if (was.predicted[c] === row.predicted[c]) continue;
      if (isBlind(row.file)) {
        out.blindChanged++;
        continue;
      }
      const toward = row.predicted[c] === row.labels[c];
      if (toward) out.toward++;
      else out.away++;
      out.changes.push({
        file: row.file,
        letter: c,
        label: row.labels[c],
        toward,
        text: row.text ?? '',
      });
    }
  }
  const f1 = (rows: SnapshotRow[]) =>
    computeMetrics(
      rows.map((r) => ({
        item: { id: r.id, line: 0, text: '', labels: r.labels },
        predicted: r.predicted,
      })),
    ).macro.f1;
  for (const [file, set] of byFile)
    if (blind || !isBlind(file))
      out.sets.push({ file, before: f1(set.before), after: f1(set.after) });
  return out;
}

function load(name: string): SnapshotRow[] {
  const path = join(DIR, `${name}.json`);
  if (!existsSync(path)) throw new Error(`No snapshot "${name}": run npm run snapshot -- ${name}`);
  return JSON.parse(readFileSync(path, 'utf8')) as SnapshotRow[];
}

function main(args: string[]): void {
  const at = args.indexOf('--compare');
  if (at >= 0) {
    const [a, b] = args.slice(at + 1).filter((x) => !x.startsWith('--'));
    if (!a || !b)
      throw new Error('Usage: npm run snapshot -- --compare BEFORE AFTER [--list] [--blind]');
    const result = compareSnapshots(load(a), load(b), args.includes('--blind'));
    for (const s of result.sets) {
      const mark = s.after > s.before + 1e-9 ? '+' : s.after < s.before - 1e-9 ? '-' : ' ';
      console.log(`${s.file.padEnd(48)} ${s.before.toFixed(3)} ${s.after.toFixed(3)} ${mark}`);
    }
    if (args.includes('--list'))
      for (const c of result.changes)
        console.log(
          `${c.toward ? 'TOWARD' : 'AWAY  '} ${c.letter} (labelled ${c.label ? 'met' : 'not met'}) ${c.file}: ${c.text}`,
        );
    console.log(
      `read sets: ${result.toward} verdicts toward their labels, ${result.away} away; blind and held-out verdicts changed: ${result.blindChanged}`,
    );
    return;
  }
  const name = args.find((x) => !x.startsWith('--'));
  if (!name || !/^[\w.-]+$/.test(name))
    throw new Error('Usage: npm run snapshot -- NAME (letters, digits, "-", "_" and ".")');
  mkdirSync(DIR, { recursive: true });
  const rows = takeSnapshot();
  writeFileSync(join(DIR, `${name}.json`), JSON.stringify(rows));
  console.log(`${rows.length} labelled objectives checked: .snapshots/${name}.json`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
