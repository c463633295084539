/**
 * The WebSocket gateway on 127.0.0.1 (random port). Speaks plain JSON text
 * frames, which @discordjs/ws accepts whatever `compress` mode it asked for.
 *
 * Protocol: HELLO on connect; IDENTIFY -> READY (+ GUILD_CREATE per guild when
 * the Guilds intent is set); RESUME -> replay of missed dispatches + RESUMED,
 * or INVALID_SESSION(false) when the session cannot be resumed; HEARTBEAT ->
 * HEARTBEAT_ACK (unless turned off). Sessions survive server-side closes and
 * dropped sockets (so the client can resume) and end when the client closes
 * with 1000/1001, as on Discord. Dispatches sent while no socket is attached are
 * kept and replayed on RESUME.
 */
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import { ChangeNotifier, type WaitOptions } from './waiters.js';
import { snowflake } from './snowflake.js';

export const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
  RequestSoundboardSounds: 31,
} as const;

export const GatewayCloseCode = {
  UnknownError: 4000,
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidSeq: 4007,
  RateLimited: 4008,
  SessionTimedOut: 4009,
  InvalidShard: 4010,
  InvalidApiVersion: 4012,
  InvalidIntents: 4013,
  DisallowedIntents: 4014,
} as const;

/** Intents that must be enabled in the developer portal. */
export const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
const GUILDS_INTENT = 1 << 0;

export interface GatewayPayload {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export type GatewayEventType =
  | 'connect'
  | 'identify'
  | 'resume'
  | 'resume-rejected'
  | 'heartbeat'
  | 'client-payload'
  | 'dispatch'
  | 'close';

export interface GatewayEvent {
  type: GatewayEventType;
  at: number;
  connectionId: number;
  /** close: the close code; dispatch: the event name; client-payload: the op. */
  detail?: string | number;
  /** close: who closed it. */
  by?: 'client' | 'server';
}

interface DispatchEntry {
  s: number;
  t: string;
  d: unknown;
  /** Pending delivery callbacks (only for dispatch() calls still waiting for a socket). */
  waiter?: { delivered: (at: number) => void; lost: (error: Error) => void };
}

export interface GatewaySession {
  id: string;
  seq: number;
  intents: number;
  /** Every dispatch of the session, for replay on RESUME. */
  log: DispatchEntry[];
  connection: GatewayConnection | undefined;
  ended: boolean;
}

export class GatewayConnection {
  readonly openedAt = Date.now();
  /** Query string the client connected with (v, encoding, compress). */
  readonly query: Record<string, string>;
  readonly received: GatewayPayload[] = [];
  readonly sent: GatewayPayload[] = [];
  state: 'hello-sent' | 'ready' | 'closed' = 'hello-sent';
  session: GatewaySession | undefined;
  closeCode: number | undefined;
  closedBy: 'client' | 'server' | undefined;
  /** How the session was (re)established on this socket. */
  establishedBy: 'identify' | 'resume' | undefined;

  constructor(
    readonly id: number,
    readonly socket: WebSocket,
    readonly path: string,
    query: URLSearchParams,
  ) {
    this.query = Object.fromEntries(query);
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }
}

export interface GatewayOptions {
  token: string;
  /** Default 41250 ms like Discord. Shorter values make zombie-connection tests fast. */
  heartbeatIntervalMs?: number;
  /** Privileged intents the "developer portal" allows (bitfield). Default none: asking for them closes with 4014. */
  privilegedIntents?: number;
  /** READY `d` minus the session fields, built per identify. */
  readyData: () => Record<string, unknown>;
  /** GUILD_CREATE payloads to send after READY when the Guilds intent is set. */
  guildCreates: () => Array<Record<string, unknown>>;
}

export class FakeGateway {
  readonly connections: GatewayConnection[] = [];
  readonly events: GatewayEvent[] = [];
  readonly sessions = new Map<string, GatewaySession>();
  /** Answer heartbeats with HEARTBEAT_ACK. Turn off to simulate a zombie connection. */
  ackHeartbeats = true;

  readonly #server: WebSocketServer;
  readonly #options: GatewayOptions;
  readonly #changes = new ChangeNotifier();
  #rejectResumes = 0;

