/**
 * A fake Discord for tests: REST + gateway on 127.0.0.1 that the real
 * discord.js client talks to.
 *
 *   const discord = await startFakeDiscord();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], ...discord.clientOptions });
 *   await client.login(discord.token);
 *   const ask = await discord.sendCommand('ask', { question: 'x' });
 *   const reply = await ask.waitForResponse();
 *   const click = await ask.clickButton('feedback:report:1');    // buttons on the reply
 *   const sent = await (await click.submitModal({ reason: ['other'] })).waitForResponse();
 *   const post = discord.postMessage({ content: 'a claim' });      // a member's message
 *   const check = await discord.sendMessageCommand('Check sources', post);
 *   ...
 *   await client.destroy(); await discord.close();
 */
import { randomBytes } from 'node:crypto';
import type { RegisteredCommand } from './commands.js';
import { FaultPlan, type DelayOptions, type RateLimitOptions, type RoutePattern, type StatusOptions } from './faults.js';
import { FakeGateway } from './gateway-server.js';
import { guildCreatePayload, type FakeGuild } from './guilds.js';
import { InteractionRecord } from './interaction-record.js';
import {
  DEFAULTS,
  buttonCustomIds,
  buttonInteraction,
  chatInputInteraction,
  CommandType,
  convertOptions,
  messageCommandInteraction,
  modalSubmitInteraction,
  resolvePermissions,
  type CommandOptionsInput,
  type Invoker,
  type Place,
} from './interactions.js';
import type { FakeMessage } from './messages.js';
import { submittedComponents, type ModalValues } from './modals.js';
import { FakeRestServer, type RecordedRequest } from './rest-server.js';
import { buildRoutes } from './routes.js';
import { snowflake } from './snowflake.js';
import { apiUser, type ApiUser, type UserSpec } from './users.js';
import type { WaitOptions } from './waiters.js';
import { FakeWorld, type WorldOptions } from './world.js';

export { CallbackType, InteractionRecord, type TimelineEntry, type ResponseKind } from './interaction-record.js';
export { ErrorCode } from './errors.js';
export { MessageFlag, type FakeMessage } from './messages.js';
export { MessageLimits } from './limits.js';
export { GatewayCloseCode, GatewayOp, type FakeGateway, type GatewayConnection, type GatewayEvent } from './gateway-server.js';
export type { FakeRestServer, RecordedRequest } from './rest-server.js';
export type { RoutePattern, RateLimitOptions, StatusOptions, DelayOptions } from './faults.js';
export type { Invoker, CommandOptionsInput, RawCommandOption, InteractionPayload } from './interactions.js';
export type { FakeGuild, FakeGuildSpec } from './guilds.js';
export type { RegisteredCommand, CommandRegistry } from './commands.js';
export type { UserSpec, ApiUser } from './users.js';
export type { WaitOptions } from './waiters.js';
export type { ModalValues } from './modals.js';

export interface FakeDiscordOptions extends Partial<WorldOptions> {
  /** HELLO heartbeat interval. Default 41250 ms (Discord's). */
  heartbeatIntervalMs?: number;
  /** Privileged intents "enabled in the portal" (bitfield). Default none: requesting one closes the gateway with 4014. */
  privilegedIntents?: number;
  /** sendCommand throws for commands the bot never registered. Default false. */
  requireRegisteredCommands?: boolean;
  /** How long sendCommand/clickButton wait for a ready gateway session. Default 5000 ms. */
  readyTimeoutMs?: number;
}

export interface ClickOptions extends Invoker {
  /**
   * The message the button is on. A stored message (e.g. `record.originalMessage`)
   * must contain a button with that custom id. Default: a fresh bot message
   * holding just that button.
   */
  message?: FakeMessage;
}

export interface MemberMessageSpec {
  /** Default: the fake's default user. */
  author?: UserSpec;
  content?: string;
  /** Files attached to the message (an image, a document). */
  attachments?: Array<{ filename: string; size?: number; contentType?: string }>;
  /** Default: the first guild's first channel. */
  guildId?: string;
  channelId?: string;
  /** Post in the author's DM channel with the bot instead. */
  dm?: boolean;
}

export class FakeDiscord {
  readonly world: FakeWorld;
  readonly rest: FakeRestServer;
  readonly gateway: FakeGateway;
  readonly faults: Faults;
  readonly #options: FakeDiscordOptions;

  constructor(world: FakeWorld, rest: FakeRestServer, gateway: FakeGateway, plan: FaultPlan, options: FakeDiscordOptions) {
    this.world = world;
    this.rest = rest;
    this.gateway = gateway;
    this.faults = new Faults(plan, gateway);
    this.#options = options;
  }

