/**
 * Marks in Word by requirement set: annotations (WordApi 1.7, popup suggestions with 1.8), else
 * comments (1.4), else highlights; a failed annotation insert falls back to comments; re-checks
 * and "turn off" remove only our marks; ignoring is stored in the document's settings; an edited
 * paragraph is re-checked on its own.
 */
import { PlanChecker } from '../../src/ui/checker';
import { COMMENT_PREFIX, detectMarkMode, HIGHLIGHT, mergeMarks } from '../../src/word/marks';
import { IGNORED_SETTING } from '../../src/pane/settings';
import { WordAdapter } from '../../src/word/word-adapter';
import { mockWord, planParagraphs } from './mock-word';

const TODAY = new Date(2026, 0, 15);

async function started(wordApi: string) {
  const word = mockWord(planParagraphs(), wordApi);
  const adapter = new WordAdapter(word.host);
  const checker = new PlanChecker(adapter, { today: TODAY, debounceMs: 0 });
  await checker.checkAll();
  return { word, adapter, checker };
}

const engage = 'Mum will engage with services.';
const engageIndex = planParagraphs().findIndex((p) => p.text === engage);

describe('choosing how to mark', () => {
  const host = (max: number) => ({
    isSetSupported: (_name: string, version?: string) =>
      Number((version ?? '1.1').split('.')[1]) <= max,
  });
  test.each([
    [8, 'annotations', true],
    [7, 'annotations', false],
    [5, 'comments', false],
    [3, 'highlights', false],
  ])('WordApi 1.%i: %s (popups %s)', (max, mode, popups) => {
    expect(detectMarkMode(host(max))).toEqual({ mode, popups });
  });
});

describe('annotations (WordApi 1.7+)', () => {
  test('critiques land on the problem words, with popup suggestions on 1.8', async () => {
    const { word, checker } = await started('1.8');
    expect(checker.getState().markKind).toBe('annotations');
    const onEngage = word.annotations.filter((a) => a.paragraph === engageIndex && !a.deleted);
    const words = onEngage.map((a) =>
      engage.slice(a.critique.start, a.critique.start + a.critique.length),
    );
    expect(words).toContain('engage');
    expect(onEngage.every((a) => a.critique.colorScheme === 'Red')).toBe(true);
    expect(word.comments).toHaveLength(0);
    const withPopup = word.annotations.find((a) => a.critique.popupOptions);
    expect(withPopup?.critique.popupOptions?.brandingTextResourceId).toBe('SmartPlans.Brand');
  });

  test('without 1.8 there are no popup options', async () => {
    const { word } = await started('1.7');
    expect(word.annotations.length).toBeGreaterThan(0);
    expect(word.annotations.some((a) => a.critique.popupOptions)).toBe(false);
  });

  test('a failed insert (no Microsoft 365 subscription) falls back to comments', async () => {
    const word = mockWord(planParagraphs(), '1.8');
    word.failAnnotations = true;
    const checker = new PlanChecker(new WordAdapter(word.host), { today: TODAY });
    await checker.checkAll();
    expect(checker.getState().status).toBe('ready');
    expect(checker.getState().markKind).toBe('comments');
    expect(word.annotations).toHaveLength(0);
    expect(word.comments.length).toBeGreaterThan(0);
  });

  test('any other failure does not write lasting comments into the document', async () => {
    const word = mockWord(planParagraphs(), '1.8');
    word.failAnnotations = 'ItemNotFound';
    const checker = new PlanChecker(new WordAdapter(word.host), { today: TODAY });
    await checker.checkAll();
    expect(checker.getState().markKind).not.toBe('comments');
    expect(word.comments).toHaveLength(0);
  });

  test('a re-check replaces our annotations instead of piling them up', async () => {
    const { word, checker } = await started('1.8');
    const first = word.annotations.filter((a) => !a.deleted).length;
    await checker.checkAll();
    expect(word.annotations.filter((a) => !a.deleted)).toHaveLength(first);
  });
});

