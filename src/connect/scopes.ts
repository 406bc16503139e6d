/**
 * The delegated Graph scopes the task pane and the tab ask for, in the order they ask. The Teams
 * manifest's `webApplicationInfo.nestedAppAuthInfo[].scopes` must list the same strings in the
 * same order, or Teams' prefetched token never matches the request
 * (test/teams/manifest-declarations.test.ts checks).
 *
 * `Sites.Selected`: the signed-in user's access to the one plans site, further limited to what an
 * administrator granted the app there. `User.Read`: who is signed in (Graph `/me`).
 */
export const GRAPH_DELEGATED_SCOPES: readonly string[] = ['Sites.Selected', 'User.Read'];
