/**
 * "Ignore for this document" is kept in the document's own settings (Office.context.document
 * .settings), so it travels with the file to whoever opens it next.
 */

/** The part of Office.Settings we use; tests pass a plain object. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(
    callback?: (result: {
      status: string | Office.AsyncResultStatus;
      error?: { message: string };
    }) => void,
  ): void;
}

export const IGNORED_SETTING = 'smartPlans.ignored';

export function loadIgnoredFromSettings(settings: SettingsLike): string[] {
  const value = settings.get(IGNORED_SETTING);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function saveIgnoredToSettings(settings: SettingsLike, keys: string[]): Promise<void> {
  settings.set(IGNORED_SETTING, [...new Set(keys)]);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (String(result.status).toLowerCase() === 'failed') {
        reject(
          new Error(
            `Word could not save the ignored findings with this document (${result.error?.message ?? 'unknown reason'}). ` +
              'They stay hidden until you close the pane; try again once the document is saved.',
          ),
        );
      } else resolve();
    });
  });
}
