/**
 * Save to Teams in the playground: the local lists service on this origin is the plan store,
 * the browser's storage stands in for the document's settings, the playground page is the
 * "document" the plan links back to, and the saved plan opens in the tab on this origin.
 */
import { GraphClient } from '../graph/client';
import { pageTokenProvider } from '../graph/local-token';
import { GraphPlanStore } from '../graph/plan-store';
import type { PlanChecker } from '../ui/checker';
import { SaveController } from '../ui/save-controller';
import { saveToTeamsSlots } from '../ui/SaveToTeams';
import { planFinder } from '../word/find-plan';
import { planLink } from '../word/plan-link';
import type { SnapshotTap } from '../word/snapshot-tap';
import { localSettings } from './local-settings';

export function playgroundSaveToTeams(checker: PlanChecker, tap: SnapshotTap) {
  const origin = window.location.origin;
  const controller = new SaveController({
    checker,
    snapshot: () => tap.snapshot,
    settings: localSettings(),
    store: async () =>
      new GraphPlanStore({
        client: new GraphClient({
          baseUrl: `${origin}/graph/v1.0`,
          getToken: pageTokenProvider(document),
        }),
      }),
    documentUrl: () => `${origin}/playground.html`,
    linkFor: (planId) => planLink(planId, { tabUrl: `${origin}/tab.html` }),
    findByDocument: planFinder,
  });
  return saveToTeamsSlots(controller, checker);
}