  private constructor(server: WebSocketServer, options: GatewayOptions) {
    this.#server = server;
    this.#options = options;
    server.on('connection', (socket, request) => this.#accept(socket, request.url ?? '/'));
  }

  static async start(options: GatewayOptions): Promise<FakeGateway> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    return new FakeGateway(server, options);
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** What GET /gateway/bot returns; the client appends `?v=10&encoding=json`. */
  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** READY's `resume_gateway_url`; resumes arrive on path /resume. */
  get resumeUrl(): string {
    return `ws://127.0.0.1:${this.port}/resume`;
  }

  /** The socket the current session is attached to, if it is ready. */
  get activeConnection(): GatewayConnection | undefined {
    const connection = this.#currentSession()?.connection;
    return connection && connection.state === 'ready' && connection.open ? connection : undefined;
  }

  /** The session that dispatches go to (latest session that has not ended). */
  #currentSession(): GatewaySession | undefined {
    return [...this.sessions.values()].reverse().find((session) => !session.ended);
  }

  get currentSession(): GatewaySession | undefined {
    return this.#currentSession();
  }

  /**
   * Send a dispatch (op 0) on the current session. Resolves once it has been
   * written to a socket — immediately if one is attached, else when the client
   * resumes (or never, if the session is replaced). Throws if no session exists.
   */
  dispatch(t: string, d: unknown): Promise<number> {
    const session = this.#currentSession();
    if (!session) return Promise.reject(new Error(`cannot dispatch ${t}: no gateway session (has the client logged in?)`));
    return new Promise<number>((delivered, lost) => {
      session.seq += 1;
      const entry: DispatchEntry = { s: session.seq, t, d, waiter: { delivered, lost } };
      session.log.push(entry);
      const connection = session.connection;
      if (connection && connection.state === 'ready' && connection.open) this.#sendDispatch(connection, entry);
    });
  }

  /** Wait until a client session is ready on an open socket. */
  waitForReady(options?: WaitOptions): Promise<GatewayConnection> {
    return this.#changes.waitFor(() => this.activeConnection, () => 'a ready gateway connection', options);
  }

  /** First gateway event (past or future) matching the predicate. */
  waitForEvent(predicate: (event: GatewayEvent) => boolean, options?: WaitOptions): Promise<GatewayEvent> {
    return this.#changes.waitFor(
      () => this.events.find(predicate),
      () => `a matching gateway event; seen: ${this.events.map((e) => `${e.type}${e.detail !== undefined ? `(${e.detail})` : ''}`).join(', ')}`,
      options,
    );
  }

  /** Close the active socket from the server side with a close code (e.g. 4000). 1006 drops the TCP connection instead. */
  closeConnection(code: number = GatewayCloseCode.UnknownError, reason = 'fake-discord: closed by test'): void {
    const connection = this.activeConnection ?? this.#latestOpen();
    if (!connection) throw new Error('no open gateway connection to close');
    if (code === 1006) {
      this.dropConnection();
      return;
    }
    connection.closedBy = 'server';
    connection.socket.close(code, reason);
  }

  /** Kill the TCP connection without a close frame: the client sees 1006. */
  dropConnection(): void {
    const connection = this.activeConnection ?? this.#latestOpen();
    if (!connection) throw new Error('no open gateway connection to drop');
    connection.closedBy = 'server';
    connection.socket.terminate();
  }

  /** Ask the client to reconnect and resume (op 7). */
  sendReconnect(): void {
    const connection = this.activeConnection;
    if (!connection) throw new Error('no ready gateway connection');
    this.#send(connection, { op: GatewayOp.Reconnect, d: null });
  }

  /** Op 9. With resumable=false the session ends and the client must identify again. */
  invalidateSession(resumable = false): void {
    const connection = this.activeConnection ?? this.#latestOpen();
    if (!connection) throw new Error('no open gateway connection');
    if (!resumable && connection.session) this.#endSession(connection.session);
    this.#send(connection, { op: GatewayOp.InvalidSession, d: resumable });
  }

  /** Answer the next `count` RESUMEs with INVALID_SESSION(false), forcing a fresh IDENTIFY. */
  rejectNextResumes(count = 1): void {
    this.#rejectResumes += count;
  }

  async close(): Promise<void> {
    for (const session of this.sessions.values()) if (!session.ended) this.#endSession(session);
    for (const client of this.#server.clients) client.terminate();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #latestOpen(): GatewayConnection | undefined {
    return [...this.connections].reverse().find((connection) => connection.open);
  }

  #event(event: Omit<GatewayEvent, 'at'>): void {
    this.events.push({ at: Date.now(), ...event });
    this.#changes.notify();
  }

