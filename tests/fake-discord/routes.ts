/**
 * What each REST endpoint does, with Discord's rules enforced:
 * - one callback per interaction (else 400 / 40060), within the deadline of
 *   its creation (else 404 / 10062), of a type valid for the interaction;
 * - webhook edits / follow-ups / fetches only after a callback (else 404 / 10015)
 *   and while the token is valid;
 * - message size limits (400 / 50035) and no empty messages (400 / 50006);
 * - bot-auth routes need `Authorization: Bot <token>` (checked in rest-server).
 */
import { CallbackType, type InteractionRecord, type ResponseKind, type TimelineEntry } from './interaction-record.js';
import {
  FakeApiError,
  alreadyAcknowledged,
  emptyMessage,
  fieldError,
  invalidFormBody,
  missingAccess,
  unknownInteraction,
  unknownMessage,
  unknownWebhook,
} from './errors.js';
import { channelPayload } from './guilds.js';
import { InteractionKind } from './interactions.js';
import { checkMessagePayload } from './limits.js';
import { checkModal } from './modals.js';
import { MessageFlag, type FakeMessage } from './messages.js';
import type { Route, RouteRequest, RouteResult } from './rest-server.js';
import { apiUser } from './users.js';
import type { FakeWorld } from './world.js';

export interface RouteEnvironment {
  world: FakeWorld;
  /** The gateway URL handed out by GET /gateway/bot. */
  gatewayUrl: () => string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asRecord = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

const ok = (body?: unknown): RouteResult => (body === undefined ? { status: 204 } : { status: 200, body });

export function buildRoutes(env: RouteEnvironment): Route[] {
  const { world } = env;

  const checkApplication = (appId: string | undefined): void => {
    if (appId !== world.applicationId) {
      throw new FakeApiError(403, 20012, 'You are not authorized to perform this action on this application');
    }
  };
  const checkGuild = (guildId: string | undefined): string => {
    if (!guildId || !world.guilds.some((guild) => guild.id === guildId)) throw missingAccess();
    return guildId;
  };
  const unknownCommand = (): FakeApiError => new FakeApiError(404, 10063, 'Unknown application command');

  const commandRoutes = (scope: 'global' | 'guild'): Route[] => {
    const base = scope === 'global' ? '/applications/:app/commands' : '/applications/:app/guilds/:guild/commands';
    const guildOf = (request: RouteRequest): string | undefined => {
      checkApplication(request.params.app);
      return scope === 'guild' ? checkGuild(request.params.guild) : undefined;
    };
    return [
      { name: `${scope}-commands-list`, method: 'GET', pattern: base, auth: true, handle: (r) => ok(world.commands.list(guildOf(r))) },
      {
        name: `${scope}-commands-overwrite`,
        method: 'PUT',
        pattern: base,
        auth: true,
        handle: (r) => ok(world.commands.bulkOverwrite(r.body, guildOf(r))),
      },
      {
        name: `${scope}-command-create`,
        method: 'POST',
        pattern: base,
        auth: true,
        handle: (r) => {
          const { command, created } = world.commands.upsert(r.body, guildOf(r));
          return { status: created ? 201 : 200, body: command };
        },
      },
      {
        name: `${scope}-command-get`,
        method: 'GET',
        pattern: `${base}/:command`,
        auth: true,
        handle: (r) => ok(world.commands.get(r.params.command ?? '', guildOf(r)) ?? throwError(unknownCommand())),
      },
      {
        name: `${scope}-command-edit`,
        method: 'PATCH',
        pattern: `${base}/:command`,
        auth: true,
        handle: (r) => ok(world.commands.edit(r.params.command ?? '', r.body, guildOf(r)) ?? throwError(unknownCommand())),
      },
      {
        name: `${scope}-command-delete`,
        method: 'DELETE',
        pattern: `${base}/:command`,
        auth: true,
        handle: (r) => (world.commands.delete(r.params.command ?? '', guildOf(r)) ? ok() : throwError(unknownCommand())),
      },
    ];
  };

  return [
    {
      name: 'gateway-bot',
      method: 'GET',
      pattern: '/gateway/bot',
      auth: true,
      handle: () =>
        ok({
          url: env.gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        }),
    },
    { name: 'gateway', method: 'GET', pattern: '/gateway', auth: false, handle: () => ok({ url: env.gatewayUrl() }) },
    { name: 'current-user', method: 'GET', pattern: '/users/@me', auth: true, handle: () => ok(world.botUser) },
    {
      name: 'current-application',
      method: 'GET',
      pattern: '/applications/@me',
      auth: true,
      handle: () =>
        ok({
          id: world.applicationId,
          name: world.botUser.username,
          icon: null,
          description: '',
          bot_public: false,
          bot_require_code_grant: false,
          verify_key: '0'.repeat(64),
          flags: 0,
          team: null,
          owner: apiUser({ id: world.defaultUser.id, username: world.defaultUser.username }),
          bot: world.botUser,
          approximate_guild_count: world.guilds.length,
          integration_types_config: { '0': {} },
        }),
    },
    ...commandRoutes('global'),
    ...commandRoutes('guild'),
    {
      name: 'interaction-callback',
      method: 'POST',
      pattern: '/interactions/:id/:token/callback',
      auth: false,
      handle: (r) => interactionCallback(world, r),
    },
    {
      name: 'webhook-message-get',
      method: 'GET',
      pattern: '/webhooks/:app/:token/messages/:message',
      auth: false,
      handle: (r) => webhookMessage(world, r, 'fetch'),
    },
    {
      name: 'webhook-message-edit',
      method: 'PATCH',
      pattern: '/webhooks/:app/:token/messages/:message',
      auth: false,
      handle: (r) => webhookMessage(world, r, 'edit'),
    },
    {
      name: 'webhook-message-delete',
      method: 'DELETE',
      pattern: '/webhooks/:app/:token/messages/:message',
      auth: false,
      handle: (r) => webhookMessage(world, r, 'delete'),
    },
    { name: 'webhook-execute', method: 'POST', pattern: '/webhooks/:app/:token', auth: false, handle: (r) => followUp(world, r) },
    {
      name: 'channel-get',
      method: 'GET',
      pattern: '/channels/:channel',
      auth: true,
      handle: (r) => {
        const found = world.findGuildChannel(r.params.channel ?? '');
        if (!found) throw new FakeApiError(404, 10003, 'Unknown Channel');
        return ok(channelPayload(found.guild, found.channel, found.guild.channels.indexOf(found.channel)));
      },
    },
    {
      name: 'channel-message-create',
      method: 'POST',
      pattern: '/channels/:channel/messages',
      auth: true,
      handle: (r) => {
        const channelId = r.params.channel ?? '';
        const found = world.findGuildChannel(channelId);
        if (!found && !world.dmRecipient(channelId)) throw new FakeApiError(404, 10003, 'Unknown Channel');
        const body = asRecord(r.body);
        const problem = checkMessagePayload(body, { mustNotBeEmpty: true, fileCount: r.files.length });
        if (problem) throw problem;
        const message = world.messages.create({
          channelId,
          guildId: found?.guild.id ?? null,
          kind: 'channel',
          body: { ...body, flags: asNumber(body.flags) & ~MessageFlag.Ephemeral },
          files: r.files,
        });
        return ok(world.render(message));
      },
    },
    {
      name: 'dm-channel-create',
      method: 'POST',
      pattern: '/users/@me/channels',
      auth: true,
      handle: (r) => {
        const recipientId = asRecord(r.body).recipient_id;
        if (typeof recipientId !== 'string') throw invalidFormBody(fieldError(['recipient_id'], 'BASE_TYPE_REQUIRED', 'This field is required'));
        const recipient = recipientId === world.defaultUser.id ? world.defaultUser : apiUser({ id: recipientId });
        return ok({ id: world.dmChannelFor(recipient), type: 1, last_message_id: null, flags: 0, recipients: [recipient] });
      },
    },
  ];
}

function throwError(error: FakeApiError): never {
  throw error;
}

function asNumber(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

/** Append a timeline entry for this request, then rethrow / return. */
function recordOn(
  interaction: InteractionRecord,
  request: RouteRequest,
  kind: ResponseKind,
  extra: Partial<TimelineEntry>,
  status: number,
  error?: FakeApiError,
): void {
  const at = Date.now();
  interaction.addEntry({
    kind,
    at,
    elapsedMs: at - interaction.createdAt,
    status,
    ok: status < 400,
    ...(error ? { errorCode: error.code, errorMessage: error.message } : {}),
    message: {},
    files: request.files,
    requestIndex: request.record.index,
    ...extra,
  });
}

/** Run a handler and record the outcome (success or Discord error) on the interaction's timeline. */
function tracked(
  interaction: InteractionRecord,
  request: RouteRequest,
  kind: ResponseKind,
  base: Partial<TimelineEntry>,
  run: () => { result: RouteResult; extra?: Partial<TimelineEntry> },
): RouteResult {
  try {
    const { result, extra } = run();
    recordOn(interaction, request, kind, { ...base, ...extra }, result.status);
    return result;
  } catch (error) {
    if (error instanceof FakeApiError) recordOn(interaction, request, kind, base, error.status, error);
    throw error;
  }
}

const ALLOWED_CALLBACKS: Record<number, number[]> = {
  [InteractionKind.ApplicationCommand]: [
    CallbackType.ChannelMessageWithSource,
    CallbackType.DeferredChannelMessageWithSource,
    CallbackType.Modal,
  ],
  [InteractionKind.MessageComponent]: [
    CallbackType.ChannelMessageWithSource,
    CallbackType.DeferredChannelMessageWithSource,
    CallbackType.DeferredMessageUpdate,
    CallbackType.UpdateMessage,
    CallbackType.Modal,
  ],
  // A modal cannot answer a modal; updating a message needs the one whose button opened the modal.
  [InteractionKind.ModalSubmit]: [
    CallbackType.ChannelMessageWithSource,
    CallbackType.DeferredChannelMessageWithSource,
    CallbackType.DeferredMessageUpdate,
    CallbackType.UpdateMessage,
  ],
};
const UPDATES = new Set<number>([CallbackType.DeferredMessageUpdate, CallbackType.UpdateMessage]);

function interactionCallback(world: FakeWorld, request: RouteRequest): RouteResult {
  const interaction = world.interactionById(request.params.id ?? '');
  if (!interaction) throw unknownInteraction();
  const body = asRecord(request.body);
  const type = typeof body.type === 'number' ? body.type : undefined;
  const data = asRecord(body.data);
  const base: Partial<TimelineEntry> = { message: data, ...(type !== undefined ? { callbackType: type } : {}) };

  return tracked(interaction, request, 'callback', base, () => {
    if (interaction.token !== request.params.token) throw unknownInteraction();
    if (Date.now() - interaction.createdAt > world.interactionDeadlineMs) throw unknownInteraction();
    if (interaction.acknowledged) throw alreadyAcknowledged();
    const fromMessage = interaction.payload.type !== InteractionKind.ModalSubmit || 'message' in interaction.payload;
    const allowed = (ALLOWED_CALLBACKS[interaction.payload.type] ?? []).filter((candidate) => fromMessage || !UPDATES.has(candidate));
    if (type === undefined || !allowed.includes(type)) {
      throw invalidFormBody(fieldError(['type'], 'BASE_TYPE_CHOICES', `Value must be one of (${allowed.join(', ')}).`));
    }

    let message: FakeMessage | undefined;
    const source = interaction.sourceMessageId ? world.messages.get(interaction.sourceMessageId) : undefined;
    const place = { channelId: interaction.channelId, guildId: interaction.guildId, interactionId: interaction.id };
    switch (type) {
      case CallbackType.ChannelMessageWithSource: {
        const problem = checkMessagePayload(data, { path: ['data'], mustNotBeEmpty: true, fileCount: request.files.length });
        if (problem) throw problem;
        message = world.messages.create({ ...place, kind: 'interaction-original', body: data, files: request.files });
        break;
      }
      case CallbackType.DeferredChannelMessageWithSource:
        message = world.messages.create({
          ...place,
          kind: 'interaction-original',
          body: { flags: asNumber(data.flags) & MessageFlag.Ephemeral },
          extraFlags: MessageFlag.Loading,
        });
        break;
      case CallbackType.DeferredMessageUpdate:
        message = source;
        break;
      case CallbackType.UpdateMessage: {
        const problem = checkMessagePayload(data, { path: ['data'], fileCount: request.files.length });
        if (problem) throw problem;
        if (source) message = world.messages.edit(source, data, request.files);
        break;
      }
      case CallbackType.Modal: {
        const problem = checkModal(data);
        if (problem) throw problem;
        interaction.modal = data;
        break;
      }
      default:
        break;
    }
    if (message) interaction.originalMessageId = message.id;

    if (request.query.with_response !== 'true') return { result: ok(), extra: { messageId: message?.id } };
    const rendered = message ? world.render(message) : undefined;
    const response = {
      interaction: {
        id: interaction.id,
        type: interaction.payload.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: (message.flags & MessageFlag.Loading) !== 0,
              response_message_ephemeral: (message.flags & MessageFlag.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: {
        type,
        ...(rendered && (type === CallbackType.ChannelMessageWithSource || type === CallbackType.UpdateMessage) ? { message: rendered } : {}),
      },
    };
    return { result: ok(response), extra: { messageId: message?.id } };
  });
}

/** The interaction behind /webhooks/{app}/{token}, if that webhook may be used now. */
function webhookInteraction(world: FakeWorld, request: RouteRequest): InteractionRecord {
  if (request.params.app !== world.applicationId) throw unknownWebhook();
  const interaction = world.interactionByToken(request.params.token ?? '');
  if (!interaction) throw unknownWebhook();
  return interaction;
}

function checkWebhookUsable(world: FakeWorld, interaction: InteractionRecord): void {
  if (Date.now() - interaction.createdAt > world.interactionTokenLifetimeMs) {
    throw new FakeApiError(401, 50027, 'Invalid Webhook Token');
  }
  if (!interaction.acknowledged) throw unknownWebhook();
}

function wouldBeEmpty(message: FakeMessage, edit: Record<string, unknown>, fileCount: number): boolean {
  const content = 'content' in edit ? edit.content : message.content;
  const embeds = 'embeds' in edit ? edit.embeds : message.embeds;
  const components = 'components' in edit ? edit.components : message.components;
  const attachments = 'attachments' in edit ? edit.attachments : message.attachments;
  const nonEmpty = (value: unknown): boolean => Array.isArray(value) && value.length > 0;
  return !(
    (typeof content === 'string' && content.trim().length > 0) ||
    nonEmpty(embeds) ||
    nonEmpty(components) ||
    nonEmpty(attachments) ||
    fileCount > 0
  );
}

function webhookMessage(world: FakeWorld, request: RouteRequest, kind: 'fetch' | 'edit' | 'delete'): RouteResult {
  const interaction = webhookInteraction(world, request);
  const body = asRecord(request.body);
  const requested = request.params.message ?? '';
  const base: Partial<TimelineEntry> = { message: kind === 'edit' ? body : {} };

  return tracked(interaction, request, kind, base, () => {
    checkWebhookUsable(world, interaction);
    const messageId = requested === '@original' ? interaction.originalMessageId : requested;
    const belongs = messageId !== undefined && (messageId === interaction.originalMessageId || interaction.followUpIds.includes(messageId));
    const message = belongs ? world.messages.get(messageId) : undefined;
    if (!message || message.deleted) throw unknownMessage();

    if (kind === 'fetch') return { result: ok(world.render(message)), extra: { messageId: message.id } };
    if (kind === 'delete') {
      world.messages.delete(message);
      return { result: ok(), extra: { messageId: message.id } };
    }
    const problem = checkMessagePayload(body, { fileCount: request.files.length });
    if (problem) throw problem;
    if (wouldBeEmpty(message, body, request.files.length)) throw emptyMessage();
    world.messages.edit(message, body, request.files);
    return { result: ok(world.render(message)), extra: { messageId: message.id } };
  });
}

function followUp(world: FakeWorld, request: RouteRequest): RouteResult {
  const interaction = webhookInteraction(world, request);
  const body = asRecord(request.body);

  return tracked(interaction, request, 'followup', { message: body }, () => {
    checkWebhookUsable(world, interaction);
    const problem = checkMessagePayload(body, { mustNotBeEmpty: true, fileCount: request.files.length });
    if (problem) throw problem;

    // After a deferred reply, the first follow-up replaces the loading message (Discord behaviour).
    const original = interaction.originalMessage;
    let message: FakeMessage;
    if (
      interaction.callbackType === CallbackType.DeferredChannelMessageWithSource &&
      original &&
      !original.deleted &&
      (original.flags & MessageFlag.Loading) !== 0
    ) {
      message = world.messages.edit(original, body, request.files);
    } else {
      message = world.messages.create({
        channelId: interaction.channelId,
        guildId: interaction.guildId,
        kind: 'interaction-followup',
        interactionId: interaction.id,
        body,
        files: request.files,
      });
      interaction.followUpIds.push(message.id);
    }
    const wait = request.query.wait === 'true';
    return { result: wait ? ok(world.render(message)) : ok(), extra: { messageId: message.id } };
  });
}