describe('comments (WordApi 1.4 to 1.6)', () => {
  test('each mark is a comment on the problem words, prefixed so it can be told apart', async () => {
    const { word, checker } = await started('1.5');
    expect(checker.getState().markKind).toBe('comments');
    const onEngage = word.comments.find((c) => c.on === 'engage');
    expect(onEngage?.content.startsWith(COMMENT_PREFIX)).toBe(true);
    expect(onEngage?.content).toMatch(/Specific/);
  });

  test("a re-check and turning marks off remove our comments and leave people's", async () => {
    const { word, checker } = await started('1.5');
    word.comments.push({
      id: 'human-1',
      content: 'Please check with Dad.',
      on: 'Dad',
      deleted: false,
    });
    const ours = word.comments.filter((c) => c.content.startsWith(COMMENT_PREFIX)).length;
    await checker.checkAll();
    expect(
      word.comments.filter((c) => !c.deleted && c.content.startsWith(COMMENT_PREFIX)),
    ).toHaveLength(ours);
    await checker.setLive(false);
    const left = word.comments.filter((c) => !c.deleted);
    expect(left.map((c) => c.id)).toEqual(['human-1']);
  });
});

describe('highlights (before WordApi 1.4)', () => {
  test('problem words are highlighted, and turning marks off clears only those', async () => {
    const { word, checker } = await started('1.3');
    expect(checker.getState().markKind).toBe('highlights');
    expect(word.highlights.map((h) => h.text)).toContain('engage');
    expect(word.highlights.every((h) => h.font.highlightColor === HIGHLIGHT)).toBe(true);
    await checker.setLive(false);
    expect(word.highlights).toHaveLength(0);
  });
});

describe('ignoring a finding', () => {
  test('hides it, stores it in the document settings, and survives a fresh pane', async () => {
    const { word, checker } = await started('1.5');
    const verdict = checker.getState().report!.objectives.find((v) => v.objective.text === engage)!;
    const finding = verdict.findings.find((f) => f.ruleId === 'specific/vague-verb')!;
    expect(finding).toBeDefined();
    await checker.ignore(verdict, finding);
    const after = checker.getState().report!.objectives.find((v) => v.objective.text === engage)!;
    expect(after.findings.map((f) => f.ruleId)).not.toContain('specific/vague-verb');
    expect(word.settingsStore[IGNORED_SETTING]).toHaveLength(1);
    // The document's comments no longer carry the ignored finding's message.
    const live = word.comments.filter((c) => !c.deleted);
    expect(live.length).toBeGreaterThan(0);
    expect(live.some((c) => c.content.includes(finding.message))).toBe(false);

    // A new pane on the same document reads the ignore from its settings.
    const fresh = new PlanChecker(new WordAdapter(word.host), { today: TODAY });
    await fresh.start();
    fresh.stop();
    const again = fresh.getState().report!.objectives.find((v) => v.objective.text === engage)!;
    expect(again.findings.map((f) => f.ruleId)).not.toContain('specific/vague-verb');
  });
});

describe('re-checking a changed paragraph', () => {
  test('only the edited objective is re-checked and re-marked', async () => {
    const { word, checker } = await started('1.8');
    const before = checker.getState().report!;
    const dad = before.objectives.find((v) => v.objective.text.startsWith('Dad will never'))!;
    const dadAnnotations = word.annotations
      .filter((a) => !a.deleted && a.paragraph !== engageIndex)
      .map((a) => a.id);
    expect(before.objectives.find((v) => v.objective.text === engage)!.criteria.timely.met).toBe(
      false,
    );

    word.edit(engageIndex, 'Mum will engage with services by 31/07/2026.');
    // What Word's paragraph-changed event (WordApi 1.6) reports, mapped to paragraph indexes.
    await (checker as unknown as { noteChange(p: number[]): void }).noteChange([engageIndex]);
    await checker.flushChanges();

    const after = checker.getState().report!;
    const edited = after.objectives.find((v) => v.objective.text.startsWith('Mum will engage'))!;
    expect(edited.objective.text).toBe('Mum will engage with services by 31/07/2026.');
    expect(edited.criteria.timely.met).toBe(true);
    // Other objectives keep their verdict objects and their marks untouched.
    expect(after.objectives.find((v) => v.objective.id === dad.objective.id)).toBe(dad);
    expect(
      word.annotations.filter((a) => dadAnnotations.includes(a.id)).every((a) => !a.deleted),
    ).toBe(true);
    // The edited paragraph's old annotations were replaced by new ones.
    const live = word.annotations.filter((a) => !a.deleted && a.paragraph === engageIndex);
    expect(live.length).toBeGreaterThan(0);
  });
});

