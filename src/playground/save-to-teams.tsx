/**
 * Save to Teams in the playground: the plan store comes from src/connect (the local lists service
 * on this origin, or the rehearsal's tenant), the browser's storage stands in for the document's
 * settings, the playground page is the "document" the plan links back to, and the saved plan
 * opens in the tab on this origin.
 */
import type { PlanChecker } from '../ui/checker';
import { SaveController } from '../ui/save-controller';
import { saveToTeamsSlots } from '../ui/SaveToTeams';
import { planFinder } from '../pane/find-plan';
import { planLink } from '../pane/plan-link';
import type { SnapshotTap } from '../pane/snapshot-tap';
import { playgroundConnection } from './connection';
import { localSettings } from './local-settings';

export function playgroundSaveToTeams(checker: PlanChecker, tap: SnapshotTap) {
  const origin = window.location.origin;
  const controller = new SaveController({
    checker,
    snapshot: () => tap.snapshot,
    settings: localSettings(),
    store: async () => (await playgroundConnection()).store,
    documentUrl: () => `${origin}/playground.html`,
    linkFor: (planId) => planLink(planId, { tabUrl: `${origin}/tab.html` }),
    findByDocument: planFinder,
  });
  return saveToTeamsSlots(controller, checker);
}
