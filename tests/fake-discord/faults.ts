/**
 * REST fault injection: "the next N requests matching this route get a 429 /
 * a 5xx / are delayed". Rules are consumed in the order they were added; a
 * delay and a status rule can both apply to one request (delay first).
 * Faulted requests never reach the route handlers, so a 429'd interaction
 * callback does not count as an acknowledgement.
 */

/**
 * A route: `'/interactions/:id/:token/callback'`, `'POST /webhooks/*'`, a RegExp
 * tested against `'METHOD /path'`, or `{ method, path }`. Paths are relative to
 * `/api/v10`, with percent-decoded segments (`@original`, not `%40original`).
 * `:name` matches one segment, a trailing `*` matches the rest.
 */
export type RoutePattern = string | RegExp | { method?: string; path: string | RegExp };

export interface RateLimitOptions {
  times?: number;
  /** Seconds; sent as `Retry-After` / `X-RateLimit-Reset-After` headers and `retry_after` body. Default 0.05. */
  retryAfterSeconds?: number;
  /** Global rate limit (`X-RateLimit-Global: true`). */
  global?: boolean;
  scope?: 'user' | 'shared' | 'global';
}

export interface StatusOptions {
  times?: number;
  /** Default 500. */
  status?: number;
  body?: unknown;
}

export interface DelayOptions {
  times?: number;
  ms: number;
}

export type FaultResponse =
  | { kind: 'rate-limit'; retryAfterSeconds: number; global: boolean; scope: string }
  | { kind: 'status'; status: number; body: unknown };

interface Rule {
  matches: (method: string, path: string) => boolean;
  remaining: number;
  delayMs?: number;
  response?: FaultResponse;
  description: string;
}

export interface AppliedFaults {
  delayMs: number;
  response: FaultResponse | undefined;
}

export class FaultPlan {
  #rules: Rule[] = [];

  rateLimit(route: RoutePattern, options: RateLimitOptions = {}): void {
    this.#add(route, options.times, {
      response: {
        kind: 'rate-limit',
        retryAfterSeconds: options.retryAfterSeconds ?? 0.05,
        global: options.global ?? false,
        scope: options.scope ?? (options.global ? 'global' : 'user'),
      },
    });
  }

  serverError(route: RoutePattern, options: StatusOptions = {}): void {
    const status = options.status ?? 500;
    this.#add(route, options.times, {
      response: { kind: 'status', status, body: options.body ?? { message: `${status}: Internal Server Error`, code: 0 } },
    });
  }

  delay(route: RoutePattern, options: DelayOptions): void {
    this.#add(route, options.times, { delayMs: options.ms });
  }

  /** Consume the rules that apply to this request. */
  take(method: string, path: string): AppliedFaults {
    const delayRule = this.#rules.find((rule) => rule.delayMs !== undefined && rule.remaining > 0 && rule.matches(method, path));
    const responseRule = this.#rules.find((rule) => rule.response !== undefined && rule.remaining > 0 && rule.matches(method, path));
    for (const rule of [delayRule, responseRule]) if (rule) rule.remaining -= 1;
    this.#rules = this.#rules.filter((rule) => rule.remaining > 0);
    return { delayMs: delayRule?.delayMs ?? 0, response: responseRule?.response };
  }

  /** Descriptions of rules not yet used up. */
  get pending(): string[] {
    return this.#rules.map((rule) => `${rule.description} x${rule.remaining}`);
  }

  clear(): void {
    this.#rules = [];
  }

  #add(route: RoutePattern, times = 1, effect: Pick<Rule, 'delayMs' | 'response'>): void {
    if (!Number.isInteger(times) || times < 1) throw new Error(`times must be a positive integer, got ${times}`);
    const description = `${effect.response?.kind ?? 'delay'} ${String(typeof route === 'object' && !(route instanceof RegExp) ? `${route.method ?? '*'} ${String(route.path)}` : route)}`;
    this.#rules.push({ matches: compileRoute(route), remaining: times, description, ...effect });
  }
}

export function compileRoute(route: RoutePattern): (method: string, path: string) => boolean {
  if (route instanceof RegExp) return (method, path) => route.test(`${method} ${path}`);
  let method: string | undefined;
  let path: string | RegExp;
  if (typeof route === 'string') {
    const match = /^([A-Za-z]+)\s+(\/.*)$/.exec(route.trim());
    method = match?.[1];
    path = match?.[2] ?? route.trim();
  } else {
    method = route.method;
    path = route.path;
  }
  const wantMethod = method?.toUpperCase();
  const pathMatches = path instanceof RegExp ? (candidate: string) => path.test(candidate) : segmentMatcher(path);
  return (candidateMethod, candidatePath) =>
    (wantMethod === undefined || wantMethod === candidateMethod.toUpperCase()) && pathMatches(candidatePath);
}

function segmentMatcher(pattern: string): (path: string) => boolean {
  const want = pattern.split('/').filter(Boolean);
  return (path) => {
    const have = path.split('/').filter(Boolean);
    for (let index = 0; index < want.length; index += 1) {
      const segment = want[index];
      if (segment === '*' && index === want.length - 1) return true;
      const actual = have[index];
      if (actual === undefined) return false;
      if (segment !== undefined && !segment.startsWith(':') && segment !== actual) return false;
    }
    return have.length === want.length;
  };
}
