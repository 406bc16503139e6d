/**
 * The pane's controller, free of React and of any host: it asks a DocumentAdapter for the text,
 * asks the core for every judgement, turns the core's spans into marks, and keeps the state the
 * pane renders. Long plans are checked in slices so the pane stays responsive and shows progress;
 * edits re-check only the objectives whose paragraphs changed.
 */
import {
  checkObjective,
  checkObjectives,
  CRITERION_LABEL,
  extractObjectives,
  ignoreKey,
  type CheckOptions,
  type Finding,
  type Objective,
  type ObjectiveVerdict,
  type PlanDocument,
  type PlanReport,
  type RuleSet,
  type Suggestion,
} from '../smart';
import { planReport } from '../smart/plan-report';
import { namedAdultsOf, type FamilyRole } from '../smart/family-names';
import { speaksAsItsChild } from '../smart/own-plan';
import type { FamilyFinding } from '../smart/family-read/read-for-family';
import { handLinkKey, handUnlinkKey, isHandLinkKey } from '../smart/worries/pair';
import type {
  CheckProgress,
  DocumentAdapter,
  DocumentSnapshot,
  Mark,
  MarkKind,
  TextTarget,
} from '../pane/adapter';
import { applyEdits, locateObjective, locateSpan, objectiveParagraphs } from '../pane/snapshot';
import { errorMessage } from './strings';

export interface CheckerState {
  status: 'starting' | 'checking' | 'ready' | 'error';
  progress?: CheckProgress;
  report?: PlanReport;
  /** A sentence for the user when something went wrong; the last good report stays shown. */
  error?: string;
  /** A short status line, also announced to screen readers. */
  notice?: string;
  markKind: MarkKind;
  /** Marks in the document and re-checking as the user types. */
  live: boolean;
  activeObjectiveId?: string;
  /** Bumped when the active card should be scrolled into view again. */
  activeSeq: number;
  busy: boolean;
  /** How many findings are ignored for this document (kept with it). */
  ignoredCount: number;
  /** The finding ignored last, while it can still be brought back with Undo. */
  lastIgnored?: { message: string };
}

export interface CheckerOptions {
  today?: Date;
  /** Objectives checked between two yields to the UI. */
  sliceSize?: number;
  /** Quiet time after the last edit before re-checking. */
  debounceMs?: number;
  /** The organisation's house rules, read at every check so a reload of them applies at once. */
  ruleSet?: () => RuleSet | undefined;
}

/** Ignore keys for findings, not the hand links to worries kept in the same list. */
function findingKeys(keys: string[]): string[] {
  return keys.filter((k) => !isHandLinkKey(k));
}

const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Which part of a table row to mark when a finding is about something missing. */
const MISSING_ROLE: Partial<Record<Finding['criterion'], string>> = {
  timely: 'when',
  measurable: 'measure',
};

const rank = { error: 2, warning: 1, info: 0 } as const;

/**
 * Marks for one verdict: words a finding is about; a finding about something missing marks the
 * cell where it belongs (e.g. an empty-of-dates "By when"), else joins the first word mark, else
 * marks the whole objective, so every objective with findings is visibly marked.
 */
export function marksForVerdict(snapshot: DocumentSnapshot, verdict: ObjectiveVerdict): Mark[] {
  const { objective } = verdict;
  const marks: Mark[] = [];
  const rest: Finding[] = [];
  const line = (f: Finding) => `${CRITERION_LABEL[f.criterion]}: ${f.message}`;
  const suggestionsFor = (f: Finding, start: number, end: number): string[] =>
    f.suggestion && f.suggestion.start === start && f.suggestion.end === end
      ? [f.suggestion.text]
      : [];

  for (const finding of verdict.findings) {
    if (finding.start !== undefined && finding.end !== undefined && finding.end > finding.start) {
      const target = locateSpan(snapshot, objective, finding.start, finding.end);
      if (target) {
        marks.push({
          ...target,
          objectiveId: objective.id,
          message: line(finding),
          suggestions: suggestionsFor(finding, finding.start, finding.end),
          severity: finding.severity,
        });
        continue;
      }
    }
    const role = MISSING_ROLE[finding.criterion];
    const part = role ? objective.parts.find((p) => p.role === role && p.end > p.start) : undefined;
    const target = part ? locateSpan(snapshot, objective, part.start, part.end) : null;
    if (target) {
      marks.push({
        ...target,
        objectiveId: objective.id,
        message: line(finding),
        suggestions: [],
        severity: finding.severity,
      });
    } else rest.push(finding);
  }
  if (rest.length > 0) {
    const severity = rest.reduce<Finding['severity']>(
      (s, f) => (rank[f.severity] > rank[s] ? f.severity : s),
      'info',
    );
    const message = rest.map(line).join(' ');
    if (marks.length > 0) {
      const first = marks[0];
      marks[0] = {
        ...first,
        message: `${first.message} ${message}`,
        severity: rank[severity] > rank[first.severity] ? severity : first.severity,
      };
    } else {
      for (const target of locateObjective(snapshot, objective)) {
        marks.push({ ...target, objectiveId: objective.id, message, suggestions: [], severity });
      }
    }
  }
  return marks;
}

