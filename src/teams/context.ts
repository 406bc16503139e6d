/**
 * Where the tab runs and as whom. Inside Teams: teams-js gives the user, the theme, the frame
 * (content, side panel, meeting stage, settings) and any deep-link subPageId. Outside Teams
 * (local mode, a plain browser) `app.initialize()` may never settle, so it is raced against a
 * timeout and the tab carries on as the local user with a visible banner.
 */
import { app, authentication, nestedAppAuth } from '@microsoft/teams-js';
import type { TeamsAuthHost } from '../connect/sign-in';
import type { Person } from '../plans/model';
import { hostTheme, type HostTheme } from './theme';

export type Frame = 'content' | 'sidePanel' | 'meetingStage' | 'settings' | 'other';

export interface HostContext {
  inTeams: boolean;
  /**
   * Whom to greet: the display name Teams shows, or the local user. Never proof of identity
   * (Teams' docs): who is asking comes from src/connect (the token or Graph /me).
   */
  user: Person;
  theme: HostTheme;
  frame: Frame;
  /** Deep link target inside the app, e.g. "plan/12". */
  subPageId?: string;
  meetingId?: string;
  /** Why we are not in Teams, for the banner. */
  notInTeamsReason?: string;
}

/** The teams-js calls this module makes, so tests can stand in for the host. */
export interface TeamsHost {
  initialize(): Promise<void>;
  getContext(): Promise<app.Context>;
  registerOnThemeChangeHandler(handler: (theme: string) => void): void;
}

export const teamsHost: TeamsHost = {
  initialize: () => app.initialize(),
  getContext: () => app.getContext(),
  registerOnThemeChangeHandler: (handler) => app.registerOnThemeChangeHandler(handler),
};

function frameOf(value: string | undefined): Frame {
  return value === 'content' ||
    value === 'sidePanel' ||
    value === 'meetingStage' ||
    value === 'settings'
    ? value
    : value
      ? 'other'
      : 'content';
}

/** Resolves 'timeout' after `ms`; `cancel` stops the timer once the race is decided. */
function timeout(ms: number): { done: Promise<'timeout'>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<'timeout'>(
    (resolve) => (timer = setTimeout(() => resolve('timeout'), ms)),
  );
  return { done, cancel: () => clearTimeout(timer) };
}

export async function connectToHost(options: {
  host?: TeamsHost;
  timeoutMs?: number;
  /** Whether the page is framed at all; a top-level page cannot be inside Teams. */
  framed: boolean;
  localUser: () => Promise<Person>;
  onThemeChange?: (theme: HostTheme) => void;
}): Promise<HostContext> {
  const host = options.host ?? teamsHost;
  const local = async (reason: string): Promise<HostContext> => ({
    inTeams: false,
    user: await options.localUser(),
    theme: 'default',
    frame: 'content',
    notInTeamsReason: reason,
  });
  if (!options.framed) return local('This page is open in a browser, not in Teams.');
  try {
    const limit = timeout(options.timeoutMs ?? 3000);
    const result = await Promise.race([
      host.initialize().then(() => 'ready' as const),
      limit.done,
    ]).finally(limit.cancel);
    if (result === 'timeout')
      return local('Teams did not answer, so this page is running on its own.');
    const context = await host.getContext();
    if (options.onThemeChange) {
      const onThemeChange = options.onThemeChange;
      host.registerOnThemeChangeHandler((theme) => onThemeChange(hostTheme(theme)));
    }
    return {
      inTeams: true,
      // A name to greet only: no email from the context, so nothing can filter plans by it.
      user: { name: context.user?.displayName ?? 'You' },
      theme: hostTheme(context.app.theme),
      frame: frameOf(context.page.frameContext),
      subPageId: context.page.subPageId || undefined,
      meetingId: context.meeting?.id,
    };
  } catch {
    return local('Teams could not be reached, so this page is running on its own.');
  }
}

/** teams-js for sign-in: whether NAA is recommended here, and the sign-in window fallback. */
export const teamsAuthHost = (): TeamsAuthHost => ({
  isNAAChannelRecommended: () => nestedAppAuth.isNAAChannelRecommended(),
  authenticate: (url) => authentication.authenticate({ url, width: 600, height: 535 }),
});
