/**
 * The fake's state that REST routes and the gateway share: identity (token,
 * application, bot user), guilds and DM channels, registered commands,
 * messages, and the interactions sent so far.
 */
import { CommandRegistry } from './commands.js';
import { createGuild, type FakeChannel, type FakeGuild, type FakeGuildSpec } from './guilds.js';
import type { InteractionRecord } from './interaction-record.js';
import { MessageStore, renderMessage, type FakeMessage } from './messages.js';
import { snowflake } from './snowflake.js';
import { apiUser, type ApiUser, type UserSpec } from './users.js';

export interface WorldOptions {
  token: string;
  applicationId: string;
  botUser?: UserSpec;
  /** Default: one guild with one `#general` channel. Pass `[]` for none. */
  guilds?: FakeGuildSpec[];
  /** The user who invokes interactions unless a test says otherwise. */
  defaultUser?: UserSpec;
  /** Interaction callbacks must arrive within this many ms of creation. Default 3000 (Discord's rule). */
  interactionDeadlineMs?: number;
  /** Interaction tokens (edits, follow-ups) stay valid this long. Default 15 minutes. */
  interactionTokenLifetimeMs?: number;
}

export class FakeWorld {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: ApiUser;
  readonly defaultUser: ApiUser;
  readonly guilds: FakeGuild[];
  readonly commands: CommandRegistry;
  readonly messages = new MessageStore();
  readonly interactions: InteractionRecord[] = [];
  readonly interactionDeadlineMs: number;
  readonly interactionTokenLifetimeMs: number;
  readonly #dmChannels = new Map<string, string>();
  readonly #dmRecipients = new Map<string, ApiUser>();
  readonly #interactionsById = new Map<string, InteractionRecord>();
  readonly #interactionsByToken = new Map<string, InteractionRecord>();

  constructor(options: WorldOptions) {
    this.token = options.token;
    this.applicationId = options.applicationId;
    this.botUser = apiUser({ username: 'conflict-desk', ...options.botUser, id: options.botUser?.id ?? options.applicationId, bot: true });
    this.defaultUser = apiUser({ username: 'tester', ...options.defaultUser });
    this.guilds = (options.guilds ?? [{ name: 'Fake Guild' }]).map((spec) => createGuild(spec, this.defaultUser.id));
    this.commands = new CommandRegistry(this.applicationId);
    this.interactionDeadlineMs = options.interactionDeadlineMs ?? 3000;
    this.interactionTokenLifetimeMs = options.interactionTokenLifetimeMs ?? 15 * 60 * 1000;
  }

  guild(id?: string): FakeGuild {
    const guild = id === undefined ? this.guilds[0] : this.guilds.find((candidate) => candidate.id === id);
    if (!guild) throw new Error(id === undefined ? 'the fake has no guilds; pass { dm: true } or configure guilds' : `unknown guild ${id}`);
    return guild;
  }

  findGuildChannel(channelId: string): { guild: FakeGuild; channel: FakeChannel } | undefined {
    for (const guild of this.guilds) {
      const channel = guild.channels.find((candidate) => candidate.id === channelId);
      if (channel) return { guild, channel };
    }
    return undefined;
  }

  /** The bot's DM channel with this user (stable per user). */
  dmChannelFor(user: ApiUser): string {
    let channelId = this.#dmChannels.get(user.id);
    if (!channelId) {
      channelId = snowflake();
      this.#dmChannels.set(user.id, channelId);
      this.#dmRecipients.set(channelId, user);
    }
    return channelId;
  }

  dmRecipient(channelId: string): ApiUser | undefined {
    return this.#dmRecipients.get(channelId);
  }

  addInteraction(record: InteractionRecord): void {
    this.interactions.push(record);
    this.#interactionsById.set(record.id, record);
    this.#interactionsByToken.set(record.token, record);
  }

  interactionById(id: string): InteractionRecord | undefined {
    return this.#interactionsById.get(id);
  }

  interactionByToken(token: string): InteractionRecord | undefined {
    return this.#interactionsByToken.get(token);
  }

  /** Message objects as the REST API renders them (author = bot, interaction metadata when relevant). */
  render(message: FakeMessage): Record<string, unknown> {
    const interaction = message.interactionId ? this.interactionById(message.interactionId) : undefined;
    return renderMessageFor(this, message, interaction);
  }
}

function renderMessageFor(world: FakeWorld, message: FakeMessage, interaction: InteractionRecord | undefined): Record<string, unknown> {
  const invoker = interaction ? ((interaction.payload.member as { user?: ApiUser } | undefined)?.user ?? interaction.payload.user) : undefined;
  return renderMessage(message, {
    author: (message.author ?? world.botUser) as unknown as Record<string, unknown>,
    applicationId: world.applicationId,
    ...(interaction && message.kind !== 'component-source'
      ? {
          interactionMetadata: {
            id: interaction.id,
            type: interaction.payload.type,
            user: invoker,
            authorizing_integration_owners: interaction.payload.authorizing_integration_owners,
            ...(interaction.kind === 'command' ? { name: interaction.name, command_type: 1 } : {}),
          },
        }
      : {}),
  });
}