  #send(connection: GatewayConnection, payload: GatewayPayload, onWritten?: (error?: Error) => void): void {
    if (!connection.open) {
      onWritten?.(new Error('socket not open'));
      return;
    }
    connection.sent.push(payload);
    connection.socket.send(JSON.stringify(payload), (error) => onWritten?.(error ?? undefined));
  }

  #sendDispatch(connection: GatewayConnection, entry: DispatchEntry): void {
    const waiter = entry.waiter;
    entry.waiter = undefined;
    this.#send(connection, { op: GatewayOp.Dispatch, t: entry.t, s: entry.s, d: entry.d }, (error) => {
      if (!waiter) return;
      // Not written: keep waiting for a RESUME replay (or the session's end).
      if (!error) waiter.delivered(Date.now());
      else if (connection.session?.ended) waiter.lost(new Error(`${entry.t} (seq ${entry.s}) was never delivered: ${error.message}`));
      else entry.waiter ??= waiter;
    });
    this.#event({ type: 'dispatch', connectionId: connection.id, detail: entry.t });
  }

  /** The session can no longer be resumed: dispatches still waiting for a socket are lost. */
  #endSession(session: GatewaySession): void {
    session.ended = true;
    for (const entry of session.log) {
      entry.waiter?.lost(new Error(`${entry.t} (seq ${entry.s}) was never delivered: gateway session ${session.id} ended`));
      entry.waiter = undefined;
    }
  }

  #dispatchNow(connection: GatewayConnection, session: GatewaySession, t: string, d: unknown): void {
    session.seq += 1;
    const entry: DispatchEntry = { s: session.seq, t, d };
    session.log.push(entry);
    this.#sendDispatch(connection, entry);
  }

  #accept(socket: WebSocket, rawUrl: string): void {
    const url = new URL(rawUrl, 'ws://127.0.0.1');
    const connection = new GatewayConnection(this.connections.length + 1, socket, url.pathname, url.searchParams);
    this.connections.push(connection);
    this.#event({ type: 'connect', connectionId: connection.id, detail: rawUrl });

    socket.on('message', (data, isBinary) => this.#receive(connection, data, isBinary));
    socket.on('close', (code) => {
      connection.state = 'closed';
      connection.closeCode = code;
      connection.closedBy ??= 'client';
      const session = connection.session;
      if (session && session.connection === connection) {
        session.connection = undefined;
        // A client closing with 1000/1001 ends its session (it cannot be resumed).
        if (connection.closedBy === 'client' && (code === 1000 || code === 1001)) this.#endSession(session);
      }
      this.#event({ type: 'close', connectionId: connection.id, detail: code, by: connection.closedBy });
    });
    socket.on('error', () => undefined);

    if (connection.query.v !== undefined && connection.query.v !== '10') {
      this.#closeWith(connection, GatewayCloseCode.InvalidApiVersion, 'Invalid API version');
      return;
    }
    if (connection.query.encoding !== undefined && connection.query.encoding !== 'json') {
      this.#closeWith(connection, 1003, 'fake-discord only speaks encoding=json');
      return;
    }
    this.#send(connection, {
      op: GatewayOp.Hello,
      d: { heartbeat_interval: this.#options.heartbeatIntervalMs ?? 41_250, _trace: ['["fake-discord-gateway",{}]'] },
    });
  }

  #closeWith(connection: GatewayConnection, code: number, reason: string): void {
    connection.closedBy = 'server';
    connection.socket.close(code, reason);
  }

  #receive(connection: GatewayConnection, data: RawData, isBinary: boolean): void {
    let payload: GatewayPayload;
    try {
      if (isBinary) throw new Error('binary frame');
      const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
      payload = JSON.parse(text) as GatewayPayload;
      if (typeof payload !== 'object' || payload === null || typeof payload.op !== 'number') throw new Error('no op');
    } catch {
      this.#closeWith(connection, GatewayCloseCode.DecodeError, 'Error while decoding payload.');
      return;
    }
    connection.received.push(payload);

    switch (payload.op) {
      case GatewayOp.Heartbeat:
        this.#event({ type: 'heartbeat', connectionId: connection.id, detail: typeof payload.d === 'number' ? payload.d : 'null' });
        if (this.ackHeartbeats) this.#send(connection, { op: GatewayOp.HeartbeatAck, d: null });
        return;
      case GatewayOp.Identify:
        this.#identify(connection, payload.d);
        return;
      case GatewayOp.Resume:
        this.#resume(connection, payload.d);
        return;
      case GatewayOp.PresenceUpdate:
      case GatewayOp.VoiceStateUpdate:
      case GatewayOp.RequestGuildMembers:
      case GatewayOp.RequestSoundboardSounds:
        if (connection.state !== 'ready') {
          this.#closeWith(connection, GatewayCloseCode.NotAuthenticated, 'Not authenticated.');
          return;
        }
        this.#event({ type: 'client-payload', connectionId: connection.id, detail: payload.op });
        return;
      default:
        this.#closeWith(connection, GatewayCloseCode.UnknownOpcode, 'Unknown opcode.');
    }
  }

  // What IDENTIFY and RESUME check first: a connection authenticates once, with the bot's token. Returns the
  // payload's data, or null when the connection was closed for breaking either rule.
  #authenticate(connection: GatewayConnection, raw: unknown, type: 'identify' | 'resume'): Record<string, unknown> | null {
    const d = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    this.#event({ type, connectionId: connection.id });
    if (connection.state === 'ready') {
      this.#closeWith(connection, GatewayCloseCode.AlreadyAuthenticated, 'Already authenticated.');
      return null;
    }
    if (d.token !== this.#options.token) {
      this.#closeWith(connection, GatewayCloseCode.AuthenticationFailed, 'Authentication failed.');
      return null;
    }
    return d;
  }

  #identify(connection: GatewayConnection, raw: unknown): void {
    const d = this.#authenticate(connection, raw, 'identify');
    if (!d) return;
    const shard = d.shard;
    if (shard !== undefined && (!Array.isArray(shard) || shard[0] !== 0 || shard[1] !== 1)) {
      this.#closeWith(connection, GatewayCloseCode.InvalidShard, 'Invalid shard.');
      return;
    }
    const intents = typeof d.intents === 'number' ? d.intents : NaN;
    if (!Number.isInteger(intents) || intents < 0) {
      this.#closeWith(connection, GatewayCloseCode.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    if ((intents & PRIVILEGED_INTENTS & ~(this.#options.privilegedIntents ?? 0)) !== 0) {
      this.#closeWith(connection, GatewayCloseCode.DisallowedIntents, 'Disallowed intent(s).');
      return;
    }

    // A new session replaces any previous one.
    for (const previous of this.sessions.values()) if (!previous.ended) this.#endSession(previous);
    const session: GatewaySession = { id: snowflake().slice(-16), seq: 0, intents, log: [], connection, ended: false };
    this.sessions.set(session.id, session);
    connection.session = session;
    connection.state = 'ready';
    connection.establishedBy = 'identify';

    const guildCreates = (intents & GUILDS_INTENT) !== 0 ? this.#options.guildCreates() : [];
    this.#dispatchNow(connection, session, 'READY', {
      v: 10,
      ...this.#options.readyData(),
      guilds: guildCreates.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.resumeUrl,
      shard: [0, 1],
      _trace: ['["fake-discord-gateway",{}]'],
    });
    for (const guild of guildCreates) this.#dispatchNow(connection, session, 'GUILD_CREATE', guild);
  }

  #resume(connection: GatewayConnection, raw: unknown): void {
    const d = this.#authenticate(connection, raw, 'resume');
    if (!d) return;
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    const seq = typeof d.seq === 'number' ? d.seq : -1;
    const reject = this.#rejectResumes > 0;
    if (reject) this.#rejectResumes -= 1;
    if (!session || session.ended || seq < 0 || seq > session.seq || reject) {
      if (session && reject) this.#endSession(session);
      this.#event({ type: 'resume-rejected', connectionId: connection.id });
      this.#send(connection, { op: GatewayOp.InvalidSession, d: false });
      return;
    }
    const previous = session.connection;
    if (previous && previous !== connection && previous.open) {
      previous.closedBy = 'server';
      previous.socket.close(GatewayCloseCode.UnknownError, 'Session resumed elsewhere');
    }
    session.connection = connection;
    connection.session = session;
    connection.state = 'ready';
    connection.establishedBy = 'resume';
    for (const entry of session.log) if (entry.s > seq) this.#sendDispatch(connection, entry);
    this.#dispatchNow(connection, session, 'RESUMED', { _trace: ['["fake-discord-gateway",{}]'] });
  }
}
