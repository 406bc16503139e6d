/**
 * Local mode's per-run secret: the server that serves the pages puts it in
 * `<meta name="smart-plans-local-token" content="...">`, and the pages send it to the local
 * lists service as `Authorization: Bearer <token>`. Never logged. (Contract shared with issue 15.)
 */
export function readLocalToken(doc: Document): string | undefined {
  const meta = doc.querySelector('meta[name="smart-plans-local-token"]');
  const token = meta?.getAttribute('content')?.trim();
  return token ? token : undefined;
}