  get token(): string {
    return this.world.token;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  /** Pass as `rest.api` to discord.js. */
  get restApi(): string {
    return this.rest.apiBase;
  }

  get gatewayUrl(): string {
    return this.gateway.url;
  }

  /** Spread into `new Client({ intents, ...discord.clientOptions })`. */
  get clientOptions(): { rest: { api: string } } {
    return { rest: { api: this.restApi } };
  }

  get botUser(): ApiUser {
    return this.world.botUser;
  }

  get defaultUser(): ApiUser {
    return this.world.defaultUser;
  }

  get guilds(): FakeGuild[] {
    return this.world.guilds;
  }

  /** The first guild (where interactions happen by default). */
  get guild(): FakeGuild {
    return this.world.guild();
  }

  get interactions(): readonly InteractionRecord[] {
    return this.world.interactions;
  }

  get requests(): readonly RecordedRequest[] {
    return this.rest.requests;
  }

  /** Requests refused for content/shape (400 with 50035 Invalid Form Body or 50006 empty message). */
  get violations(): RecordedRequest[] {
    return this.rest.requests.filter((request) => {
      const code = (request.response as { code?: unknown } | undefined)?.code;
      return request.status === 400 && (code === 50035 || code === 50006);
    });
  }

  get globalCommands(): RegisteredCommand[] {
    return this.world.commands.global;
  }

  guildCommands(guildId: string = this.guild.id): RegisteredCommand[] {
    return this.world.commands.forGuild(guildId);
  }

  get messages(): FakeMessage[] {
    return this.world.messages.all;
  }

  waitForRequest(predicate: (request: RecordedRequest) => boolean, options?: WaitOptions): Promise<RecordedRequest> {
    return this.rest.waitForRequest(predicate, options);
  }

  /**
   * A user runs a slash command. `name` may include a subcommand path
   * (`'config set'`). Options are typed and checked against the registered
   * command when there is one. Resolves once INTERACTION_CREATE is on the wire.
   */
  async sendCommand(name: string, options: CommandOptionsInput = {}, invoker: Invoker = {}): Promise<InteractionRecord> {
    const [commandName, ...path] = name.trim().replace(/^\//, '').split(/\s+/);
    if (!commandName) throw new Error('sendCommand needs a command name');
    const place = this.#place(invoker);
    const guildId = place.kind === 'guild' ? place.guild.id : null;
    const command = this.world.commands.find(commandName, guildId);
    if (!command && this.#options.requireRegisteredCommands) {
      throw new Error(`/${commandName} is not registered (global: ${this.globalCommands.map((c) => c.name).join(', ') || 'none'})`);
    }
    const converted = convertOptions(options, command, path, place);
    await this.gateway.waitForReady({ timeoutMs: this.#options.readyTimeoutMs ?? 5000 });
    const createdAt = Date.now();
    const payload = chatInputInteraction({
      id: snowflake(createdAt),
      token: interactionToken(),
      applicationId: this.applicationId,
      place,
      commandId: command?.id ?? snowflake(),
      commandName,
      ...(command?.guild_id ? { commandGuildId: command.guild_id } : {}),
      options: converted.options,
      resolved: converted.resolved,
    });
    return this.#deliver(this.#record('command', payload, createdAt, invoker));
  }

  /** A user clicks a button (MESSAGE_COMPONENT, component_type 2). */
  async clickButton(customId: string, options: ClickOptions = {}): Promise<InteractionRecord> {
    const { message: given, ...invoker } = options;
    let message: FakeMessage;
    let place: Place;
    if (given) {
      if (given.deleted) throw new Error(`message ${given.id} was deleted`);
      const ids = buttonCustomIds(given.components);
      if (!ids.includes(customId)) throw new Error(`message ${given.id} has no button "${customId}" (buttons: ${ids.join(', ') || 'none'})`);
      if (buttonCustomIds(given.components, 'disabled').includes(customId)) throw new Error(`the button "${customId}" on message ${given.id} is disabled`);
      message = given;
      place = this.#place(given.guildId ? { ...invoker, dm: false, guildId: given.guildId, channelId: given.channelId } : { ...invoker, dm: true, channelId: given.channelId });
    } else {
      place = this.#place(invoker);
      message = this.world.messages.create({
        channelId: place.kind === 'guild' ? place.channel.id : place.channelId,
        guildId: place.kind === 'guild' ? place.guild.id : null,
        kind: 'component-source',
        body: { content: 'fake message with a button', components: [{ type: 1, components: [{ type: 2, style: 1, label: customId, custom_id: customId }] }] },
      });
    }
    await this.gateway.waitForReady({ timeoutMs: this.#options.readyTimeoutMs ?? 5000 });
    const createdAt = Date.now();
    const payload = buttonInteraction({
      id: snowflake(createdAt),
      token: interactionToken(),
      applicationId: this.applicationId,
      place,
      customId,
      message: this.world.render(message),
    });
    return this.#deliver(this.#record('button', payload, createdAt, invoker, message.id));
  }

  /** A member posts a message (which the bot, holding no privileged intent, never receives on the gateway). */
  postMessage(spec: MemberMessageSpec = {}): FakeMessage {
    const author = spec.author ? apiUser(spec.author) : this.world.defaultUser;
    const place = this.#place({ user: author, dm: spec.dm, guildId: spec.guildId, channelId: spec.channelId });
    return this.world.messages.create({
      channelId: place.kind === 'guild' ? place.channel.id : place.channelId,
      guildId: place.kind === 'guild' ? place.guild.id : null,
      kind: 'member',
      author,
      body: { content: spec.content ?? '' },
      files: (spec.attachments ?? []).map((file) => ({
        field: 'files[0]',
        filename: file.filename,
        size: file.size ?? 1024,
        contentType: file.contentType ?? 'application/octet-stream',
      })),
    });
  }

  /**
   * A user runs a message command (the message's Apps menu) on `message`, in that message's channel. Resolves once
   * INTERACTION_CREATE is on the wire.
   */
  async sendMessageCommand(name: string, message: FakeMessage, invoker: Invoker = {}): Promise<InteractionRecord> {
    if (message.deleted) throw new Error(`message ${message.id} was deleted`);
    const place = this.#place(message.guildId ? { ...invoker, dm: false, guildId: message.guildId, channelId: message.channelId } : { ...invoker, dm: true, channelId: message.channelId });
    const command = this.world.commands.find(name, message.guildId, CommandType.Message);
    if (!command && this.#options.requireRegisteredCommands) throw new Error(`message command "${name}" is not registered`);
    await this.gateway.waitForReady({ timeoutMs: this.#options.readyTimeoutMs ?? 5000 });
    const createdAt = Date.now();
    const payload = messageCommandInteraction({
      id: snowflake(createdAt),
      token: interactionToken(),
      applicationId: this.applicationId,
      place,
      commandId: command?.id ?? snowflake(),
      commandName: name,
      ...(command?.guild_id ? { commandGuildId: command.guild_id } : {}),
      target: this.world.render(message),
    });
    return this.#deliver(this.#record('message-command', payload, createdAt, invoker));
  }

  /** Stop both servers (terminating any client sockets). */
  async close(): Promise<void> {
    await this.gateway.close();
    await this.rest.close();
  }

  readonly #clicker = (customId: string, message: FakeMessage, invoker: Invoker): Promise<InteractionRecord> =>
    this.clickButton(customId, { ...invoker, message });

  // The same user submits the modal, where it was shown; from a button, the submission carries that message.
  readonly #submitter = async (shownBy: InteractionRecord, values: ModalValues): Promise<InteractionRecord> => {
    const modal = shownBy.modal;
    if (!modal) throw new Error(`${shownBy.describe()} was not answered with a modal`);
    if (shownBy.modalSubmitted) throw new Error(`the modal of ${shownBy.describe()} was already submitted`);
    const components = submittedComponents(modal, values);
    shownBy.modalSubmitted = true;
    const source = shownBy.sourceMessageId ? this.world.messages.get(shownBy.sourceMessageId) : undefined;
    const place = this.#place(
      shownBy.guildId ? { ...shownBy.invoker, dm: false, guildId: shownBy.guildId, channelId: shownBy.channelId } : { ...shownBy.invoker, dm: true, channelId: shownBy.channelId },
    );
    await this.gateway.waitForReady({ timeoutMs: this.#options.readyTimeoutMs ?? 5000 });
    const createdAt = Date.now();
    const payload = modalSubmitInteraction({
      id: snowflake(createdAt),
      token: interactionToken(),
      applicationId: this.applicationId,
      place,
      customId: String(modal.custom_id),
      components,
      ...(source ? { message: this.world.render(source) } : {}),
    });
    return this.#deliver(this.#record('modal-submit', payload, createdAt, shownBy.invoker, source?.id));
  };

  #record(kind: InteractionRecord['kind'], payload: InteractionRecord['payload'], createdAt: number, invoker: Invoker, sourceMessageId?: string): InteractionRecord {
    return new InteractionRecord({
      kind,
      payload,
      createdAt,
      invoker,
      messages: this.world.messages,
      ...(sourceMessageId ? { sourceMessageId } : {}),
      clickButton: this.#clicker,
      submitModal: this.#submitter,
    });
  }

  async #deliver(record: InteractionRecord): Promise<InteractionRecord> {
    this.world.addInteraction(record);
    const deliveredAt = await this.gateway.dispatch('INTERACTION_CREATE', record.payload);
    record.markDelivered(deliveredAt);
    return record;
  }

  #place(invoker: Invoker): Place {
    const user = invoker.user ? apiUser(invoker.user) : this.world.defaultUser;
    const locale = invoker.locale ?? 'en-US';
    const appPermissions = resolvePermissions(invoker.appPermissions, DEFAULTS.appPermissions);
    if (invoker.dm) {
      return { kind: 'dm', channelId: invoker.channelId ?? this.world.dmChannelFor(user), user, appPermissions, locale };
    }
    const guild = this.world.guild(invoker.guildId);
    const channel = invoker.channelId ? guild.channels.find((candidate) => candidate.id === invoker.channelId) : guild.channels[0];
    if (!channel) throw new Error(`guild ${guild.id} has no channel ${invoker.channelId ?? '(none configured)'}`);
    const roles = invoker.roles ?? [];
    const rolePermissions = guild.roles
      .filter((role) => role.id === guild.id || roles.includes(role.id))
      .reduce((sum, role) => sum | role.permissions, 0n);
    const memberPermissions = invoker.permissions === undefined ? rolePermissions : resolvePermissions(invoker.permissions, DEFAULTS.memberPermissions);
    return { kind: 'guild', guild, channel, user, roles, nick: invoker.nick ?? null, memberPermissions, appPermissions, locale };
  }
}

/** Fault injection for later tests. */
export class Faults {
  constructor(
    private readonly plan: FaultPlan,
    private readonly gateway: FakeGateway,
  ) {}

  /** Next `times` requests matching `route` get 429 with Retry-After / X-RateLimit-* headers and a `retry_after` body. */
  rateLimit(route: RoutePattern, options?: RateLimitOptions): void {
    this.plan.rateLimit(route, options);
  }

  /** Next `times` requests matching `route` get a 5xx (default 500). */
  serverError(route: RoutePattern, options?: StatusOptions): void {
    this.plan.serverError(route, options);
  }

  /** Next `times` requests matching `route` are held `ms` before being handled. */
  delay(route: RoutePattern, options: DelayOptions): void {
    this.plan.delay(route, options);
  }

  /** Unused REST fault rules. */
  get pending(): string[] {
    return this.plan.pending;
  }

  clearRest(): void {
    this.plan.clear();
  }

  /** Server closes the gateway socket with `code` (default 4000; 1006 drops TCP instead). */
  closeGateway(code?: number, reason?: string): void {
    this.gateway.closeConnection(code, reason);
  }

  /** Drop the gateway TCP connection without a close frame (client sees 1006). */
  dropGateway(): void {
    this.gateway.dropConnection();
  }

  stopHeartbeatAcks(): void {
    this.gateway.ackHeartbeats = false;
  }

  resumeHeartbeatAcks(): void {
    this.gateway.ackHeartbeats = true;
  }

  /** Op 7 RECONNECT: the client should reconnect and resume. */
  requestReconnect(): void {
    this.gateway.sendReconnect();
  }

  /** Op 9 INVALID_SESSION. */
  invalidateSession(resumable = false): void {
    this.gateway.invalidateSession(resumable);
  }

  /** Refuse the next `count` RESUME attempts (client must identify again). */
  rejectNextResumes(count = 1): void {
    this.gateway.rejectNextResumes(count);
  }
}

/**
 * Client option for tests that force a fresh IDENTIFY (rejected resume,
 * INVALID_SESSION false): discord.js otherwise waits ~5–6.5 s between
 * identifies, as Discord requires. Use as `new Client({ ..., ws: skipIdentifyThrottle })`.
 */
export const skipIdentifyThrottle = {
  buildIdentifyThrottler: () => ({ waitForIdentify: async (): Promise<void> => undefined }),
};

function interactionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const world = new FakeWorld({
    ...options,
    token: options.token ?? `${Buffer.from(options.applicationId ?? '1').toString('base64url')}.fake.${randomBytes(20).toString('base64url')}`,
    applicationId: options.applicationId ?? snowflake(),
  });
  const plan = new FaultPlan();
  const gateway = await FakeGateway.start({
    token: world.token,
    heartbeatIntervalMs: options.heartbeatIntervalMs,
    privilegedIntents: options.privilegedIntents,
    readyData: () => ({
      user: world.botUser,
      application: { id: world.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
    }),
    guildCreates: () => world.guilds.map((guild) => guildCreatePayload(guild, world.botUser)),
  });
  let rest: FakeRestServer;
  try {
    rest = await FakeRestServer.start({ token: world.token, routes: buildRoutes({ world, gatewayUrl: () => gateway.url }), faults: plan });
  } catch (error) {
    await gateway.close();
    throw error;
  }
  return new FakeDiscord(world, rest, gateway, plan, options);
}
