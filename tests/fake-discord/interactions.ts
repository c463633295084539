/**
 * Builders for INTERACTION_CREATE payloads exactly as the gateway delivers
 * them: slash and message commands (type 2), button clicks (type 3), modal
 * submissions (type 5), in a guild or in the bot's DMs. discord.js drops an interaction silently if e.g. `entitlements` or
 * `authorizing_integration_owners` is missing, so every builder sets the full
 * set of fields.
 */
import { PermissionsBitField, type PermissionResolvable } from 'discord.js';
import { OptionType, type CommandOptionDefinition, type RegisteredCommand } from './commands.js';
import { DEFAULT_APP_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS, channelPayload, memberPayload, type FakeChannel, type FakeGuild } from './guilds.js';
import { apiUser, type ApiUser, type UserSpec } from './users.js';

export const InteractionKind = { ApplicationCommand: 2, MessageComponent: 3, ModalSubmit: 5 } as const;
export const CommandType = { ChatInput: 1, User: 2, Message: 3 } as const;
export const ComponentKind = { ActionRow: 1, Button: 2 } as const;

/** Who invokes the interaction, and where. */
export interface Invoker {
  /** Default: the fake's default test user. */
  user?: UserSpec;
  /** Invoke in the bot's DMs instead of a guild (no guild_id / member; `user` at top level). */
  dm?: boolean;
  /** Default: the first guild. Must be one of the fake's guilds. */
  guildId?: string;
  /** Default: the guild's first channel (or the user's DM channel). */
  channelId?: string;
  /** Member role ids (declare them in the guild spec so discord.js caches them). */
  roles?: string[];
  /** The member's computed permissions in the channel. Default: a regular member's. */
  permissions?: PermissionResolvable;
  /** The bot's permissions in the channel (`app_permissions`). */
  appPermissions?: PermissionResolvable;
  /** The invoking user's client locale. Default `en-US`. */
  locale?: string;
  nick?: string | null;
}

export type Place =
  | {
      kind: 'guild';
      guild: FakeGuild;
      channel: FakeChannel;
      user: ApiUser;
      roles: string[];
      nick: string | null;
      memberPermissions: bigint;
      appPermissions: bigint;
      locale: string;
    }
  | { kind: 'dm'; channelId: string; user: ApiUser; appPermissions: bigint; locale: string };

export interface RawCommandOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  options?: RawCommandOption[];
  focused?: boolean;
}

/** A user option may be given as an id or as a user spec. */
export type OptionValue = string | number | boolean | UserSpec;
/** `{ query: 'x', limit: 3 }` (typed from the registered command if any), or raw options. */
export type CommandOptionsInput = Record<string, OptionValue> | RawCommandOption[];

export interface ResolvedData {
  users?: Record<string, ApiUser>;
  members?: Record<string, Record<string, unknown>>;
}

export interface InteractionPayload {
  id: string;
  application_id: string;
  type: number;
  token: string;
  version: 1;
  data: Record<string, unknown>;
  [key: string]: unknown;
}

export function resolvePermissions(value: PermissionResolvable | undefined, fallback: bigint): bigint {
  return value === undefined ? fallback : PermissionsBitField.resolve(value);
}

