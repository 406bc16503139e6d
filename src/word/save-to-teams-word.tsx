/**
 * Save to Teams in Word: the document's own settings keep the plan's id (so it travels with the
 * file), the document's address is the link back from Teams, and the plan store comes from
 * src/connect (local mode, or the tenant's plans site with nested app authentication in Word).
 * The link opens the plan in Teams when the deployment put the Teams app id in the pane's URL,
 * else the tab page.
 */
import type { Connection } from '../connect/connect';
import type { PlanChecker } from '../ui/checker';
import { SaveController } from '../ui/save-controller';
import { saveToTeamsSlots } from '../ui/SaveToTeams';
import { planFinder } from '../pane/find-plan';
import { loadOnDemand } from '../pane/load-on-demand';
import { officeAuthHost } from './office-auth';
import { planLink, teamsAppIdFrom } from '../pane/plan-link';
import type { SnapshotTap } from '../pane/snapshot-tap';

export function wordSaveToTeams(checker: PlanChecker, tap: SnapshotTap) {
  const origin = window.location.origin;
  const teamsAppId = teamsAppIdFrom(window.location.search);
  // Connected on the first save, not when the pane opens: checking needs no sign-in.
  let connection: Promise<Connection> | undefined;
  const controller = new SaveController({
    checker,
    snapshot: () => tap.snapshot,
    settings: Office.context.document.settings,
    store: async () => {
      // Loaded with the first save too: the Graph client, sign-in and the deployment's config
      // are a third of the pane's script, and checking a plan needs none of them.
      connection ??= loadOnDemand(
        () => import(/* webpackChunkName: "connect" */ '../connect/page'),
        'saves to Teams',
      ).then((m) => m.connectPage({ host: { kind: 'word', office: officeAuthHost } }));
      return (
        await connection.catch((err: unknown) => {
          connection = undefined;
          throw err;
        })
      ).store;
    },
    // Empty for a document never saved: the plan is then found again by the id in its settings.
    documentUrl: () => Office.context.document.url || undefined,
    linkFor: (planId) => planLink(planId, { tabUrl: `${origin}/tab.html`, teamsAppId }),
    findByDocument: planFinder,
  });
  return saveToTeamsSlots(controller, checker);
}
