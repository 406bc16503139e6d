/**
 * Reading Word documents through office-js (mocked with office-addin-mock): paragraphs,
 * headings, lists and tables become the core's PlanDocument, and a whole check (read + marks)
 * takes the same small number of context.sync() calls for 10 paragraphs as for 2,000.
 */
import { checkPlan } from '../../src/smart';
import { isOrderedListString, readWordDocument } from '../../src/word/document';
import { WordAdapter } from '../../src/word/word-adapter';
import { marksForVerdict } from '../../src/ui/checker';
import { mockWord, planParagraphs, type ParagraphSpec } from './mock-word';

describe('readWordDocument', () => {
  test('paragraphs, headings and list items (level and numbering) are read', async () => {
    const word = mockWord([
      { text: 'Outcomes', style: 'Heading2' },
      {
        text: 'Mum will attend the Freedom Programme weekly.',
        list: { level: 0, listString: '1.' },
      },
      { text: 'Sam will sleep in his own bed.', list: { level: 1, listString: '•' } },
      { text: 'A closing note.' },
    ]);
    const { snapshot } = await readWordDocument(word.context);
    expect(snapshot.doc.blocks).toEqual([
      { kind: 'paragraph', paragraph: 0, text: 'Outcomes', headingLevel: 2 },
      {
        kind: 'paragraph',
        paragraph: 1,
        text: 'Mum will attend the Freedom Programme weekly.',
        list: { level: 0, ordered: true },
      },
      {
        kind: 'paragraph',
        paragraph: 2,
        text: 'Sam will sleep in his own bed.',
        list: { level: 1, ordered: false },
      },
      { kind: 'paragraph', paragraph: 3, text: 'A closing note.' },
    ]);
  });

  test('tables keep their header row and cells; a cell of two paragraphs is one cell', async () => {
    const word = mockWord([
      { text: 'Who', cell: { row: 0, cell: 0 } },
      { text: 'By when', cell: { row: 0, cell: 1 } },
      { text: 'Mum', cell: { row: 1, cell: 0 } },
      { text: 'by 31/03/2027', cell: { row: 1, cell: 1 } },
      { text: 'then every 6 weeks', cell: { row: 1, cell: 1 } },
      // A second table straight after the first: its position starts again at (0, 0).
      { text: 'Name', cell: { row: 0, cell: 0 } },
      { text: 'Between tables.' },
    ]);
    const { snapshot } = await readWordDocument(word.context);
    const [first, second, after] = snapshot.doc.blocks;
    expect(first).toEqual({
      kind: 'table',
      table: 0,
      rows: [
        [
          { text: 'Who', paragraph: 0 },
          { text: 'By when', paragraph: 1 },
        ],
        [
          { text: 'Mum', paragraph: 2 },
          { text: 'by 31/03/2027\nthen every 6 weeks', paragraph: 3 },
        ],
      ],
    });
    expect(second).toEqual({ kind: 'table', table: 1, rows: [[{ text: 'Name', paragraph: 5 }]] });
    expect(after).toEqual({ kind: 'paragraph', paragraph: 6, text: 'Between tables.' });
    expect(snapshot.cellParagraphs[3]).toEqual([3, 4]);
  });

  test('a nested table is read as part of the outer cell it sits in', async () => {
    const word = mockWord([
      { text: 'Who', cell: { row: 0, cell: 0 } },
      { text: 'Mum', cell: { row: 1, cell: 0 } },
      { text: 'nested detail', cell: { row: 0, cell: 0, nesting: 2 } },
    ]);
    const { snapshot } = await readWordDocument(word.context);
    expect(snapshot.doc.blocks).toHaveLength(1);
    const table = snapshot.doc.blocks[0];
    expect(table.kind === 'table' && table.rows[1][0].text).toBe('Mum\nnested detail');
  });

  test('numbering strings are told apart from bullets', () => {
    for (const s of ['1.', '2)', '(a)', 'iv.', 'B.', '1.2.'])
      expect(isOrderedListString(s)).toBe(true);
    for (const s of ['•', 'o', '▪', '', '-']) expect(isOrderedListString(s)).toBe(false);
  });

  test('a bold title in Normal style over a list sections the plan as a heading would', async () => {
    const bullet = { level: 0, listString: '•' };
    const word = mockWord([
      { text: 'What are we worried about?' },
      { text: 'Dad drinks when he is looking after the children.', list: bullet },
      { text: 'Plan' },
      { text: 'Dad will not drink for 24 hours before he has the children.', list: bullet },
    ]);
    const { snapshot } = await readWordDocument(word.context);
    const report = checkPlan(snapshot.doc);
    expect(report.worries.worries.map((w) => w.worry.text)).toEqual([
      'Dad drinks when he is looking after the children.',
    ]);
    expect(report.objectives.map((v) => v.objective.text)).toEqual([
      'Dad will not drink for 24 hours before he has the children.',
    ]);
  });

  test('reading before the collection is loaded fails, as it does in Word', () => {
    const word = mockWord([{ text: 'One' }]);
    const items = (word.context.document.body.paragraphs as unknown as { items: unknown }).items;
    expect(Array.isArray(items)).toBe(false);
  });
});

describe('context.sync() count', () => {
  async function syncsForCheck(paragraphs: ParagraphSpec[], wordApi: string): Promise<number> {
    const word = mockWord(paragraphs, wordApi);
    const adapter = new WordAdapter(word.host);
    word.resetSyncs();
    await adapter.check(async (snapshot) =>
      checkPlan(snapshot.doc).objectives.flatMap((v) => marksForVerdict(snapshot, v)),
    );
    return word.syncs();
  }

  test.each(['1.8', '1.4', '1.3'])(
    'a check of 10 or 2,000 paragraphs takes the same count, at most 3 (WordApi %s)',
    async (api) => {
      const small10: ParagraphSpec[] = [
        { text: 'Outcomes', style: 'Heading2' },
        { text: 'Mum will engage with services.', list: { level: 0, listString: '1.' } },
        { text: 'Dad will never drink alcohol again.', list: { level: 0, listString: '2.' } },
        { text: 'What will happen', cell: { row: 0, cell: 0 } },
        { text: 'Who', cell: { row: 0, cell: 1 } },
        { text: 'By when', cell: { row: 0, cell: 2 } },
        { text: 'Services will support the family', cell: { row: 1, cell: 0 } },
        { text: 'Professionals', cell: { row: 1, cell: 1 } },
        { text: 'Ongoing', cell: { row: 1, cell: 2 } },
        { text: 'Next core group: 17/03/2026.' },
      ];
      const large = planParagraphs(2000 - planParagraphs(0).length);
      expect(small10).toHaveLength(10);
      expect(large).toHaveLength(2000);
      const few = await syncsForCheck(small10, api);
      const many = await syncsForCheck(large, api);
      expect(few).toBe(many);
      expect(many).toBeLessThanOrEqual(3);
    },
  );
});
