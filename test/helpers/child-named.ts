import { analyse } from '../../src/smart/analyse';
import { ownLabelledTexts, today } from './verdict-letters';

export interface ChildNamed {
  text: string;
  name: string;
  modal: string;
  /** What follows the modal. */
  rest: string;
}

/**
 * Our labelled objectives that open "<Name> will/to/must/should/is/are …", where the checker
 * reads the name as the child and as the first clause's subject.
 */
export function childNamed(): ChildNamed[] {
  return ownLabelledTexts().flatMap((text) => {
    const m = /^([A-Z][a-z]+) (will|to|must|should|is|are) (.*)$/s.exec(text);
    if (!m || /^(?:Mum|Dad|Nan|Grandad|Grandma|The|A|An)$/.test(m[1])) return [];
    const first = analyse(text, { today }).clauses[0];
    const isChild =
      first?.subject.kind === 'child' &&
      text.slice(first.subject.start, first.subject.end) === m[1];
    return isChild ? [{ text, name: m[1], modal: m[2], rest: m[3] }] : [];
  });
}