describe('re-checking after an introduction changes', () => {
  test('naming the social worker re-reads her tasks in objectives not edited', async () => {
    const word = mockWord(
      [
        { text: 'Child in need plan: Sam Example (fictional)', style: 'Heading1' },
        { text: 'Social worker: to be allocated' },
        { text: 'Outcomes', style: 'Heading2' },
        {
          text: 'Priya will refer the family to the Food Bank by 4 December 2026.',
          list: { level: 0, listString: '1.' },
        },
      ],
      '1.8',
    );
    const checker = new PlanChecker(new WordAdapter(word.host), { today: TODAY, debounceMs: 0 });
    await checker.checkAll();
    const outcome = () => checker.getState().report!.objectives[0].criteria.outcome.met;
    // Before the plan says who Priya is, she could be the young person the plan is for.
    expect(outcome()).toBe(true);

    word.edit(1, 'Social worker: Priya Shah');
    await (checker as unknown as { noteChange(p: number[]): void }).noteChange([1]);
    await checker.flushChanges();

    // A referral is the social worker's task, not a change for Sam.
    expect(outcome()).toBe(false);
  });
});

describe("re-checking after the plan turns to the young person's own voice", () => {
  test('a command with no subject becomes theirs in objectives not edited', async () => {
    const item = (text: string) => ({ text, list: { level: 0, listString: '•' } });
    const word = mockWord(
      [
        { text: 'Pathway plan: Kyle Example (fictional)', style: 'Heading1' },
        { text: 'My goals', style: 'Heading2' },
        item('Kyle will go to college every Monday, Tuesday and Thursday.'),
        item('Kyle will cook 3 meals a week with his key worker.'),
        item('Get a CSCS card.'),
      ],
      '1.8',
    );
    const checker = new PlanChecker(new WordAdapter(word.host), { today: TODAY, debounceMs: 0 });
    await checker.checkAll();
    const noWho = () =>
      checker.getState().report!.objectives[2].findings.some((f) => f.ruleId === 'specific/no-who');
    // Written about Kyle, a bare command names nobody.
    expect(noWho()).toBe(true);

    word.edit(2, 'I will go to college every Monday, Tuesday and Thursday.');
    word.edit(3, 'I will cook 3 meals a week with my key worker.');
    await (checker as unknown as { noteChange(p: number[]): void }).noteChange([2, 3]);
    await checker.flushChanges();

    // Written by Kyle, it is his to do.
    expect(noWho()).toBe(false);
  });
});

describe('mergeMarks', () => {
  test('identical ranges merge; overlapping ones keep the first', () => {
    const base = { objectiveId: 'p1', paragraph: 0, suggestions: [], severity: 'error' as const };
    const merged = mergeMarks([
      { ...base, start: 0, end: 4, message: 'A.' },
      { ...base, start: 0, end: 4, message: 'B.', suggestions: ['x'] },
      { ...base, start: 2, end: 6, message: 'C.' },
      { ...base, start: 8, end: 9, message: 'D.' },
    ]);
    expect(merged.map((m) => [m.start, m.end, m.message])).toEqual([
      [0, 4, 'A. B.'],
      [8, 9, 'D.'],
    ]);
    expect(merged[0].suggestions).toEqual(['x']);
  });
});
