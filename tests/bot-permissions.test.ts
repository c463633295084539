/**
 * The server-side permission check, attacked the ways Discord's own gate can be got around: a guild that
 * overrode default_member_permissions (the fake, like Discord then, delivers the command to anyone), forged
 * option values, direct messages, and button clicks on a moderator's /sources pages. Each is refused privately,
 * with the reason, before the command does anything.
 */
import { cp, readlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeDiscord, InteractionRecord, Invoker } from './fake-discord/index.js';
import { CallbackType } from './fake-discord/index.js';
import type { BotHarness } from './support/bot-harness.js';
import { admin, botHarnesses, embedOf, moderator, powerless } from './support/bot-fixtures.js';
import { copyOfCorpus } from './support/engine-config.js';

const harness = botHarnesses();

const MODERATORS_ONLY = 'Only moderators (Manage Messages permission) can use this command.';
const MAINTAINERS_ONLY = 'Only maintainers (Administrator permission, or listed in MAINTAINER_USER_IDS / MAINTAINER_ROLE_IDS) can use this command.';
const SERVER_ONLY = 'This command works only inside a server, not in direct messages.';
const maintainerId = '423456789012345678';

/** The bot refused: one private reply with exactly the reason, and nothing else sent. */
async function expectRefused(record: InteractionRecord, reason: string): Promise<void> {
  await record.waitForFinal();
  expect(record.timeline.map((entry) => [entry.kind, entry.callbackType])).toEqual([['callback', CallbackType.ChannelMessageWithSource]]);
  expect(record.ephemeral).toBe(true);
  expect(record.originalMessage!.content).toBe(reason);
  expect(record.originalMessage!.embeds).toEqual([]);
}

/** The live build of the bot's index: a refused /reindex must leave it as it was. */
const liveBuild = ({ config }: BotHarness) => readlink(path.join(config.engine.indexDir, 'current'));

async function send(discord: FakeDiscord, name: string, options: Record<string, string | boolean> | { name: string; type: number; value: unknown }[], invoker: Invoker) {
  return discord.sendCommand(name, options as never, invoker);
}

describe('/sources and /reindex from members without the permission', () => {
  it('refuses /sources to a regular member', async () => {
    const { discord } = await harness();
    await expectRefused(await send(discord, 'sources', {}, {}), MODERATORS_ONLY);
  });

  it('refuses /reindex full:true to a regular member and leaves the index alone', async () => {
    const started = await harness();
    const before = await liveBuild(started);
    await expectRefused(await send(started.discord, 'reindex', { full: true }, {}), MAINTAINERS_ONLY);
    expect(started.bot.desk.reindexing).toBe(false);
    expect(await liveBuild(started)).toBe(before);
  });

  it('refuses /reindex full:true to a moderator, who may only read /sources', async () => {
    const started = await harness();
    const before = await liveBuild(started);
    await expectRefused(await send(started.discord, 'reindex', { full: true }, moderator), MAINTAINERS_ONLY);
    expect(await liveBuild(started)).toBe(before);
  });

  it('refuses /reindex when the full option is forged with the wrong type, before reading it', async () => {
    const started = await harness();
    const forged = [{ name: 'full', type: 3, value: 'true; rm -rf /' }];
    await expectRefused(await send(started.discord, 'reindex', forged, {}), MAINTAINERS_ONLY);
    expect(started.logs().some((line) => line.msg === 'handler failed')).toBe(false);
  });

  it('refuses a member who claims a role that is not a maintainer role', async () => {
    const role = '523456789012345678';
    const { discord } = await harness({ env: { MAINTAINER_ROLE_IDS: maintainerId }, discord: { guilds: [{ roles: [{ id: role, name: 'maintainers?' }] }] } });
    await expectRefused(await send(discord, 'reindex', { full: true }, { roles: [role] }), MAINTAINERS_ONLY);
  });

  it('logs each refusal with the interaction, the user and the reason', async () => {
    const { discord, logs } = await harness();
    const record = await send(discord, 'reindex', { full: true }, { user: { id: '623456789012345678' } });
    await record.waitForFinal();
    expect(logs().find((line) => line.msg === 'refused')).toMatchObject({ interaction: record.id, user: '623456789012345678', command: 'reindex', reason: MAINTAINERS_ONLY });
  });
});

