/**
 * The tab's connection: src/connect decides where the data is (local mode, or the tenant's plans
 * site from the deploy configuration) and who is asking; in Teams it signs in through Teams.
 */
import { connectPage } from '../connect/page';
import type { Connection } from '../connect/connect';
import type { Person } from '../plans/model';
import { teamsAuthHost, type HostContext } from './context';

export async function connectTab(host: HostContext, localUser?: Person): Promise<Connection> {
  return connectPage({
    host: host.inTeams ? { kind: 'teams', teams: teamsAuthHost } : { kind: 'browser' },
    localUser,
  });
}
