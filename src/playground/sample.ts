/**
 * A fictional child protection plan for the playground: headings, a plan table with the usual
 * columns, numbered and bulleted lists, and objectives both good and poor. Every name, place and
 * date is made up. Built as data and turned into DOM with textContent, never parsed as HTML.
 */

import { addDays, daysBetween, formatUkDate } from '../plans/iso-date';
import { localToday } from '../teams/today';

export type SampleBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: Array<string | { text: string; children: string[] }> }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][] };

export const SAMPLE_PLAN: SampleBlock[] = [
  { kind: 'heading', level: 1, text: 'Child protection plan: Jamie Carter (fictional)' },
  {
    kind: 'paragraph',
    text: 'Initial child protection conference: 03/02/2026. Lead social worker: Priya Shah, Northfield Children’s Services. Category: neglect.',
  },
  { kind: 'heading', level: 2, text: 'Jamie’s views' },
  {
    kind: 'paragraph',
    text: 'Jamie (9) met Priya at school on 27/01/2026. In his words: “I want Mum to get up in the mornings and I want to go to football again.”',
  },
  { kind: 'heading', level: 2, text: 'Parents’ views' },
  {
    kind: 'paragraph',
    text: 'Ms Lena Carter (Mum) agrees with the plan. Mr Tom Carter (Dad) disagrees that alcohol is a concern; the conference recorded his disagreement and kept the risk of neglect as the focus.',
  },
  { kind: 'heading', level: 2, text: 'What are we worried about?' },
  {
    kind: 'list',
    ordered: false,
    items: [
      'Jamie often arrives at school late and hungry.',
      'The house is cluttered and Jamie’s bedroom has no bedding.',
      'Dad drinks heavily at weekends when he looks after Jamie.',
      'Jamie is anxious at night and has been waiting since October to be seen by CAMHS.',
    ],
  },
  { kind: 'heading', level: 2, text: 'What needs to change' },
  {
    kind: 'table',
    caption: 'Plan objectives',
    header: ['Need', 'What will happen', 'Who', 'By when', 'How we will know it is working'],
    rows: [
      [
        'School attendance',
        'Mum will make sure Jamie is at school by 8.45am every school day so that his attendance rises to at least 95%',
        'Mum, supported by the school attendance officer',
        'by 31/07/2026',
        'The school attendance register, checked fortnightly by the class teacher',
      ],
      [
        'Home conditions',
        'Services will support the family to improve home conditions',
        'Professionals',
        'Ongoing',
        'Home will be better',
      ],
      [
        'Alcohol use',
        'Dad will never drink alcohol again',
        'Dad',
        'Immediately',
        'Dad says he has stopped',
      ],
    ],
  },
  { kind: 'heading', level: 2, text: 'Outcomes for Jamie' },
  {
    kind: 'list',
    ordered: true,
    items: [
      'Ms Carter will attend all 8 sessions of the Triple P parenting programme at Northfield Family Centre by 30/06/2026 so that Jamie is in bed by 8pm on at least 5 nights a week, as recorded in the sleep diary.',
      'Mum will engage with services.',
      'Jamie will go to football club at the leisure centre every Saturday so that he spends time with friends, as recorded by his coach.',
      {
        text: 'The health visitor will support the family with healthy eating.',
        children: ['Jamie will have breakfast before school.'],
      },
    ],
  },
  { kind: 'heading', level: 2, text: 'Review' },
  {
    kind: 'paragraph',
    text: 'Next core group: 17/03/2026. Review conference: 28/04/2026. The core group will meet every 6 weeks.',
  },
  { kind: 'heading', level: 2, text: 'Agreement' },
  {
    kind: 'paragraph',
    text: 'Agreed at the conference by Ms Carter, Jamie (with his social worker) and the professionals present. Mr Carter did not agree.',
  },
];

/**
 * The day the sample plan is written for: its review conference ("Review conference:
 * 28/04/2026") falls on it. The browser tests fix their clock on this day.
 */
export const SAMPLE_REVIEW_DAY = '2026-04-28';

const UK_DATE = /\b(\d{2})\/(\d{2})\/(\d{4})\b/g;

/**
 * The sample plan as of `today`: every date moved on by whole weeks (so a conference stays on
 * its weekday), just enough that the review conference is today or within the coming week.
 * A plan read months after the sample was written would otherwise greet a new user with its
 * one good objective "already passed" and its reviews long overdue. Never moved back.
 */
export function sampleFor(today: Date, blocks: SampleBlock[] = SAMPLE_PLAN): SampleBlock[] {
  const behind = daysBetween(SAMPLE_REVIEW_DAY, localToday(today));
  const shift = behind > 0 ? Math.ceil(behind / 7) * 7 : 0;
  if (shift === 0) return blocks;
  const move = (text: string): string =>
    text.replace(UK_DATE, (_, dd: string, mm: string, yyyy: string) =>
      formatUkDate(addDays(`${yyyy}-${mm}-${dd}`, shift)),
    );
  return blocks.map((block): SampleBlock => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return { ...block, text: move(block.text) };
      case 'list':
        return {
          ...block,
          items: block.items.map((item) =>
            typeof item === 'string'
              ? move(item)
              : { text: move(item.text), children: item.children.map(move) },
          ),
        };
      case 'table':
        return { ...block, rows: block.rows.map((row) => row.map(move)) };
    }
  });
}

/** Builds the sample into `root` with DOM calls only (no HTML parsing). */
export function renderSample(root: HTMLElement, blocks: SampleBlock[] = SAMPLE_PLAN): void {
  const doc = root.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    text?: string,
  ): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  root.replaceChildren();
  for (const block of blocks) {
    if (block.kind === 'heading') root.append(el(`h${block.level}` as 'h1', block.text));
    else if (block.kind === 'paragraph') root.append(el('p', block.text));
    else if (block.kind === 'list') {
      const list = el(block.ordered ? 'ol' : 'ul');
      for (const item of block.items) {
        if (typeof item === 'string') list.append(el('li', item));
        else {
          const li = el('li', item.text);
          const nested = el('ul');
          item.children.forEach((child) => nested.append(el('li', child)));
          li.append(nested);
          list.append(li);
        }
      }
      root.append(list);
    } else {
      const table = el('table');
      table.append(el('caption', block.caption));
      const head = el('thead');
      const headRow = el('tr');
      block.header.forEach((h) => {
        const th = el('th', h);
        th.scope = 'col';
        headRow.append(th);
      });
      head.append(headRow);
      const body = el('tbody');
      block.rows.forEach((row) => {
        const tr = el('tr');
        row.forEach((cell) => tr.append(el('td', cell)));
        body.append(tr);
      });
      table.append(head, body);
      root.append(table);
    }
  }
}
