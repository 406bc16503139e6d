import { GraphRequestError } from '../graph/client';

/** Sign-in could not give a token: what happened and what to do, as a 401 the faces explain. */
export function signInFailed(detail: string): GraphRequestError {
  return new GraphRequestError(
    401,
    'signInRequired',
    `You are not signed in to SMART Plans (${detail}). Sign in again, then retry.`,
  );
}
