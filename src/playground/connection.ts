/**
 * The playground's one connection (src/connect): local mode beside the local lists service, or
 * the tenant the deploy configuration names (the rehearsal, in a plain browser). Made once; a
 * failed attempt is forgotten so the next action tries again.
 */
import type { Connection } from '../connect/connect';
import { connectPage } from '../connect/page';

let connection: Promise<Connection> | undefined;

export function playgroundConnection(): Promise<Connection> {
  connection ??= connectPage({ host: { kind: 'browser' } }).catch((err: unknown) => {
    connection = undefined;
    throw err;
  });
  return connection;
}
