/** The few teams-js calls views make, kept here so that views never touch teams-js directly. */
import { meeting, pages } from '@microsoft/teams-js';
import { routeHash, subPageIdFor, type Route } from '../plans/tab-routes';

/** Opens Teams' share dialog for a link straight to this view (a deep link with subPageId). */
export function shareDeepLink(route: Route, label: string): void {
  pages.shareDeepLink({ subPageId: subPageIdFor(route), subPageLabel: label });
}

/** Puts this view on the meeting stage for everyone in the meeting. */
export function shareToStage(route: Route): Promise<void> {
  const url = new URL(routeHash(route), window.location.href).toString();
  return new Promise((resolve, reject) =>
    meeting.shareAppContentToStage(
      (err) =>
        err ? reject(new Error(err.message ?? 'Teams could not share to the stage.')) : resolve(),
      url,
    ),
  );
}

/** The configurable tab's settings page: tell Teams what to open and under what name. */
export function registerTabConfig(
  get: () => { route: Route; name: string } | undefined,
): (valid: boolean) => void {
  pages.config.registerOnSaveHandler((event) => {
    const chosen = get();
    if (!chosen) return event.notifyFailure('Choose what the tab shows first.');
    const contentUrl = new URL(routeHash(chosen.route), window.location.href).toString();
    pages.config
      .setConfig({
        contentUrl,
        websiteUrl: contentUrl,
        entityId: subPageIdFor(chosen.route),
        suggestedDisplayName: chosen.name,
      })
      .then(() => event.notifySuccess())
      .catch((err: unknown) =>
        event.notifyFailure(err instanceof Error ? err.message : 'Teams refused the tab settings.'),
      );
  });
  return (valid) => pages.config.setValidityState(valid);
}
