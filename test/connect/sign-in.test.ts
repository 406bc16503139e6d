/**
 * Sign-in without a host: which MSAL client each host gets (nested where Word meets NestedAppAuth
 * 1.1 or Teams recommends NAA, else the documented fallback), silent first and interactive only
 * when MSAL says so, and the deploy configuration's checks. MSAL itself is stood in for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface FakePca {
  calls: string[];
  acquireTokenPopup(): Promise<unknown>;
}
interface FakeState {
  created: { kind: 'nested' | 'standard' }[];
  last?: FakePca;
}

jest.mock('@azure/msal-browser', () => {
  class InteractionRequiredAuthError extends Error {}
  const state: FakeState = { created: [] };
  function fakePca() {
    const account = {
      username: 'priya.shah@example.org',
      name: 'Priya Shah',
      idTokenClaims: { preferred_username: 'priya.shah@example.org', name: 'Priya Shah' },
    };
    let signedIn = false;
    const calls: string[] = [];
    return {
      calls,
      getActiveAccount: () => (signedIn ? account : null),
      getAllAccounts: () => (signedIn ? [account] : []),
      setActiveAccount: () => undefined,
      async acquireTokenSilent(req: { forceRefresh?: boolean }) {
        calls.push(req.forceRefresh ? 'silent-refresh' : 'silent');
        if (!signedIn) throw new InteractionRequiredAuthError('login required');
        return { accessToken: 'token-silent', account };
      },
      async acquireTokenPopup() {
        calls.push('popup');
        signedIn = true;
        return { accessToken: 'token-popup', account };
      },
    };
  }
  return {
    __state: state,
    InteractionRequiredAuthError,
    createNestablePublicClientApplication: async () => {
      state.created.push({ kind: 'nested' });
      return (state.last = fakePca());
    },
    createStandardPublicClientApplication: async () => {
      state.created.push({ kind: 'standard' });
      return (state.last = fakePca());
    },
  };
});

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the mock's own state
const fake = (require('@azure/msal-browser') as { __state: FakeState }).__state;
const created = fake.created;

import { parseDeployConfig, type TenantConfig } from '../../src/connect/config';
import { createTeamsSignIn, createWordSignIn, dialogResult } from '../../src/connect/sign-in';

const CONFIG = parseDeployConfig({
  mode: 'tenant',
  clientId: '66666666-7777-4888-9999-000000000000',
  tenantId: '11111111-2222-4333-8444-555555555555',
  siteUrl: 'https://contoso.sharepoint.com/sites/plans',
}) as TenantConfig;
const PAGE = 'https://plans.example.org/taskpane.html';

beforeEach(() => (created.length = 0));

describe('sign-in', () => {
  it('Word with NestedAppAuth 1.1: the nestable client, silent first, interactive on InteractionRequired', async () => {
    const asked: string[] = [];
    const signIn = await createWordSignIn(
      CONFIG,
      {
        isSetSupported: (name, version) => {
          asked.push(`${name} ${version}`);
          return true;
        },
        displayDialog: async () => {
          throw new Error('no dialog expected');
        },
      },
      PAGE,
    );
    expect(asked).toEqual(['NestedAppAuth 1.1']);
    expect(signIn.mode).toBe('nested');
    expect(created).toEqual([{ kind: 'nested' }]);
    expect(await signIn.getToken()).toBe('token-popup');
    expect(await signIn.getToken()).toBe('token-silent');
    expect(await signIn.getToken({ forceRefresh: true })).toBe('token-silent');
    expect(fake.last!.calls).toEqual(['silent', 'popup', 'silent', 'silent-refresh']);
    expect(signIn.account()).toEqual({ name: 'Priya Shah', email: 'priya.shah@example.org' });
  });

  it('Word without NestedAppAuth 1.1: the Office dialog fallback opens auth.html', async () => {
    const opened: string[] = [];
    const signIn = await createWordSignIn(
      CONFIG,
      {
        isSetSupported: () => false,
        displayDialog: async (url) => {
          opened.push(url);
          return JSON.stringify({
            status: 'success',
            result: { accessToken: 'from-dialog', account: { username: 'a@example.org' } },
          });
        },
      },
      PAGE,
    );
    expect(signIn.mode).toBe('office-dialog');
    expect(created).toEqual([{ kind: 'standard' }]);
    expect(await signIn.getToken()).toBe('from-dialog');
    expect(opened).toEqual(['https://plans.example.org/auth.html?host=word']);
  });

  it('Teams: NAA where recommended, else authentication.authenticate then the shared cache', async () => {
    const nested = await createTeamsSignIn(
      CONFIG,
      { isNAAChannelRecommended: () => true, authenticate: async () => 'unused' },
      PAGE,
    );
    expect(nested.mode).toBe('nested');
    const windows: string[] = [];
    const fallback = await createTeamsSignIn(
      CONFIG,
      {
        isNAAChannelRecommended: () => false,
        authenticate: async (url) => {
          windows.push(url);
          // The window signed in: the shared cache now has the account.
          await fake.last!.acquireTokenPopup();
          return 'signed-in';
        },
      },
      PAGE,
    );
    expect(fallback.mode).toBe('teams-window');
    expect(await fallback.getToken()).toBe('token-silent');
    expect(windows).toEqual(['https://plans.example.org/auth.html?host=teams']);
  });

  it('a failed sign-in is a 401 with words to act on', async () => {
    const signIn = await createWordSignIn(
      CONFIG,
      {
        isSetSupported: () => false,
        displayDialog: async () => JSON.stringify({ status: 'failure', error: 'user_cancelled' }),
      },
      PAGE,
    );
    await expect(signIn.getToken()).rejects.toMatchObject({
      status: 401,
      message: expect.stringMatching(/not signed in.*Sign in again/),
    });
    expect(() => dialogResult('not json')).toThrow();
  });
});

describe('deploy configuration', () => {
  it('names each bad field', () => {
    expect(() =>
      parseDeployConfig({ mode: 'tenant', clientId: 'x', tenantId: 'y', siteUrl: 'http://a' }),
    ).toThrow(/clientId: must be a GUID.*tenantId.*siteUrl: must use https/);
    expect(CONFIG.graphBaseUrl).toBe('https://graph.microsoft.com/v1.0');
    expect(parseDeployConfig({ mode: 'local' })).toEqual({ mode: 'local' });
  });

  it('refuses a rehearsal token endpoint that is not on this computer', () => {
    expect(() =>
      parseDeployConfig({
        ...CONFIG,
        rehearsal: { tokenUrl: 'https://tokens.example.org/token' },
      }),
    ).toThrow(/rehearsal.tokenUrl/);
  });
});

describe('the built pages', () => {
  const web = resolve(__dirname, '../../dist/web');
  const scripts = readdirSync(web).filter((f) => f.endsWith('.js'));
  const text = (f: string) => readFileSync(join(web, f), 'utf8');

  it('the task pane and the tab load a sign-in with nested app authentication', () => {
    const signInChunks = scripts.filter(
      (f) => text(f).includes('NestedAppAuth') && text(f).includes('brk-multihub') === false,
    );
    expect(signInChunks.length).toBeGreaterThan(0);
    // MSAL's nested app auth bridge is in the same lazily loaded chunk.
    expect(
      signInChunks.some((f) => /nestedAppAuthBridge|NestedAppAuthController/.test(text(f))),
    ).toBe(true);
    for (const page of ['taskpane', 'tab']) {
      const entry = scripts.find((f) => f.startsWith(`${page}.`))!;
      expect(entry).toBeDefined();
      // The entry imports the sign-in chunk by its id (webpack's lazy import).
      const ids = signInChunks.map((f) => f.split('.')[0]);
      expect(
        ids.some(
          (id) =>
            text(entry).includes(`${id}:`) ||
            text(entry).includes(`"${id}"`) ||
            text(entry).includes(`(${id})`),
        ),
      ).toBe(true);
    }
  });
});
