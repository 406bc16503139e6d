/**
 * Office.js for sign-in (src/connect/sign-in.ts): the `NestedAppAuth 1.1` requirement-set check,
 * and the Office dialog fallback that opens auth.html and answers with its one message. Kept
 * apart from sign-in.ts so that MSAL is loaded only when a tenant needs it.
 */
import type { OfficeAuthHost } from '../connect/sign-in';

export function officeAuthHost(): OfficeAuthHost {
  return {
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    displayDialog: (url) =>
      new Promise((resolve, reject) => {
        Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (opened) => {
          if (opened.status !== Office.AsyncResultStatus.Succeeded) {
            reject(new Error(opened.error.message));
            return;
          }
          const dialog = opened.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            const a = arg as { message?: string; origin?: string; error?: number };
            dialog.close();
            // Only our own auth.html may answer.
            if (a.origin !== undefined && a.origin !== new URL(url).origin)
              reject(new Error('a message from another origin'));
            else if (typeof a.message === 'string') resolve(a.message);
            else reject(new Error(`closed (${a.error ?? 'no message'})`));
          });
          dialog.addEventHandler(Office.EventType.DialogEventReceived, () =>
            reject(new Error('was closed before signing in')),
          );
        });
      }),
  };
}
