import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
} from 'docx';
import { readDocx } from '../../src/docx/read-docx';
import { checkPlan } from '../../src/smart';
import { planOf } from '../helpers/plan-of';

/**
 * A pre-birth plan (fictional) numbers its actions, then gives who and when for each in a table
 * keyed by the action's number. Read as rows of their own, its twelve rows were twelve cards
 * ("1. Who: Shannon. By when: Every appointment") with nothing to make SMART, and the actions
 * were told to add who and when they already had.
 */
const plan = [
  '## What needs to happen',
  '',
  '1. Shannon to go to every antenatal appointment with the specialist midwife.',
  '2. Family support worker to get a cot and a pram for the baby through the baby bank.',
  '',
  '## Actions',
  '',
  '3. Health visitor to visit weekly for the first 8 weeks.',
  '',
  '## Who is responsible',
  '',
  '| Action number | Who | By when |',
  '|---|---|---|',
  '| 1 | Shannon; Fiona Carver (midwife) | Every appointment |',
  '| 2 | Lisa Kemp (family support) | By 31/01/2027 |',
  '| 3 | Hayley Booth (health visitor) | From the birth |',
];

const verdicts = () =>
  checkPlan(planOf(plan, 'markdown'), { today: new Date(2026, 11, 1) }).objectives;

describe('a table of who and when keyed by the action number', () => {
  it('reads each row with the action it numbers, not as a card of its own', () => {
    expect(verdicts().map((v) => v.objective.text)).toEqual([
      'Shannon to go to every antenatal appointment with the specialist midwife. Who: Shannon; Fiona Carver (midwife). By when: Every appointment',
      'Family support worker to get a cot and a pram for the baby through the baby bank. Who: Lisa Kemp (family support). By when: By 31/01/2027',
      'Health visitor to visit weekly for the first 8 weeks. Who: Hayley Booth (health visitor). By when: From the birth',
    ]);
  });

  it("gives the action its row's deadline", () => {
    expect(verdicts()[1].criteria.timely.met).toBe(true);
  });

  it('does not read a team named in the Who cell ("family support") as a vague task', () => {
    expect(verdicts()[1].findings.map((f) => f.ruleId)).not.toContain('specific/vague-verb');
  });
});

describe('the same table in a Word document', () => {
  // Word numbers a list itself, so "1." is not in the item's text: the row's number is the
  // item's place in the numbered list.
  async function wordPlan(): Promise<Buffer> {
    const actions = [
      'Shannon to go to every antenatal appointment with the specialist midwife.',
      'Family support worker to get a cot and a pram for the baby through the baby bank.',
      'Health visitor to visit weekly for the first 8 weeks.',
    ];
    const rows = [
      ['Action number', 'Who', 'By when'],
      ['1', 'Shannon; Fiona Carver (midwife)', 'Every appointment'],
      ['2', 'Lisa Kemp (family support)', 'By 31/01/2027'],
      ['3', 'Hayley Booth (health visitor)', 'From the birth'],
      ['4', 'Shannon and Liam', 'By 28/02/2027'],
    ];
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'actions',
            levels: [
              {
                level: 0,
                format: LevelFormat.DECIMAL,
                text: '%1.',
                alignment: AlignmentType.START,
              },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'What needs to happen', heading: HeadingLevel.HEADING_2 }),
            ...actions.map(
              (text) => new Paragraph({ text, numbering: { reference: 'actions', level: 0 } }),
            ),
            new Paragraph({ text: 'Who is responsible', heading: HeadingLevel.HEADING_2 }),
            new Table({
              rows: rows.map(
                (cells) =>
                  new TableRow({
                    children: cells.map(
                      (text) => new TableCell({ children: [new Paragraph(text)] }),
                    ),
                  }),
              ),
            }),
          ],
        },
      ],
    });
    return Packer.toBuffer(doc);
  }

  it("reads each numbered item with its row's who and when", async () => {
    const report = checkPlan(await readDocx(await wordPlan()), { today: new Date(2026, 11, 1) });
    const texts = report.objectives.map((v) => v.objective.text);
    expect(texts[0]).toBe(
      'Shannon to go to every antenatal appointment with the specialist midwife. Who: Shannon; Fiona Carver (midwife). By when: Every appointment',
    );
    expect(report.objectives[1].criteria.timely.met).toBe(true);
  });

  it('keeps a row that numbers an action the plan does not have, rather than losing it', async () => {
    const report = checkPlan(await readDocx(await wordPlan()), { today: new Date(2026, 11, 1) });
    const texts = report.objectives.map((v) => v.objective.text);
    expect(texts).toHaveLength(4);
    expect(texts[3]).toContain('Shannon and Liam');
  });
});