/**
 * The placeholder as a range of the suggestion's own text. The core gives it in the rewritten
 * objective's coordinates (e.g. " by [date]" inserted at 29 has its placeholder at 33-39); a
 * range already relative to the text is accepted too. Checked by looking for the brackets.
 */
export function placeholderInText(s: Suggestion): { start: number; end: number } | undefined {
  const p = s.placeholder;
  if (!p) return undefined;
  const fits = (start: number, end: number) =>
    start >= 0 &&
    end <= s.text.length &&
    start < end &&
    s.text[start] === '[' &&
    s.text[end - 1] === ']';
  if (fits(p.start - s.start, p.end - s.start))
    return { start: p.start - s.start, end: p.end - s.start };
  if (fits(p.start, p.end)) return { start: p.start, end: p.end };
  const bracket = /\[[^\]]+\]/.exec(s.text);
  return bracket ? { start: bracket.index, end: bracket.index + bracket[0].length } : undefined;
}

export class PlanChecker {
  private state: CheckerState = {
    status: 'starting',
    markKind: 'none',
    live: true,
    activeSeq: 0,
    busy: false,
    ignoredCount: 0,
  };
  private listeners = new Set<(state: CheckerState) => void>();
  private snapshot: DocumentSnapshot | null = null;
  private ignored: string[] = [];
  private lastIgnoredKey: string | undefined;
  private stopWatching: (() => void) | null = null;
  private pending = new Set<number>();
  private pendingAll = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly sliceSize: number;
  private readonly debounceMs: number;

  constructor(
    private readonly adapter: DocumentAdapter,
    private readonly options: CheckerOptions = {},
  ) {
    this.sliceSize = options.sliceSize ?? 25;
    this.debounceMs = options.debounceMs ?? 300;
    this.state.markKind = adapter.markKind();
  }

  getState(): CheckerState {
    return this.state;
  }

  subscribe(listener: (state: CheckerState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<CheckerState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l(this.state));
  }

