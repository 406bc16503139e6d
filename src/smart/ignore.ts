import type { Finding, Objective } from './types';
import { normalise } from './text';

/**
 * The key under which "Ignore for this document" stores a finding. It names the rule and the
 * objective's text, so the ignore survives re-reading the document but lapses when the
 * objective is rewritten (the new words deserve a fresh look).
 */
export function ignoreKey(
  objective: Pick<Objective, 'text'>,
  finding: Pick<Finding, 'ruleId'>,
): string {
  return `${finding.ruleId}|${textKey(objective.text)}`;
}

/** A short, stable key for a text: no plan text is stored in the document's settings. */
export function textKey(text: string): string {
  return hash(normalise(text).toLowerCase());
}

/** FNV-1a: short and stable across hosts. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
