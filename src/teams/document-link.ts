/**
 * The plan's Word document as the tab links to it. A DocumentUrl comes from a list item anyone
 * with edit rights can change, so only an absolute http(s) address becomes a link, as in the
 * reminder digest: "javascript:", "data:" and the like are dropped, whatever the page's CSP.
 */
import { safeLink } from '../reminders/digest';

export function documentLink(url: string | undefined): string | undefined {
  return safeLink(url?.trim());
}