  /** Runs one document operation at a time, so a re-check never interleaves with a check. */
  private serial(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private checkOptions(doc: PlanDocument, objectives: readonly Objective[]): CheckOptions {
    const ruleSet = this.options.ruleSet?.();
    return {
      ignored: this.ignored,
      // The plan's adults by first name: "Agnieszka will ring the school" is Mum's task.
      adults: namedAdultsOf(doc),
      // A plan in the young person's own voice: "Get a CSCS card" is theirs to do.
      ownPlan: speaksAsItsChild(objectives),
      // Today unless a test fixes it, so a deadline already past is flagged.
      today: this.options.today ?? new Date(),
      ...(ruleSet ? { ruleSet } : {}),
    };
  }

  async start(): Promise<void> {
    try {
      this.ignored = await this.adapter.loadIgnored();
    } catch {
      this.ignored = [];
    }
    this.set({ ignoredCount: findingKeys(this.ignored).length });
    await this.checkAll();
    this.watch();
  }

  stop(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    if (this.timer) clearTimeout(this.timer);
  }

  private watch(): void {
    if (this.stopWatching || !this.state.live) return;
    this.stopWatching = this.adapter.watch({
      changed: (paragraphs) => this.noteChange(paragraphs),
      selected: (paragraph) => this.showParagraph(paragraph),
      markActivated: (objectiveId) =>
        this.set({ activeObjectiveId: objectiveId, activeSeq: this.state.activeSeq + 1 }),
    });
  }

  /** Checks the whole document again (the Check plan button, or after structural edits). */
  checkAll(): Promise<void> {
    return this.serial(async () => {
      this.set({
        status: 'checking',
        error: undefined,
        progress: { stage: 'Reading the document', done: 0, total: 1 },
      });
      try {
        const kind = await this.adapter.check(
          async (snapshot) => {
            this.snapshot = snapshot;
            const report = await this.checkInSlices(snapshot.doc);
            this.set({ report });
            return this.state.live
              ? report.objectives.flatMap((v) => marksForVerdict(snapshot, v))
              : [];
          },
          (progress) => this.set({ progress }),
        );
        const report = this.state.report;
        this.set({
          status: 'ready',
          progress: undefined,
          markKind: this.state.live ? kind : 'none',
          notice: report
            ? `Checked: ${report.summary.objectives} objectives found, ${report.summary.smart} fully SMART.`
            : undefined,
        });
      } catch (error) {
        this.set({
          status: 'error',
          progress: undefined,
          error: errorMessage(error, 'check the plan'),
        });
      }
    });
  }

  /** The core's checkPlan, step by step, yielding to the UI between slices of objectives. */
  private async checkInSlices(doc: PlanDocument): Promise<PlanReport> {
    const objectives = extractObjectives(doc);
    const verdicts: ObjectiveVerdict[] = [];
    const options = this.checkOptions(doc, objectives);
    for (let i = 0; i < objectives.length; i += this.sliceSize) {
      verdicts.push(...checkObjectives(objectives.slice(i, i + this.sliceSize), options));
      if (objectives.length > this.sliceSize) {
        this.set({
          progress: {
            stage: 'Checking objectives',
            done: verdicts.length,
            total: objectives.length,
          },
        });
        await yieldToUi();
      }
    }
    return this.compose(doc, verdicts);
  }

  private compose(doc: PlanDocument, verdicts: ObjectiveVerdict[]): PlanReport {
    const ruleSet = this.options.ruleSet?.();
    return planReport(doc, verdicts, {
      ignored: this.ignored,
      today: this.options.today ?? new Date(),
      ...(ruleSet ? { ruleSet } : {}),
    });
  }

  /**
   * Links a worry to an objective by hand, or unlinks a pairing the checker made; kept with the
   * document beside the ignores, so it survives a reload and lapses when either text changes.
   */
  setWorryLink(worryText: string, objectiveText: string, linked: boolean): Promise<void> {
    return this.act(linked ? 'link the worry' : 'unlink the worry', async (snapshot) => {
      const link = handLinkKey(worryText, objectiveText);
      const unlink = handUnlinkKey(worryText, objectiveText);
      const before = this.ignored;
      this.ignored = [...before.filter((k) => k !== link && k !== unlink), linked ? link : unlink];
      try {
        await this.adapter.saveIgnored(this.ignored);
      } catch (error) {
        this.ignored = before;
        throw error;
      }
      const report = this.state.report;
      if (report) this.set({ report: this.compose(snapshot.doc, report.objectives) });
      this.set({ notice: linked ? 'Worry linked to the objective.' : 'Worry unlinked.' });
    });
  }

  /** Selects the words a whole-plan finding is about. */
  goToText(target: { paragraph: number; start: number; end: number }): Promise<void> {
    return this.act('go to the words', async () => {
      await this.adapter.select(target);
    });
  }

  /** Puts the plain words in the document for a term the family may not know. */
  applyFamily(finding: FamilyFinding): Promise<void> {
    const suggestion = finding.suggestion;
    if (!suggestion) return Promise.resolve();
    return this.act('apply the plain words', async (snapshot) => {
      const expected = snapshot.paragraphs[finding.paragraph];
      if (expected === undefined) throw new Error('the paragraph is no longer in the document');
      await this.adapter.replace(
        { paragraph: finding.paragraph, start: finding.start, end: finding.end, expected },
        suggestion.text,
      );
      this.set({ notice: `Applied “${suggestion.label}”.` });
      this.noteChange([finding.paragraph]);
    });
  }

  private noteChange(paragraphs: number[] | 'all'): void {
    if (paragraphs === 'all') this.pendingAll = true;
    else paragraphs.forEach((p) => this.pending.add(p));
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flushChanges();
    }, this.debounceMs);
  }

  /** Re-checks the paragraphs edited since the last check. */
  flushChanges(): Promise<void> {
    if (this.pendingAll) {
      this.pendingAll = false;
      this.pending.clear();
      return this.checkAll();
    }
    const paragraphs = [...this.pending];
    this.pending.clear();
    if (paragraphs.length === 0) return Promise.resolve();
    return this.serial(async () => {
      try {
        await this.adapter.recheck(paragraphs, async (changed) => this.recheckChanged(changed));
      } catch (error) {
        if ((error as Error)?.name === 'StructureChangedError') {
          this.pendingAll = true;
        } else {
          this.set({ error: errorMessage(error, 're-check your change') });
        }
      }
      if (this.pendingAll) void this.flushChanges();
    });
  }

  private async recheckChanged(
    changed: Map<number, string>,
  ): Promise<{ marks: Mark[]; objectiveIds: string[] } | null> {
    const before = this.snapshot;
    const report = this.state.report;
    if (!before || !report) return null;
    const snapshot = applyEdits(before, changed);
    this.snapshot = snapshot;
    const objectives = extractObjectives(snapshot.doc);
    const oldIds = report.objectives.map((v) => v.objective.id);
    const sameObjectives =
      objectives.length === oldIds.length && objectives.every((o, i) => o.id === oldIds[i]);
    const touches = (o: Objective) => objectiveParagraphs(snapshot, o).some((p) => changed.has(p));
    const options = this.checkOptions(snapshot.doc, objectives);
    // A parent named or renamed ("Mum (Agnieszka)") changes how every objective naming them reads,
    // and so does the plan turning to or from the young person's own voice.
    const sameAdults =
      adultsKey(options.adults) === adultsKey(namedAdultsOf(before.doc)) &&
      options.ownPlan === speaksAsItsChild(report.objectives.map((v) => v.objective));
    let verdicts: ObjectiveVerdict[];
    let affected: string[];
    if (sameObjectives && sameAdults) {
      verdicts = objectives.map((o, i) =>
        touches(o) ? checkObjective(o, options) : report.objectives[i],
      );
      affected = objectives.filter(touches).map((o) => o.id);
    } else {
      // An edit made or unmade an objective (e.g. a heading changed): check them all again in
      // memory, but still only read the changed paragraphs from the document.
      verdicts = checkObjectives(objectives, options);
      affected = [...new Set([...oldIds, ...objectives.map((o) => o.id)])];
    }
    const next = this.compose(snapshot.doc, verdicts);
    this.set({ report: next, error: undefined });
    if (!this.state.live) return { marks: [], objectiveIds: [] };
    const ids = new Set(affected);
    const marks = next.objectives
      .filter((v) => ids.has(v.objective.id))
      .flatMap((v) => marksForVerdict(snapshot, v));
    return { marks, objectiveIds: affected };
  }

  private showParagraph(paragraph: number): void {
    const report = this.state.report;
    const snapshot = this.snapshot;
    if (!report || !snapshot) return;
    const verdict = report.objectives.find((v) =>
      objectiveParagraphs(snapshot, v.objective).includes(paragraph),
    );
    if (verdict && verdict.objective.id !== this.state.activeObjectiveId) {
      this.set({ activeObjectiveId: verdict.objective.id, activeSeq: this.state.activeSeq + 1 });
    }
  }

  /** Selects the objective's words in the document. */
  goTo(verdict: ObjectiveVerdict): Promise<void> {
    return this.act('go to the objective', async (snapshot) => {
      const targets = locateObjective(snapshot, verdict.objective);
      if (targets.length === 0) throw new Error('this objective has no text left in the document');
      await this.adapter.select(targets);
      this.set({ activeObjectiveId: verdict.objective.id });
    });
  }

  /** Applies a safe suggestion in the document; the edit then re-checks like any other. */
  apply(verdict: ObjectiveVerdict, finding: Finding): Promise<void> {
    const suggestion = finding.suggestion;
    if (!suggestion || !suggestion.safe) return Promise.resolve();
    return this.act('apply the suggestion', async (snapshot) => {
      const target: TextTarget | null = locateSpan(
        snapshot,
        verdict.objective,
        suggestion.start,
        suggestion.end,
      );
      if (!target) throw new Error('the words it changes are no longer in the document');
      await this.adapter.replace(target, suggestion.text, placeholderInText(suggestion));
      this.set({
        notice: `Applied “${suggestion.label}”. Type over the placeholder to finish it.`,
      });
      this.noteChange([target.paragraph]);
    });
  }

  /** Hides a finding for this document; stored with the document. */
  ignore(verdict: ObjectiveVerdict, finding: Finding): Promise<void> {
    return this.act('ignore the finding', async (snapshot) => {
      const key = ignoreKey(verdict.objective, finding);
      this.ignored = [...new Set([...this.ignored, key])];
      const report = this.state.report;
      if (report) {
        const options = this.checkOptions(
          snapshot.doc,
          report.objectives.map((v) => v.objective),
        );
        const verdicts = report.objectives.map((v) =>
          v.objective.id === verdict.objective.id ? checkObjective(v.objective, options) : v,
        );
        const next = this.compose(snapshot.doc, verdicts);
        this.set({
          report: next,
          notice: 'Finding ignored for this document.',
          lastIgnored: { message: finding.message },
        });
        if (this.state.live) {
          const updated = next.objectives.find((v) => v.objective.id === verdict.objective.id);
          await this.adapter.remark(updated ? marksForVerdict(snapshot, updated) : [], [
            verdict.objective.id,
          ]);
        }
      }
      this.lastIgnoredKey = key;
      this.set({ ignoredCount: findingKeys(this.ignored).length });
      await this.adapter.saveIgnored(this.ignored);
    });
  }

  /** Brings back the finding ignored last (Undo), and checks the plan again. */
  async undoIgnore(): Promise<void> {
    const key = this.lastIgnoredKey;
    if (key === undefined) return;
    await this.changeIgnored(
      this.ignored.filter((k) => k !== key),
      'The finding is shown again.',
    );
  }

  /** Shows every ignored finding again (the document's whole ignore list is cleared). */
  async restoreIgnored(): Promise<void> {
    await this.changeIgnored(
      this.ignored.filter(isHandLinkKey),
      'Every ignored finding is shown again.',
    );
  }

  private async changeIgnored(next: string[], notice: string): Promise<void> {
    const before = this.ignored;
    this.ignored = next;
    this.lastIgnoredKey = undefined;
    this.set({ ignoredCount: findingKeys(next).length, lastIgnored: undefined });
    try {
      await this.adapter.saveIgnored(next);
    } catch (error) {
      this.ignored = before;
      this.set({
        ignoredCount: findingKeys(before).length,
        error: errorMessage(error, 'show the finding again'),
      });
      return;
    }
    await this.checkAll();
    this.set({ notice });
  }

  /** Turns marks and as-you-type checking on or off; off leaves no marks behind. */
  setLive(live: boolean): Promise<void> {
    this.set({ live });
    if (!live) {
      this.stop();
      return this.serial(async () => {
        try {
          await this.adapter.clearMarks();
          this.set({ markKind: 'none', notice: 'Marks removed from the document.' });
        } catch (error) {
          this.set({ error: errorMessage(error, 'remove the marks') });
        }
      });
    }
    this.watch();
    return this.checkAll();
  }

  private act(doing: string, task: (snapshot: DocumentSnapshot) => Promise<void>): Promise<void> {
    return this.serial(async () => {
      const snapshot = this.snapshot;
      if (!snapshot) return;
      this.set({ busy: true, error: undefined });
      try {
        await task(snapshot);
      } catch (error) {
        this.set({ error: errorMessage(error, doing) });
      } finally {
        this.set({ busy: false });
      }
    });
  }
}

/** A plan's named adults as one string, to tell whether an edit changed who is who. */
function adultsKey(adults: ReadonlyMap<string, FamilyRole> | undefined): string {
  return adults ? [...adults].map(([name, role]) => `${name}=${role}`).join(',') : '';
}
