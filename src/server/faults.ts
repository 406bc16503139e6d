/**
 * The test switch: chosen requests answer with an injected status (429 with Retry-After by
 * default, or 503, 500, 400...) a given number of times. Enabled only when the server is started
 * for tests or with SMART_PLANS_TEST_HOOKS=1; in normal local mode the admin endpoint is absent.
 */
import { errorResponse } from './graph-service/errors';
import type { GraphResponseOut } from './graph-service/http';

export interface FaultRule {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** Regular expression matched against the path after /graph/v1.0/ (with the query). */
  path?: string;
  /** Substring of the JSON request body to match. */
  bodyContains?: string;
  /** 'request': a whole HTTP request; 'batch-item': one request inside a $batch; 'any' (default). */
  scope?: 'request' | 'batch-item' | 'any';
  /** Status to answer (default 429). */
  status?: number;
  /** Retry-After seconds (sent for 429 and 503 unless null). */
  retryAfter?: number | null;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  code?: string;
  message?: string;
}

interface ActiveRule extends FaultRule {
  remaining: number;
  re?: RegExp;
}

export class Faults {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    this.rules.push({
      ...rule,
      remaining: rule.times ?? 1,
      re: rule.path ? new RegExp(rule.path) : undefined,
    });
  }

  clear(): void {
    this.rules = [];
  }

  get pending(): number {
    return this.rules.reduce((n, r) => n + r.remaining, 0);
  }

  /** The injected response for this request, if a rule matches (and uses up one of its times). */
  match(
    scope: 'request' | 'batch-item',
    method: string,
    path: string,
    body: unknown,
  ): GraphResponseOut | undefined {
    for (const r of this.rules) {
      if (r.remaining <= 0) continue;
      if ((r.scope ?? 'any') !== 'any' && r.scope !== scope) continue;
      if (r.method && r.method.toUpperCase() !== method.toUpperCase()) continue;
      if (r.re && !r.re.test(path)) continue;
      if (r.bodyContains && !(body !== undefined && JSON.stringify(body).includes(r.bodyContains)))
        continue;
      r.remaining--;
      const status = r.status ?? 429;
      const headers: Record<string, string> = {};
      const retryAfter = r.retryAfter === undefined ? 1 : r.retryAfter;
      if ((status === 429 || status === 503) && retryAfter !== null)
        headers['Retry-After'] = String(retryAfter);
      const code =
        r.code ??
        (status === 429
          ? 'TooManyRequests'
          : status === 503
            ? 'serviceNotAvailable'
            : 'injectedFault');
      const message =
        r.message ??
        (status === 429
          ? 'Too many requests. The request has been throttled.'
          : status === 503
            ? 'The service is temporarily unavailable.'
            : 'Injected failure (local mode test switch).');
      return errorResponse(status, code, message, headers);
    }
    return undefined;
  }
}
