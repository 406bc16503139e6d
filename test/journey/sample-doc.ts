/**
 * The playground's fictional sample plan as the reader gives it to the core, built without a
 * browser: the same blocks, turned into paragraphs the way the HTML adapter walks them.
 */
import { SAMPLE_PLAN, type SampleBlock } from '../../src/playground/sample';
import type { PlanDocument } from '../../src/smart';
import { buildSnapshot, type RawParagraph } from '../../src/pane/snapshot';

export function sampleParagraphs(blocks: SampleBlock[] = SAMPLE_PLAN): RawParagraph[] {
  const out: RawParagraph[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push({ text: block.text, headingLevel: block.level });
    else if (block.kind === 'paragraph') out.push({ text: block.text });
    else if (block.kind === 'list') {
      for (const item of block.items) {
        const text = typeof item === 'string' ? item : item.text;
        out.push({ text, list: { level: 0, ordered: block.ordered } });
        if (typeof item !== 'string')
          item.children.forEach((child) =>
            out.push({ text: child, list: { level: 1, ordered: false } }),
          );
      }
    } else {
      // The caption is not a cell: the adapter reads rows only.
      [block.header, ...block.rows].forEach((row, r) =>
        row.forEach((text, c) =>
          out.push({
            text,
            cell: { row: r, column: c, ...(r === 0 && c === 0 ? { newTable: true } : {}) },
          }),
        ),
      );
    }
  }
  return out;
}

export function sampleDocument(blocks: SampleBlock[] = SAMPLE_PLAN): PlanDocument {
  return buildSnapshot(sampleParagraphs(blocks)).doc;
}
