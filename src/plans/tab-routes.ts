/**
 * Where the tab is: a small hash router, so that a reload, a browser link and a Teams deep link
 * (its subPageId) all land on the same view. It lives with the plan model, not in src/teams,
 * because the Word pane builds links into the tab (src/pane/plan-link.ts) and the tab reads them:
 * one module writes and parses both, and neither face imports the other.
 */
export type Route =
  | { view: 'plans' }
  | { view: 'plan'; planId: string }
  | { view: 'supervisor' }
  | { view: 'settings' }
  | { view: 'config' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('?')[0];
  const [head, id] = path.split('/');
  if (head === 'plan' && id) return { view: 'plan', planId: decodeURIComponent(id) };
  if (head === 'supervisor') return { view: 'supervisor' };
  if (head === 'config') return { view: 'config' };
  if (head === 'settings') return { view: 'settings' };
  return { view: 'plans' };
}

export function routeHash(route: Route): string {
  return route.view === 'plan' ? `#/plan/${encodeURIComponent(route.planId)}` : `#/${route.view}`;
}

/** Teams deep links carry "plan/<id>" (or a view name) as the subPageId. */
export function subPageIdFor(route: Route): string {
  return routeHash(route).slice(2);
}

export function routeFromSubPage(subPageId: string | undefined): Route | undefined {
  return subPageId ? parseRoute(`#/${subPageId}`) : undefined;
}
