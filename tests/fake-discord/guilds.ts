/**
 * The fake's guilds: ids, text channels, roles, and the GUILD_CREATE payload the
 * gateway sends for each after READY (only when IDENTIFY asked for the Guilds
 * intent, as Discord does). With it discord.js caches the guild, its channels
 * and roles, so interactions arrive "in a cached guild".
 */
import { PermissionsBitField, type PermissionResolvable } from 'discord.js';
import { snowflake } from './snowflake.js';
import type { ApiUser } from './users.js';

export interface FakeGuildSpec {
  id?: string;
  name?: string;
  /** Text channels; the first is the default channel for interactions. Default: one `#general`. */
  channels?: Array<{ id?: string; name?: string }>;
  /** Extra roles (the @everyone role, id = guild id, always exists). */
  roles?: Array<{ id?: string; name: string; permissions?: PermissionResolvable }>;
  locale?: string;
}

export interface FakeChannel {
  id: string;
  name: string;
}

export interface FakeRole {
  id: string;
  name: string;
  permissions: bigint;
}

export interface FakeGuild {
  id: string;
  name: string;
  locale: string;
  ownerId: string;
  channels: FakeChannel[];
  roles: FakeRole[];
}

/** What a regular member may do in a plain text channel. */
export const DEFAULT_MEMBER_PERMISSIONS: bigint = PermissionsBitField.resolve([
  'ViewChannel',
  'SendMessages',
  'EmbedLinks',
  'AttachFiles',
  'ReadMessageHistory',
  'AddReactions',
  'UseExternalEmojis',
  'UseApplicationCommands',
]);

/** What the bot may do where it is invoked (`app_permissions`). */
export const DEFAULT_APP_PERMISSIONS: bigint = PermissionsBitField.resolve([
  'ViewChannel',
  'SendMessages',
  'SendMessagesInThreads',
  'EmbedLinks',
  'AttachFiles',
  'ReadMessageHistory',
  'AddReactions',
  'UseExternalEmojis',
]);

export function createGuild(spec: FakeGuildSpec, ownerId: string): FakeGuild {
  const id = spec.id ?? snowflake();
  const channels = (spec.channels ?? [{ name: 'general' }]).map((channel, index) => ({
    id: channel.id ?? snowflake(),
    name: channel.name ?? `channel-${index + 1}`,
  }));
  const roles: FakeRole[] = [
    { id, name: '@everyone', permissions: DEFAULT_MEMBER_PERMISSIONS },
    ...(spec.roles ?? []).map((role) => ({
      id: role.id ?? snowflake(),
      name: role.name,
      permissions: PermissionsBitField.resolve(role.permissions ?? 0n),
    })),
  ];
  return { id, name: spec.name ?? 'Fake Guild', locale: spec.locale ?? 'en-US', ownerId, channels, roles };
}

export function channelPayload(guild: FakeGuild, channel: FakeChannel, position = 0): Record<string, unknown> {
  return {
    id: channel.id,
    type: 0,
    guild_id: guild.id,
    name: channel.name,
    position,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    rate_limit_per_user: 0,
    last_message_id: null,
    flags: 0,
  };
}

export function rolePayload(role: FakeRole, position: number): Record<string, unknown> {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: role.permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export function memberPayload(user: ApiUser, roles: string[], joinedAt: number): Record<string, unknown> {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: new Date(joinedAt).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

/** GUILD_CREATE `d` for the bot's view of the guild (bot is a member). */
export function guildCreatePayload(guild: FakeGuild, bot: ApiUser): Record<string, unknown> {
  const joinedAt = Date.now();
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.locale,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    application_id: null,
    features: [],
    max_members: 500_000,
    max_video_channel_users: 25,
    joined_at: new Date(joinedAt).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    roles: guild.roles.map((role, index) => rolePayload(role, index)),
    channels: guild.channels.map((channel, index) => channelPayload(guild, channel, index)),
    members: [memberPayload(bot, [], joinedAt)],
    threads: [],
    presences: [],
    voice_states: [],
    emojis: [],
    stickers: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    incidents_data: null,
  };
}
