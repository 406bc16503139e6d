/** A phrase list written as prose: comma-separated, line breaks ignored. */
export function list(text: string): string[] {
  return text
    .split(',')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
