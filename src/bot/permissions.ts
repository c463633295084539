import { PermissionFlagsBits } from 'discord.js';

/** Who may run a command: everyone, moderators (Manage Messages) or maintainers (Administrator). */
export type Audience = 'everyone' | 'moderators' | 'maintainers';

export interface Invoker {
  userId: string;
  /** Role ids of the member; empty in DMs. */
  roleIds: string[];
  /** The member's permissions in the channel, as Discord computed them; null in DMs. */
  permissions: bigint | null;
}

export interface Maintainers {
  userIds: string[];
  roleIds: string[];
}

export type PermissionVerdict = { allowed: true } | { allowed: false; reason: string };

/**
 * The server-side check behind every command, independent of the default_member_permissions a guild may have
 * overridden: moderators need Manage Messages, maintainers Administrator; listed maintainer users and roles pass
 * both. Restricted commands are refused in DMs, where Discord vouches for no permission.
 */
export function checkPermission(audience: Audience, invoker: Invoker, maintainers: Maintainers): PermissionVerdict {
  if (audience === 'everyone') return { allowed: true };
  if (invoker.permissions === null) {
    return { allowed: false, reason: 'This command works only inside a server, not in direct messages.' };
  }
  const listed = maintainers.userIds.includes(invoker.userId) || invoker.roleIds.some((role) => maintainers.roleIds.includes(role));
  if (listed || has(invoker.permissions, PermissionFlagsBits.Administrator)) return { allowed: true };
  if (audience === 'moderators' && has(invoker.permissions, PermissionFlagsBits.ManageMessages)) return { allowed: true };
  return {
    allowed: false,
    reason:
      audience === 'moderators'
        ? 'Only moderators (Manage Messages permission) can use this command.'
        : 'Only maintainers (Administrator permission, or listed in MAINTAINER_USER_IDS / MAINTAINER_ROLE_IDS) can use this command.',
  };
}

function has(permissions: bigint, flag: bigint): boolean {
  return (permissions & flag) === flag;
}
