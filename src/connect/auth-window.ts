/**
 * auth.html: the sign-in window for hosts without nested app authentication (the documented
 * fallback). Opened by the Office dialog API from Word (`?host=word`) or by teams-js
 * `authentication.authenticate` from Teams (`?host=teams`); also the redirect page of the MSAL
 * popup in a plain browser, where it does nothing and lets MSAL in the opener read the answer.
 *
 * It signs in with MSAL (a full-page redirect to Microsoft and back), then:
 * - Word: passes MSAL's result to the task pane with `Office.context.ui.messageParent`, to the
 *   pane's own origin only (Office-Add-in-SSO-NAA's fallback dialog);
 * - Teams: says only that sign-in worked (`authentication.notifySuccess`, never the token, as
 *   Teams' docs require); the tab reads the token from MSAL's cache on the same origin.
 */
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { app, authentication } from '@microsoft/teams-js';
import { loadDeployConfig } from './config';
import { GRAPH_DELEGATED_SCOPES } from './scopes';
import { authority, redirectUri } from './sign-in';

type Host = 'word' | 'teams';

function say(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.getElementById('root')?.replaceChildren(p);
}

async function report(
  host: Host,
  message: { status: 'success' | 'failure'; [k: string]: unknown },
) {
  if (host === 'word') {
    await Office.onReady();
    Office.context.ui.messageParent(JSON.stringify(message), {
      targetOrigin: window.location.origin,
    });
    return;
  }
  await app.initialize();
  if (message.status === 'success') authentication.notifySuccess('signed-in');
  else authentication.notifyFailure(String(message.error ?? 'sign-in failed'));
}

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const fromParams = params.get('host');
  // An MSAL popup's redirect in a plain browser: the opener reads the answer from this URL.
  if (!fromParams && window.opener && !sessionStorage.getItem('smart-plans.auth-host')) return;
  const host: Host =
    fromParams === 'word' || fromParams === 'teams'
      ? fromParams
      : ((sessionStorage.getItem('smart-plans.auth-host') as Host | null) ?? 'teams');
  sessionStorage.setItem('smart-plans.auth-host', host);
  const config = await loadDeployConfig(window.location.href);
  if (config.mode !== 'tenant') {
    say('There is nothing to sign in to: SMART Plans is running in local mode.');
    return;
  }
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: authority(config),
      redirectUri: redirectUri(config, window.location.href),
    },
    cache: { cacheLocation: 'localStorage' },
  });
  say('Signing you in to SMART Plans…');
  try {
    const result = await pca.handleRedirectPromise();
    if (!result) {
      await pca.loginRedirect({ scopes: [...GRAPH_DELEGATED_SCOPES] });
      return;
    }
    sessionStorage.removeItem('smart-plans.auth-host');
    pca.setActiveAccount(result.account);
    await report(host, host === 'word' ? { status: 'success', result } : { status: 'success' });
    say('You are signed in. You can close this window.');
  } catch (err) {
    sessionStorage.removeItem('smart-plans.auth-host');
    const code = (err as { errorCode?: string }).errorCode ?? 'sign-in failed';
    await report(host, { status: 'failure', error: code });
    say(`Sign-in did not finish (${code}). Close this window and try again.`);
  }
}

void main();
