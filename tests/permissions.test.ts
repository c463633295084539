import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { AskLimits } from '../src/bot/ask-limits.js';
import { checkPermission } from '../src/bot/permissions.js';

const nobody = { userIds: [], roleIds: [] };
const member = (permissions: bigint | null, extra: { userId?: string; roleIds?: string[] } = {}) => ({
  userId: extra.userId ?? '1',
  roleIds: extra.roleIds ?? [],
  permissions,
});

describe('the server-side permission check', () => {
  it('lets everyone ask', () => {
    expect(checkPermission('everyone', member(0n), nobody)).toEqual({ allowed: true });
  });

  it('lets Manage Messages see the sources but not reindex', () => {
    expect(checkPermission('moderators', member(PermissionFlagsBits.ManageMessages), nobody).allowed).toBe(true);
    expect(checkPermission('maintainers', member(PermissionFlagsBits.ManageMessages), nobody).allowed).toBe(false);
  });

  it('lets an Administrator do everything', () => {
    expect(checkPermission('maintainers', member(PermissionFlagsBits.Administrator), nobody).allowed).toBe(true);
  });

  it('lets listed maintainer users and roles reindex without any permission', () => {
    expect(checkPermission('maintainers', member(0n, { userId: '42' }), { userIds: ['42'], roleIds: [] }).allowed).toBe(true);
    expect(checkPermission('maintainers', member(0n, { roleIds: ['7'] }), { userIds: [], roleIds: ['7'] }).allowed).toBe(true);
  });

  it('refuses restricted commands in direct messages, even to a listed maintainer', () => {
    expect(checkPermission('moderators', member(null, { userId: '42' }), { userIds: ['42'], roleIds: [] })).toEqual({
      allowed: false,
      reason: 'This command works only inside a server, not in direct messages.',
    });
  });
});

describe('limits on /ask', () => {
  it('makes a user wait out the cooldown, and says how long', () => {
    let now = 0;
    const limits = new AskLimits(10, 5, () => now);
    expect(limits.acquire('u')).toBeNull();
    limits.release();
    now = 4000;
    expect(limits.acquire('u')).toEqual({ kind: 'cooldown', retryAfterSeconds: 6 });
    now = 10_000;
    expect(limits.acquire('u')).toBeNull();
  });

  it('turns users away while the maximum number of answers is in flight', () => {
    const limits = new AskLimits(0, 2, () => 0);
    expect(limits.acquire('a')).toBeNull();
    expect(limits.acquire('b')).toBeNull();
    expect(limits.acquire('c')).toEqual({ kind: 'busy' });
    limits.release();
    expect(limits.acquire('c')).toBeNull();
  });
});
