/**
 * The HTTP side of the fake: a node:http server on 127.0.0.1 (random port)
 * that discord.js reaches via `rest: { api: server.apiBase }`. It parses JSON
 * and multipart (payload_json + files) bodies, checks `Authorization: Bot
 * <token>` on routes that need it, applies injected faults, dispatches to the
 * route table, and records every request with the response it got.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeApiError, notFound, unauthorized, type DiscordErrorBody } from './errors.js';
import type { FaultPlan, FaultResponse } from './faults.js';
import type { UploadedFile } from './messages.js';
import { ChangeNotifier, type WaitOptions } from './waiters.js';

export const API_VERSION = 10;

export interface RecordedRequest {
  /** Position in `requests`. */
  index: number;
  at: number;
  method: string;
  /** Relative to /api/v10, segments percent-decoded: `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** The URL path as received. */
  rawPath: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body (or multipart `payload_json`); undefined when there was none. */
  body: unknown;
  files: UploadedFile[];
  /** Name of the route that handled it, e.g. `interaction-callback`. */
  route: string | undefined;
  status: number;
  response: unknown;
  /** Set when an injected fault answered instead of the route. */
  fault?: FaultResponse['kind'];
  delayedMs?: number;
  /** A bug in the fake itself (answered 500); should never happen. */
  internalError?: string;
}

export interface RouteRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: UploadedFile[];
  record: RecordedRequest;
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

export interface Route {
  name: string;
  method: string;
  /** `/interactions/:id/:token/callback` */
  pattern: string;
  /** Requires `Authorization: Bot <token>`. Interaction callbacks and webhook routes do not. */
  auth: boolean;
  handle(request: RouteRequest): RouteResult | Promise<RouteResult>;
}

export interface RestServerOptions {
  token: string;
  routes: Route[];
  faults: FaultPlan;
}

export class FakeRestServer {
  readonly requests: RecordedRequest[] = [];
  readonly #server: Server;
  readonly #options: RestServerOptions;
  readonly #changes = new ChangeNotifier();

  private constructor(server: Server, options: RestServerOptions) {
    this.#server = server;
    this.#options = options;
  }

  static async start(options: RestServerOptions): Promise<FakeRestServer> {
    const server = createServer();
    const rest = new FakeRestServer(server, options);
    server.on('request', (req, res) => void rest.#handle(req, res));
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return rest;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** Pass as `rest.api` in the discord.js client options. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** First recorded request (past or future) matching the predicate, once it has been answered. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, options?: WaitOptions): Promise<RecordedRequest> {
    return this.#changes.waitFor(
      () => this.requests.find((request) => request.status !== 0 && predicate(request)),
      () => `a matching REST request; seen: ${this.requests.map((r) => `${r.method} ${r.path} -> ${r.status}`).join(', ') || 'none'}`,
      options,
    );
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const prefix = `/api/v${API_VERSION}`;
    const versioned = url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
    const segments = (versioned ? url.pathname.slice(prefix.length) : url.pathname).split('/').filter(Boolean).map(safeDecode);
    const record: RecordedRequest = {
      index: this.requests.length,
      at: Date.now(),
      method,
      path: `/${segments.join('/')}`,
      rawPath: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(Object.entries(req.headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : (value ?? '')])),
      body: undefined,
      files: [],
      route: undefined,
      status: 0,
      response: undefined,
    };
    this.requests.push(record);

    let result: RouteResult & { headers?: Record<string, string> };
    try {
      const parsed = await parseBody(req);
      record.body = parsed.body;
      record.files = parsed.files;

      const applied = this.#options.faults.take(method, record.path);
      if (applied.delayMs > 0) {
        record.delayedMs = applied.delayMs;
        await new Promise((resolve) => setTimeout(resolve, applied.delayMs));
      }
      if (applied.response) {
        record.fault = applied.response.kind;
        result = faultResult(applied.response);
      } else {
        result = await this.#route(method, segments, versioned, req, record);
      }
    } catch (error) {
      if (!(error instanceof FakeApiError)) record.internalError = error instanceof Error ? (error.stack ?? error.message) : String(error);
      result = errorResult(error);
    }
    record.status = result.status;
    record.response = result.body;
    send(res, result);
    this.#changes.notify();
  }

  async #route(
    method: string,
    segments: string[],
    versioned: boolean,
    req: IncomingMessage,
    record: RecordedRequest,
  ): Promise<RouteResult> {
    if (!versioned) throw notFound();
    let methodMismatch = false;
    for (const route of this.#options.routes) {
      const params = matchPattern(route.pattern, segments);
      if (!params) continue;
      if (route.method !== method) {
        methodMismatch = true;
        continue;
      }
      record.route = route.name;
      if (route.auth && req.headers.authorization !== `Bot ${this.#options.token}`) throw unauthorized();
      return route.handle({ method, path: record.path, params, query: record.query, body: record.body, files: record.files, record });
    }
    if (methodMismatch) return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } satisfies DiscordErrorBody };
    throw notFound();
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  if (want.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const actual = segments[index] as string;
    if (segment.startsWith(':')) params[segment.slice(1)] = actual;
    else if (segment !== actual) return undefined;
  }
  return params;
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(req: IncomingMessage): Promise<{ body: unknown; files: UploadedFile[] }> {
  const raw = await readAll(req);
  if (raw.length === 0) return { body: undefined, files: [] };
  const contentType = req.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Request('http://fake.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
    const files: UploadedFile[] = [];
    const fields: Record<string, unknown> = {};
    let body: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = parseJson(value);
        else fields[field] = value;
      } else {
        files.push({ field, filename: value.name, size: value.size, contentType: value.type || 'application/octet-stream' });
      }
    }
    return { body: body ?? (Object.keys(fields).length > 0 ? fields : undefined), files };
  }
  if (contentType.startsWith('application/json')) return { body: parseJson(raw.toString('utf8')), files: [] };
  return { body: raw.toString('utf8'), files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FakeApiError(400, 50109, 'The request body contains invalid JSON.');
  }
}

function faultResult(fault: FaultResponse): RouteResult & { headers: Record<string, string> } {
  if (fault.kind === 'status') return { status: fault.status, body: fault.body, headers: {} };
  const seconds = fault.retryAfterSeconds;
  const headers: Record<string, string> = {
    'retry-after': String(seconds),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String((Date.now() / 1000 + seconds).toFixed(3)),
    'x-ratelimit-reset-after': String(seconds),
    'x-ratelimit-scope': fault.scope,
  };
  if (fault.global) headers['x-ratelimit-global'] = 'true';
  return {
    status: 429,
    headers,
    body: { message: 'You are being rate limited.', retry_after: seconds, global: fault.global, ...(fault.global ? { code: 0 } : {}) },
  };
}

function errorResult(error: unknown): RouteResult {
  if (error instanceof FakeApiError) return { status: error.status, body: error.toBody() };
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: { message: `500: fake-discord internal error: ${message}`, code: 0 } };
}

function send(res: ServerResponse, result: RouteResult & { headers?: Record<string, string> }): void {
  const headers: Record<string, string> = { ...result.headers };
  if (result.status === 204 || result.body === undefined) {
    res.writeHead(result.status, headers).end();
    return;
  }
  const text = JSON.stringify(result.body);
  headers['content-type'] = 'application/json';
  headers['content-length'] = String(Buffer.byteLength(text));
  res.writeHead(result.status, headers).end(text);
}