describe('when the guild overrode default_member_permissions', () => {
  // Discord would then show the commands to everyone; the fake delivers them with the permissions it is given.
  it('refuses /sources to a member with no permission at all', async () => {
    const { discord } = await harness();
    await expectRefused(await send(discord, 'sources', {}, powerless), MODERATORS_ONLY);
  });

  it('refuses /reindex full:true to a member with no permission at all', async () => {
    const started = await harness();
    const before = await liveBuild(started);
    await expectRefused(await send(started.discord, 'reindex', { full: true }, powerless), MAINTAINERS_ONLY);
    expect(await liveBuild(started)).toBe(before);
  });

  it('still lets a listed maintainer with no permission run /reindex', async () => {
    const { discord } = await harness({ env: { MAINTAINER_USER_IDS: maintainerId } });
    const reindex = await send(discord, 'reindex', {}, { ...powerless, user: { id: maintainerId } });
    await reindex.waitForFinal({ timeoutMs: 20_000 });
    expect(reindex.originalMessage!.content).toContain('already up to date');
  });
});

describe('in direct messages', () => {
  it('refuses /sources', async () => {
    const { discord } = await harness();
    await expectRefused(await send(discord, 'sources', {}, { dm: true }), SERVER_ONLY);
  });

  it('refuses /reindex full:true even to a user listed as a maintainer', async () => {
    const started = await harness({ env: { MAINTAINER_USER_IDS: maintainerId } });
    const before = await liveBuild(started);
    await expectRefused(await send(started.discord, 'reindex', { full: true }, { dm: true, user: { id: maintainerId } }), SERVER_ONLY);
    expect(await liveBuild(started)).toBe(before);
  });

  it('still answers /ask, which is for everyone', async () => {
    const { discord } = await harness();
    const ask = await send(discord, 'ask', { question: 'Where is Buryatia?' }, { dm: true });
    await ask.waitForFinal();
    expect(embedOf(ask)?.description).toContain('Buryatia');
  });
});

describe('forged option values on /ask', () => {
  it('answers a 10,000-character question, which Discord would have refused, with the length limit', async () => {
    const { discord } = await harness();
    const ask = await send(discord, 'ask', [{ name: 'question', type: 3, value: 'war '.repeat(2500) }], {});
    await ask.waitForFinal();
    expect(ask.ephemeral).toBe(true);
    expect(ask.originalMessage!.content).toBe('The question is too long: keep it under 500 characters.');
  });
});

describe('the page buttons of /sources', () => {
  async function moderatorSources(): Promise<{ started: BotHarness; sources: InteractionRecord }> {
    const corpusDir = await copyOfCorpus();
    const seed = path.join(corpusDir, 'north-korean-military-fighting-alongside-russia.md');
    for (let i = 0; i < 12; i++) await cp(seed, path.join(corpusDir, `copy-${i}.md`));
    const started = await harness({ corpusDir });
    const sources = await send(started.discord, 'sources', {}, moderator);
    await sources.waitForFinal();
    expect(embedOf(sources)!.footer!.text).toBe('Page 1 of 2');
    return { started, sources };
  }

  it("refuses a regular member's click on a moderator's page button, and the page stays as it was", async () => {
    const { sources } = await moderatorSources();
    const before = sources.originalMessage!.embeds;
    const click = await sources.clickButton('sources:page:1', { permissions: undefined, user: { id: '723456789012345678' } });
    await expectRefused(click, MODERATORS_ONLY);
    expect(sources.originalMessage!.embeds).toEqual(before);
  });

  it('refuses a click by a member with no permission at all', async () => {
    const { sources } = await moderatorSources();
    await expectRefused(await sources.clickButton('sources:page:1', { ...powerless, user: { id: '723456789012345678' } }), MODERATORS_ONLY);
  });

  it('refuses a forged page button sent from direct messages', async () => {
    const { started } = await moderatorSources();
    await expectRefused(await started.discord.clickButton('sources:page:1', { dm: true }), SERVER_ONLY);
  });

  it('shows a moderator the last page for a forged page number far past the end', async () => {
    const { started } = await moderatorSources();
    const click = await started.discord.clickButton('sources:page:999999999999', moderator);
    await click.waitForCallback();
    expect(click.callbackType).toBe(CallbackType.DeferredMessageUpdate);
    const update = await click.waitFor((entry) => entry.kind === 'edit' && entry.ok);
    expect((update.message.embeds as { footer: { text: string } }[])[0]!.footer.text).toBe('Page 2 of 2');
  });

  it('lets a moderator turn the page', async () => {
    const { sources } = await moderatorSources();
    await (await sources.clickButton('sources:page:1', moderator)).waitForFinal();
    expect(embedOf(sources)!.footer!.text).toBe('Page 2 of 2');
  });
});

describe('permission given by Discord', () => {
  it('lets an administrator run /reindex', async () => {
    const { discord } = await harness();
    const reindex = await send(discord, 'reindex', {}, admin);
    await reindex.waitForFinal({ timeoutMs: 20_000 });
    expect(reindex.originalMessage!.content).toContain('already up to date');
  });
});
