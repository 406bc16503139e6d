/**
 * The Content-Security-Policy of the built pages, in one place: local mode's server and the
 * dev server send it as a header, and webpack writes it into every page as a <meta>, so that a
 * page served by anything else (a SharePoint library, a static host) keeps it too.
 *
 * Strict policy for the pages: our own scripts, Office.js from Microsoft's CDN for the task
 * pane, Graph and sign-in for tenant mode, framed only by Office and Teams hosts.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com https://res.cdn.office.net",
  // Fluent UI (Griffel) inserts style rules at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data: https://res.cdn.office.net",
  "connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com https://res.cdn.office.net",
  "frame-src 'self' https://login.microsoftonline.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self' https://*.office.com https://*.office365.com https://*.officeapps.live.com https://*.sharepoint.com https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.skype.com",
];

/** As a response header. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * As a page's <meta http-equiv>: browsers honour frame-ancestors only in a header (and warn
 * when a <meta> carries it), so the header alone says who may frame the pages.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter(
  (d) => !d.startsWith('frame-ancestors'),
).join('; ');
