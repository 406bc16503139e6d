/**
 * Where an objective is, in words a reader can find in Word: "Table 2, row 3".
 */
import type { ObjectiveLocation } from '../smart';

export function describeLocation(location: ObjectiveLocation): string {
  // The core counts tables, rows and paragraphs from 0 and lines from 1; people count from 1.
  switch (location.kind) {
    case 'line':
      return `Line ${location.line}`;
    case 'paragraph':
      return `Paragraph ${location.paragraph + 1}`;
    case 'table':
      return `Table ${location.table + 1}, row ${location.row + 1}`;
  }
}