export function placeFields(place: Place): Record<string, unknown> {
  const common = {
    app_permissions: place.appPermissions.toString(),
    locale: place.locale,
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (place.kind === 'dm') {
    return {
      ...common,
      channel_id: place.channelId,
      channel: { id: place.channelId, type: 1, last_message_id: null, flags: 0, recipients: [place.user] },
      user: place.user,
      authorizing_integration_owners: { '0': '0' },
      context: 1,
    };
  }
  const permissions = place.memberPermissions.toString();
  return {
    ...common,
    guild_id: place.guild.id,
    guild: { id: place.guild.id, locale: place.guild.locale, features: [] },
    guild_locale: place.guild.locale,
    channel_id: place.channel.id,
    channel: { ...channelPayload(place.guild, place.channel), permissions },
    member: { ...memberPayload(place.user, place.roles, Date.now() - 86_400_000), nick: place.nick, permissions },
    authorizing_integration_owners: { '0': place.guild.id },
    context: 0,
  };
}

/** What every application command interaction is sent with, slash or from a message's menu. */
interface CommandSpec {
  id: string;
  token: string;
  applicationId: string;
  place: Place;
  commandId: string;
  commandName: string;
  commandGuildId?: string;
}

export interface ChatInputSpec extends CommandSpec {
  options: RawCommandOption[];
  resolved?: ResolvedData;
}

export function chatInputInteraction(spec: ChatInputSpec): InteractionPayload {
  const data: Record<string, unknown> = { id: spec.commandId, name: spec.commandName, type: 1 };
  if (spec.options.length > 0) data.options = spec.options;
  if (spec.resolved && Object.keys(spec.resolved).length > 0) data.resolved = spec.resolved;
  return applicationCommand(spec, data);
}

export interface MessageCommandSpec extends CommandSpec {
  /** The rendered message the command was run on. */
  target: Record<string, unknown>;
}

/** A command from a message's Apps menu: the target message comes whole in `resolved.messages`. */
export function messageCommandInteraction(spec: MessageCommandSpec): InteractionPayload {
  const targetId = String(spec.target.id);
  const data: Record<string, unknown> = {
    id: spec.commandId,
    name: spec.commandName,
    type: CommandType.Message,
    target_id: targetId,
    resolved: { messages: { [targetId]: spec.target } },
  };
  return applicationCommand(spec, data);
}

// The envelope every application command shares, slash or from a message's menu.
function applicationCommand(spec: CommandSpec, data: Record<string, unknown>): InteractionPayload {
  if (spec.commandGuildId) data.guild_id = spec.commandGuildId;
  return {
    id: spec.id,
    application_id: spec.applicationId,
    type: InteractionKind.ApplicationCommand,
    token: spec.token,
    version: 1,
    ...placeFields(spec.place),
    data,
  };
}

export interface ModalSubmitSpec {
  id: string;
  token: string;
  applicationId: string;
  place: Place;
  customId: string;
  components: Record<string, unknown>[];
  /** The rendered message whose button opened the modal; absent when a command opened it. */
  message?: Record<string, unknown>;
}

export function modalSubmitInteraction(spec: ModalSubmitSpec): InteractionPayload {
  return {
    id: spec.id,
    application_id: spec.applicationId,
    type: InteractionKind.ModalSubmit,
    token: spec.token,
    version: 1,
    ...placeFields(spec.place),
    ...(spec.message ? { message: spec.message } : {}),
    data: { custom_id: spec.customId, components: spec.components },
  };
}

export interface ButtonSpec {
  id: string;
  token: string;
  applicationId: string;
  place: Place;
  customId: string;
  /** The rendered message the button is on. */
  message: Record<string, unknown>;
}

export function buttonInteraction(spec: ButtonSpec): InteractionPayload {
  return {
    id: spec.id,
    application_id: spec.applicationId,
    type: InteractionKind.MessageComponent,
    token: spec.token,
    version: 1,
    ...placeFields(spec.place),
    message: spec.message,
    data: { custom_id: spec.customId, component_type: ComponentKind.Button },
  };
}

/** Custom ids of all buttons in a message's components (action rows or components v2 containers). */
export function buttonCustomIds(components: unknown, which: 'all' | 'disabled' = 'all'): string[] {
  const ids: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === ComponentKind.Button && typeof record.custom_id === 'string' && (which === 'all' || record.disabled === true)) {
      ids.push(record.custom_id);
    }
    visit(record.components);
    visit(record.accessory);
  };
  visit(components);
  return ids;
}

export interface ConvertedOptions {
  options: RawCommandOption[];
  resolved: ResolvedData;
}

/**
 * Turn `{ name: value }` into interaction options. With a registered command
 * the definition decides types and the input is checked the way Discord's
 * client would (unknown/missing-required options, choices, ranges); these are
 * test mistakes, so they throw.
 * `path` is the words after the command name: [subcommand] or [group, subcommand].
 */
