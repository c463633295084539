/**
 * Messages the bot created through the fake (interaction replies, follow-ups,
 * channel messages, plus the bot messages that buttons are clicked on), the
 * messages members post (to run message commands on), kept with their edit
 * history, and rendered back as Discord message objects.
 */
import { snowflake } from './snowflake.js';
import type { ApiUser } from './users.js';

export const MessageFlag = {
  SuppressEmbeds: 1 << 2,
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  SuppressNotifications: 1 << 12,
  IsComponentsV2: 1 << 15,
} as const;

export type MessageKind = 'interaction-original' | 'interaction-followup' | 'channel' | 'component-source' | 'member';

export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  content_type?: string;
}

export interface UploadedFile {
  field: string;
  filename: string;
  size: number;
  contentType: string;
}

export interface MessageRevision {
  at: number;
  body: Record<string, unknown>;
}

export interface FakeMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  kind: MessageKind;
  interactionId: string | null;
  /** Who posted it; null for the bot's own messages. */
  author: ApiUser | null;
  content: string;
  embeds: unknown[];
  components: unknown[];
  attachments: FakeAttachment[];
  flags: number;
  /** The `allowed_mentions` sent with the latest create/edit that included one. */
  allowedMentions: unknown;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
  /** Every create/edit body, in order. */
  revisions: MessageRevision[];
}

export interface NewMessage {
  channelId: string;
  guildId: string | null;
  kind: MessageKind;
  interactionId?: string | null;
  author?: ApiUser;
  body?: Record<string, unknown>;
  files?: UploadedFile[];
  extraFlags?: number;
}

const EDITABLE_FLAGS = MessageFlag.SuppressEmbeds | MessageFlag.IsComponentsV2;
const CREATE_FLAGS = EDITABLE_FLAGS | MessageFlag.Ephemeral | MessageFlag.SuppressNotifications;

export class MessageStore {
  readonly #byId = new Map<string, FakeMessage>();

  get all(): FakeMessage[] {
    return [...this.#byId.values()];
  }

  get(id: string): FakeMessage | undefined {
    return this.#byId.get(id);
  }

  create(spec: NewMessage): FakeMessage {
    const now = Date.now();
    const body = spec.body ?? {};
    const message: FakeMessage = {
      id: snowflake(now),
      channelId: spec.channelId,
      guildId: spec.guildId,
      kind: spec.kind,
      interactionId: spec.interactionId ?? null,
      author: spec.author ?? null,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: Array.isArray(body.embeds) ? body.embeds.map(normaliseEmbed) : [],
      components: Array.isArray(body.components) ? body.components : [],
      attachments: (spec.files ?? []).map(toAttachment),
      flags: ((typeof body.flags === 'number' ? body.flags : 0) & CREATE_FLAGS) | (spec.extraFlags ?? 0),
      allowedMentions: body.allowed_mentions,
      createdAt: now,
      editedAt: null,
      deleted: false,
      revisions: [{ at: now, body }],
    };
    this.#byId.set(message.id, message);
    return message;
  }

  /** Apply a PATCH-style edit: only keys present in the body change. */
  edit(message: FakeMessage, body: Record<string, unknown>, files: UploadedFile[] = []): FakeMessage {
    const now = Date.now();
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) message.embeds = Array.isArray(body.embeds) ? body.embeds.map(normaliseEmbed) : [];
    if ('components' in body) message.components = Array.isArray(body.components) ? body.components : [];
    if ('flags' in body && typeof body.flags === 'number') {
      message.flags = (message.flags & ~EDITABLE_FLAGS) | (body.flags & EDITABLE_FLAGS);
    }
    if ('allowed_mentions' in body) message.allowedMentions = body.allowed_mentions;
    if ('attachments' in body || files.length > 0) {
      const kept = Array.isArray(body.attachments)
        ? message.attachments.filter((existing) =>
            (body.attachments as unknown[]).some(
              (entry) => typeof entry === 'object' && entry !== null && (entry as { id?: unknown }).id === existing.id,
            ),
          )
        : message.attachments;
      message.attachments = [...kept, ...files.map(toAttachment)];
    }
    message.flags &= ~MessageFlag.Loading;
    message.editedAt = now;
    message.revisions.push({ at: now, body });
    return message;
  }

  delete(message: FakeMessage): void {
    message.deleted = true;
  }
}

function normaliseEmbed(embed: unknown): unknown {
  // Discord echoes embeds with `type: "rich"` filled in.
  return typeof embed === 'object' && embed !== null ? { type: 'rich', ...embed } : embed;
}

function toAttachment(file: UploadedFile): FakeAttachment {
  return { id: snowflake(), filename: file.filename, size: file.size, content_type: file.contentType };
}

export interface RenderContext {
  author: Record<string, unknown>;
  applicationId: string;
  /** Present for interaction messages. */
  interactionMetadata?: Record<string, unknown>;
}

/** The Discord message object the REST API returns for this message. */
export function renderMessage(message: FakeMessage, context: RenderContext): Record<string, unknown> {
  const fromInteraction = message.kind === 'interaction-original' || message.kind === 'interaction-followup';
  return {
    id: message.id,
    type: fromInteraction ? 20 : 0,
    channel_id: message.channelId,
    ...(message.guildId ? { guild_id: message.guildId } : {}),
    author: context.author,
    content: message.content,
    timestamp: new Date(message.createdAt).toISOString(),
    edited_timestamp: message.editedAt === null ? null : new Date(message.editedAt).toISOString(),
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: message.attachments.map((attachment) => ({
      ...attachment,
      url: `https://cdn.discordapp.com/attachments/${message.channelId}/${attachment.id}/${attachment.filename}`,
      proxy_url: `https://media.discordapp.net/attachments/${message.channelId}/${attachment.id}/${attachment.filename}`,
    })),
    embeds: message.embeds,
    components: message.components,
    pinned: false,
    flags: message.flags,
    ...(fromInteraction ? { webhook_id: context.applicationId, application_id: context.applicationId } : {}),
    ...(context.interactionMetadata ? { interaction_metadata: context.interactionMetadata } : {}),
  };
}
