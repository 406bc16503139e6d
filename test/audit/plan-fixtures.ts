/**
 * Generates fictional children's plans as real .docx files (with the `docx` package), for the
 * audit's tests and benchmark. Every name is invented. Content is a deterministic mix of good
 * and poor objectives, laid out as numbered lists, bulleted lists or planning tables, so the
 * checker's verdicts vary from plan to plan.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../src/smart/seeded-random';
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
  WidthType,
} from 'docx';

const CHILDREN = ['Amy', 'Sam', 'Leo', 'Maya', 'Zoë', 'Kai', 'Ruby', 'Theo', 'Isla', 'Omar'];
const ADULTS = ['Mum', 'Dad', 'the social worker', 'the class teacher', 'the health visitor'];
const DATES = [
  '31/03/2027',
  '30/06/2027',
  '15/05/2027',
  'the end of the summer term',
  '12/04/2027',
];

/** Deterministic pseudo-random numbers, so a seed always gives the same plan. */
export const random = seededRandom;

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** Objective sentences from strong to weak; {c} is the child, {a} an adult, {d} a date. */
const OBJECTIVES = [
  '{a} will take {c} to school every day so that attendance reaches 95% by {d}, as recorded in the attendance register.',
  '{a} will attend all 10 sessions of the parenting programme by {d} so that {c} is in bed by 7.30pm on at least 5 nights a week, as recorded in the sleep diary.',
  'The social worker will visit {c} at home every two weeks until {d} to check that {c} has a clean bed and a meal each evening.',
  '{c} will see the school nurse once a week until {d} to talk about how they are feeling, and the nurse will record it.',
  'Services will support the family.',
  '{c} will feel happier at home.',
  'Mum will never drink again.',
  'Engage with professionals as soon as possible.',
  'Refer {c} to CAMHS.',
  '{a} will improve home conditions.',
  'Dad will stop drinking immediately and always be sober.',
  '{a} will address concerns in due course.',
];

/** Text meant to break naive HTML or spreadsheets: it must come out as plain words. */
export const HOSTILE_OBJECTIVE =
  '=HYPERLINK("http://example.invalid") <script>alert("x")</script> Mum & Dad will "try" <b>hard</b>, by 31/03/2027.';

function objectiveText(rand: () => number, child: string): string {
  const text = pick(rand, OBJECTIVES)
    .replace(/\{c\}/g, child)
    .replace(/\{a\}/g, pick(rand, ADULTS))
    .replace(/\{d\}/g, pick(rand, DATES));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type PlanLayout = 'numbered' | 'bulleted' | 'table';

export interface PlanSpec {
  seed: number;
  objectives: number;
  layout: PlanLayout;
  /** Extra objective texts placed first, verbatim. */
  extra?: string[];
}

function cell(text: string): TableCell {
  return new TableCell({
    children: [new Paragraph(text)],
    width: { size: 20, type: WidthType.PERCENTAGE },
  });
}

export function planDocument(spec: PlanSpec): Document {
  const rand = random(spec.seed);
  const child = pick(rand, CHILDREN);
  const texts = [...(spec.extra ?? [])];
  while (texts.length < spec.objectives) texts.push(objectiveText(rand, child));

  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `Child in need plan for ${child}`, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: "Child's views", heading: HeadingLevel.HEADING_2 }),
  ];
  if (rand() < 0.7)
    children.push(
      new Paragraph(`${child} said: "I want to stay at my school and see my friends."`),
    );
  children.push(new Paragraph({ text: "Parents' views", heading: HeadingLevel.HEADING_2 }));
  if (rand() < 0.6)
    children.push(new Paragraph('Mum said she agrees with the plan and wants help with mornings.'));
  children.push(new Paragraph({ text: 'Outcomes', heading: HeadingLevel.HEADING_2 }));

  if (spec.layout === 'table') {
    const header = new TableRow({
      tableHeader: true,
      children: [
        'Need',
        'What will happen',
        'Who',
        'By when',
        'How will we know it is working',
      ].map(cell),
    });
    const rows = texts.map((text) => {
      const who = rand() < 0.6 ? pick(rand, ADULTS) : '';
      const when = rand() < 0.6 ? pick(rand, DATES) : '';
      const measure =
        rand() < 0.4 ? 'Attendance register checked each week by the class teacher' : '';
      return new TableRow({
        children: [cell(`${child}'s needs`), cell(text), cell(who), cell(when), cell(measure)],
      });
    });
    children.push(
      new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
    );
  } else {
    for (const text of texts) {
      children.push(
        spec.layout === 'numbered'
          ? new Paragraph({ text, numbering: { reference: 'plan-numbers', level: 0 } })
          : new Paragraph({ text, bullet: { level: 0 } }),
      );
    }
  }

  children.push(new Paragraph({ text: 'Review', heading: HeadingLevel.HEADING_2 }));
  if (rand() < 0.7) children.push(new Paragraph(`Next core group meeting: ${pick(rand, DATES)}.`));
  if (rand() < 0.5)
    children.push(new Paragraph('Agreed and signed by Mum, Dad and the social worker.'));

  return new Document({
    creator: 'smart-plans tests',
    numbering: {
      config: [
        {
          reference: 'plan-numbers',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
}

export async function planDocx(spec: PlanSpec): Promise<Buffer> {
  return Packer.toBuffer(planDocument(spec));
}

/** A .docx with nothing in it: a real Word package whose body holds one empty paragraph. */
export async function emptyDocx(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }));
}

export const LAYOUTS: readonly PlanLayout[] = ['numbered', 'table', 'bulleted'];

/**
 * Writes `count` generated plans under `dir`, a third of them in a subfolder so the audit's
 * search is recursive. Returns the paths written.
 */
export async function writePlans(
  dir: string,
  count: number,
  objectives: (i: number) => number,
  first = 0,
): Promise<string[]> {
  await fs.mkdir(path.join(dir, 'team-b'), { recursive: true });
  const written: string[] = [];
  for (let i = first; i < first + count; i++) {
    const name = `plan-${String(i + 1).padStart(3, '0')}.docx`;
    const file = i % 3 === 2 ? path.join(dir, 'team-b', name) : path.join(dir, name);
    await fs.writeFile(
      file,
      await planDocx({ seed: i + 1, objectives: objectives(i), layout: LAYOUTS[i % 3]! }),
    );
    written.push(file);
  }
  return written;
}