export function convertOptions(
  input: CommandOptionsInput,
  command: RegisteredCommand | undefined,
  path: string[],
  place: Place,
): ConvertedOptions {
  const resolved: ResolvedData = {};
  if (Array.isArray(input)) return { options: wrapPath(input, path), resolved };

  let definitions: CommandOptionDefinition[] | undefined = command?.options ?? (command ? [] : undefined);
  const label = ['/' + (command?.name ?? '?'), ...path].join(' ');
  for (const word of path) {
    if (!definitions) break;
    const next = definitions.find(
      (definition) =>
        definition.name === word && (definition.type === OptionType.Subcommand || definition.type === OptionType.SubcommandGroup),
    );
    if (!next) throw new Error(`${label}: "${word}" is not a registered subcommand`);
    definitions = next.options ?? [];
  }
  if (definitions?.some((definition) => definition.type === OptionType.Subcommand || definition.type === OptionType.SubcommandGroup)) {
    throw new Error(`${label}: a subcommand is required (pass "name sub" as the command name)`);
  }

  const options: RawCommandOption[] = [];
  for (const [name, value] of Object.entries(input)) {
    const definition = definitions?.find((candidate) => candidate.name === name);
    if (definitions && !definition) {
      throw new Error(`${label}: no option "${name}" (registered: ${definitions.map((d) => d.name).join(', ') || 'none'})`);
    }
    const type = definition?.type ?? inferType(value);
    options.push({ name, type, value: optionValue(label, name, type, value, definition, resolved, place) });
  }
  for (const definition of definitions ?? []) {
    if (definition.required && !(definition.name in input)) throw new Error(`${label}: required option "${definition.name}" missing`);
  }
  return { options: wrapPath(options, path), resolved };
}

function wrapPath(options: RawCommandOption[], path: string[]): RawCommandOption[] {
  const [first, second] = path;
  if (first === undefined) return options;
  if (second === undefined) return [{ name: first, type: OptionType.Subcommand, options }];
  return [{ name: first, type: OptionType.SubcommandGroup, options: [{ name: second, type: OptionType.Subcommand, options }] }];
}

function inferType(value: OptionValue): number {
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  if (typeof value === 'object') return OptionType.User;
  return OptionType.String;
}

function optionValue(
  label: string,
  name: string,
  type: number,
  value: OptionValue,
  definition: CommandOptionDefinition | undefined,
  resolved: ResolvedData,
  place: Place,
): string | number | boolean {
  const fail = (why: string): never => {
    throw new Error(`${label}: option "${name}" ${why}`);
  };
  const range = (n: number, min: unknown, max: unknown, what: string): void => {
    if (typeof min === 'number' && n < min) fail(`${what} ${n} is below the minimum ${min}`);
    if (typeof max === 'number' && n > max) fail(`${what} ${n} is above the maximum ${max}`);
  };
  let result: string | number | boolean;
  switch (type) {
    case OptionType.String:
      if (typeof value !== 'string') return fail('expects a string');
      range([...value].length, definition?.min_length, definition?.max_length, 'length');
      result = value;
      break;
    case OptionType.Integer:
    case OptionType.Number:
      if (typeof value !== 'number' || (type === OptionType.Integer && !Number.isInteger(value))) {
        return fail(type === OptionType.Integer ? 'expects an integer' : 'expects a number');
      }
      range(value, definition?.min_value, definition?.max_value, 'value');
      result = value;
      break;
    case OptionType.Boolean:
      if (typeof value !== 'boolean') return fail('expects a boolean');
      result = value;
      break;
    case OptionType.User: {
      const user = typeof value === 'string' ? apiUser({ id: value }) : typeof value === 'object' ? apiUser(value) : fail('expects a user id or user spec');
      resolved.users = { ...resolved.users, [user.id]: user };
      if (place.kind === 'guild') {
        const { user: _omit, ...member } = memberPayload(user, [], Date.now() - 86_400_000);
        resolved.members = { ...resolved.members, [user.id]: { ...member, permissions: DEFAULT_MEMBER_PERMISSIONS.toString() } };
      }
      result = user.id;
      break;
    }
    default:
      if (typeof value !== 'string') return fail('expects an id string (or pass raw options)');
      result = value;
  }
  if (definition?.choices && definition.choices.length > 0 && !definition.choices.some((choice) => choice.value === result)) {
    fail(`value ${JSON.stringify(result)} is not one of the registered choices`);
  }
  return result;
}

export const DEFAULTS = { memberPermissions: DEFAULT_MEMBER_PERMISSIONS, appPermissions: DEFAULT_APP_PERMISSIONS };
