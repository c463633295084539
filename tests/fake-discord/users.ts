/** Discord user objects for the bot and for the people who invoke it. */
import { snowflake } from './snowflake.js';

export interface UserSpec {
  id?: string;
  username?: string;
  globalName?: string | null;
  bot?: boolean;
}

export interface ApiUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
  public_flags: number;
  flags: number;
}

export function apiUser(spec: UserSpec = {}): ApiUser {
  const id = spec.id ?? snowflake();
  const username = spec.username ?? `user${id.slice(-4)}`;
  return {
    id,
    username,
    discriminator: '0',
    global_name: spec.globalName === undefined ? username : spec.globalName,
    avatar: null,
    ...(spec.bot ? { bot: true } : {}),
    public_flags: 0,
    flags: 0,
  };
}
