/**
 * Where a saved plan opens, and how the document remembers which plan it is. In local mode the
 * link is the tab page beside the pane (`/tab.html#/plan/<id>`); in a tenant it is a Teams deep
 * link to the app's Plans tab with the plan as its subPageId (subEntityId), so it opens inside
 * Teams. The app id comes from the pane's URL in the Word manifest (`?teamsAppId=`), set once
 * when an organisation deploys both.
 */
import { subPageIdFor } from '../plans/tab-routes';

/** The saved plan's id, kept in the document's settings so saving again updates it. */
export const PLAN_ID_SETTING = 'smartPlans.planId';
/** What the worker typed into the Save to Teams form, so it is never lost with the pane. */
export const SAVE_FORM_SETTING = 'smartPlans.saveForm';
/** The static tab (manifest/teams/manifest.json) a deep link opens. */
export const PLANS_TAB_ENTITY = 'plans';

export interface PlanLinkOptions {
  /** The tab page, e.g. https://plans.example.org/tab.html (local mode: this origin). */
  tabUrl: string;
  /** The Teams app id from the Teams manifest; absent in local mode. */
  teamsAppId?: string;
  /** Shown by Teams for the link. */
  label?: string;
}

const APP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function planLink(planId: string, opts: PlanLinkOptions): string {
  const route = { view: 'plan' as const, planId };
  const webUrl = `${opts.tabUrl.replace(/#.*$/, '')}#/${subPageIdFor(route)}`;
  if (!opts.teamsAppId || !APP_ID.test(opts.teamsAppId)) return webUrl;
  const query = new URLSearchParams({
    webUrl,
    label: opts.label ?? 'SMART plan',
    context: JSON.stringify({ subEntityId: subPageIdFor(route) }),
  });
  return `https://teams.microsoft.com/l/entity/${opts.teamsAppId.toLowerCase()}/${PLANS_TAB_ENTITY}?${query.toString()}`;
}

/** The Teams app id the deployment put in the pane's URL, when it is a well-formed id. */
export function teamsAppIdFrom(search: string): string | undefined {
  const id = new URLSearchParams(search).get('teamsAppId') ?? undefined;
  return id && APP_ID.test(id) ? id : undefined;
}
