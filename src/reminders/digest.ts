/**
 * One digest per recipient: the due and overdue items of the plans they supervise (or the
 * objectives they own), as plain text and as escaped HTML. A digest carries only what the reader
 * needs to act (child reference, what is due, the date, a link); never objective text, notes or
 * anyone's views, because email and activity feeds travel further than the plan itself.
 */
import type { DueItem } from '../plans/due';
import { daysBetween, formatUkDate } from '../plans/iso-date';
import type { Person } from '../plans/model';

export interface DigestEntry {
  item: DueItem;
  /** Where the reader opens the plan; http(s) only, anything else is dropped. */
  link?: string;
}

export interface Digest {
  recipient: Person;
  /** Why they get it: they supervise the plans, or they own the items. */
  role: 'supervisor' | 'owner';
  today: string;
  withinDays: number;
  entries: DigestEntry[];
}

export interface RenderedDigest {
  subject: string;
  /** At most 150 characters, no child references: Teams shows it in the activity feed. */
  preview: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Only absolute http(s) links are kept: a "javascript:" or mailto link never reaches a reader. */
export function safeLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

// Control characters (including line breaks) in a child reference could forge extra lines in
// the plain-text digest or headers; they are replaced with spaces.
function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function when(item: DueItem, today: string): string {
  if (!item.dueDate) return '';
  const days = daysBetween(today, item.dueDate);
  const date = formatUkDate(item.dueDate);
  if (days < 0) return `was due ${date} (${plural(-days, 'day')} ago)`;
  if (days === 0) return `due today, ${date}`;
  return `due ${date} (in ${plural(days, 'day')})`;
}

function withDate(item: DueItem, today: string): string {
  const text = when(item, today);
  return text ? `, ${text}` : '';
}

interface Section {
  heading: string;
  entries: DigestEntry[];
}

function sections(digest: Digest): Section[] {
  const by = (state: DueItem['state']) =>
    digest.entries
      .filter((e) => e.item.state === state)
      .sort(
        (a, b) =>
          (a.item.dueDate ?? '').localeCompare(b.item.dueDate ?? '') ||
          a.item.childRef.localeCompare(b.item.childRef),
      );
  return [
    { heading: 'Overdue', entries: by('overdue') },
    { heading: `Due in the next ${plural(digest.withinDays, 'day')}`, entries: by('due') },
    { heading: 'Cannot be scheduled until a date is recorded', entries: by('unschedulable') },
  ].filter((s) => s.entries.length > 0);
}

function counts(digest: Digest): { overdue: number; due: number; unschedulable: number } {
  const n = (state: DueItem['state']) =>
    digest.entries.filter((e) => e.item.state === state).length;
  return { overdue: n('overdue'), due: n('due'), unschedulable: n('unschedulable') };
}

function summary(digest: Digest): string {
  const c = counts(digest);
  const parts = [
    c.overdue ? `${c.overdue} overdue` : '',
    c.due ? `${c.due} due in the next ${plural(digest.withinDays, 'day')}` : '',
    c.unschedulable ? `${c.unschedulable} without a date` : '',
  ].filter(Boolean);
  const plans = new Set(digest.entries.map((e) => e.item.planId)).size;
  return `${parts.join(', ')} across ${plural(plans, 'plan')}`;
}

export function renderDigest(digest: Digest): RenderedDigest {
  const today = formatUkDate(digest.today);
  const name = oneLine(digest.recipient.name || 'colleague');
  const why =
    digest.role === 'supervisor'
      ? 'You are receiving this because you supervise these plans.'
      : 'You are receiving this because these items are yours in the plans.';
  const subject = `SMART Plans: ${summary(digest)}`;
  const preview = subject.length <= 150 ? subject : `${subject.slice(0, 149)}…`;
  const parts = sections(digest);

  const text = [
    `Hello ${name},`,
    '',
    `These plan dates need attention (as at ${today}):`,
    ...parts.flatMap((s) => [
      '',
      `${s.heading}:`,
      ...s.entries.map((e) => {
        const link = safeLink(e.link);
        const notes = e.item.notes.map(oneLine).join(' ');
        return `- ${oneLine(e.item.childRef)}: ${oneLine(e.item.title)}${withDate(e.item, digest.today)}.${
          notes ? ` ${notes}` : ''
        }${link ? ` ${link}` : ''}`;
      }),
    ]),
    '',
    why,
    'Each item is sent once; record the meeting or progress in the plan to clear it.',
  ].join('\n');

  const html = [
    `<p>Hello ${escapeHtml(name)},</p>`,
    `<p>These plan dates need attention (as at ${escapeHtml(today)}):</p>`,
    ...parts.flatMap((s) => [
      `<h3>${escapeHtml(s.heading)}</h3>`,
      '<ul>',
      ...s.entries.map((e) => {
        const link = safeLink(e.link);
        const child = escapeHtml(oneLine(e.item.childRef));
        const label = link ? `<a href="${escapeHtml(link)}">${child}</a>` : child;
        const notes = e.item.notes.map((n) => ` ${escapeHtml(oneLine(n))}`).join('');
        return `<li>${label}: ${escapeHtml(oneLine(e.item.title))}${escapeHtml(withDate(e.item, digest.today))}.${notes}</li>`;
      }),
      '</ul>',
    ]),
    `<p>${escapeHtml(why)} Each item is sent once; record the meeting or progress in the plan to clear it.</p>`,
  ].join('\n');

  return { subject, preview, text, html };
}
