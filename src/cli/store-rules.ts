/**
 * The house rules everyone else uses, for `check` and `audit`: read from the plans site's
 * settings list the way the pane, the tab and `remind` read them. Rules with a problem warn and
 * the defaults apply, as in every face; a store that cannot be reached is an error naming the
 * address, since checking with other rules than everyone else's would mislead.
 */
import { connectCli, isLocalGraph } from '../connect/cli';
import { findLocalToken } from '../graph/local-token';
import { describeProblems } from '../house-rules/load';
import { HouseRulesStore } from '../house-rules/store';
import type { RuleSet } from '../smart/rule-set';

export interface StoreRulesOptions {
  /** Graph address of the plans site (local mode: http://127.0.0.1:3000/graph/v1.0). */
  store: string;
  site?: string;
  token?: string;
  data?: string;
}

export async function ruleSetFromStore(
  options: StoreRulesOptions,
  warn: (text: string) => void,
): Promise<RuleSet> {
  const graphUrl = options.store;
  let local: boolean;
  try {
    local = isLocalGraph(graphUrl);
  } catch {
    throw new Error(
      `--store needs a Graph address such as http://127.0.0.1:3000/graph/v1.0, not "${graphUrl}".`,
    );
  }
  const token = local
    ? findLocalToken({ token: options.token, dataDir: options.data, env: process.env })
    : undefined;
  const { store } = await connectCli({
    graphUrl,
    site: options.site ?? 'root',
    ...(token ? { getToken: () => Promise.resolve(token) } : {}),
  });
  const snapshot = await new HouseRulesStore(store).load();
  if (snapshot.unreachable)
    throw new Error(
      `could not read the house rules at ${graphUrl} (${snapshot.unreachable.replace(/\.$/, '')}). Check the address${local ? ', that "smart-plans serve" is running, and its token (--token, SMART_PLANS_TOKEN or --data)' : ' and the sign-in'}.`,
    );
  if (snapshot.problems.length > 0)
    warn(
      `Warning: the house rules in the settings list have a problem (${describeProblems(snapshot.problems)}); using the defaults until a site owner fixes them.\n`,
    );
  return snapshot.loaded.ruleSet;
}
