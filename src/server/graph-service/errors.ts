/** Graph's OData error bodies, and which one each failure inside the service answers with. */
import { randomUUID } from 'node:crypto';
import { nowIso } from '../lists-db';
import { ODataError } from '../odata';
import type { GraphResponseOut } from './http';

/** An HTTP error with Graph's OData error body. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorResponse(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  clientRequestId?: string,
): GraphResponseOut {
  const requestId = randomUUID();
  return {
    status,
    headers: {
      'Content-Type': 'application/json',
      'request-id': requestId,
      'client-request-id': clientRequestId ?? requestId,
      ...headers,
    },
    body: {
      error: {
        code,
        message,
        innerError: {
          date: nowIso(),
          'request-id': requestId,
          'client-request-id': clientRequestId ?? requestId,
        },
      },
    },
  };
}

export function methodNotAllowed(): GraphHttpError {
  return new GraphHttpError(
    405,
    'Request_BadRequest',
    'Specified HTTP method is not allowed for the request target.',
  );
}

export function allow(method: string, methods: string[]): void {
  if (!methods.includes(method)) throw methodNotAllowed();
}

/** The answer to anything a handler threw. */
export function errorFor(e: unknown, clientRequestId: string | undefined): GraphResponseOut {
  if (e instanceof GraphHttpError)
    return errorResponse(e.status, e.code, e.message, e.headers, clientRequestId);
  const [status, code, message] =
    e instanceof ODataError
      ? [400, 'invalidRequest', e.message]
      : e instanceof SyntaxError
        ? [400, 'BadRequest', 'Unable to read JSON request payload.']
        : e instanceof URIError
          ? [400, 'BadRequest', 'The request URL is not valid: a %-escape is malformed.']
          : // Never the internal message: it can name SQL, files or plan data.
            [500, 'generalException', 'An unexpected error occurred.'];
  return errorResponse(status, code, message, {}, clientRequestId);
}
