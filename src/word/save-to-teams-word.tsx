/**
 * Save to Teams in Word: the document's own settings keep the plan's id (so it travels with the
 * file), the document's address is the link back from Teams, and the plan store is the Graph
 * layer on the pane's origin (the local lists service, or the organisation's Graph proxy, as in
 * the tab: src/teams/store.ts). The link opens the plan in Teams when the deployment put the
 * Teams app id in the pane's URL, else the tab page.
 */
import { GraphClient } from '../graph/client';
import { pageTokenProvider } from '../graph/local-token';
import { GraphPlanStore } from '../graph/plan-store';
import type { PlanChecker } from '../ui/checker';
import { SaveController } from '../ui/save-controller';
import { saveToTeamsSlots } from '../ui/SaveToTeams';
import { planFinder } from './find-plan';
import { planLink, teamsAppIdFrom } from './plan-link';
import type { SnapshotTap } from './snapshot-tap';

export function wordSaveToTeams(checker: PlanChecker, tap: SnapshotTap) {
  const origin = window.location.origin;
  const teamsAppId = teamsAppIdFrom(window.location.search);
  const controller = new SaveController({
    checker,
    snapshot: () => tap.snapshot,
    settings: Office.context.document.settings,
    store: async () =>
      new GraphPlanStore({
        client: new GraphClient({
          baseUrl: `${origin}/graph/v1.0`,
          getToken: pageTokenProvider(document),
        }),
      }),
    // Empty for a document never saved: the plan is then found again by the id in its settings.
    documentUrl: () => Office.context.document.url || undefined,
    linkFor: (planId) => planLink(planId, { tabUrl: `${origin}/tab.html`, teamsAppId }),
    findByDocument: planFinder,
  });
  return saveToTeamsSlots(controller, checker);
}
