/**
 * The tab's PlanStore: the Graph store pointed at the same origin's /graph/v1.0, which is the
 * local lists service in local mode (and a Graph proxy where an organisation deploys one).
 */
import { GraphClient } from '../graph/client';
import { pageTokenProvider } from '../graph/local-token';
import { GraphPlanStore } from '../graph/plan-store';
import type { PlanStore } from '../plans/store';
import type { HostContext } from './context';

export async function createTabStore(_host: HostContext): Promise<PlanStore> {
  const client = new GraphClient({
    baseUrl: `${window.location.origin}/graph/v1.0`,
    // Local mode's secret, carried by the page it served (none elsewhere).
    getToken: pageTokenProvider(document),
  });
  return new GraphPlanStore({ client });
}
