/**
 * Parts of the pane loaded when first used, not when it opens (Save to Teams' sign-in and Graph
 * client). Loading can fail on a dropped connection, or after a new release replaced the files
 * the open pane asks for; the browser's own error then names a script file, which tells the
 * social worker nothing.
 */
export async function loadOnDemand<T>(load: () => Promise<T>, part: string): Promise<T> {
  try {
    return await load();
  } catch {
    throw new Error(
      `the part of the pane that ${part} did not load (check your connection; if it keeps failing, close and reopen the pane)`,
    );
  }
}
