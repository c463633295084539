/**
 * Proves the fake Discord in tests/fake-discord/ against the real, unmodified
 * discord.js client: login, interactions, responses, Discord's rules, REST
 * rate limits and gateway resumes.
 */
import { once } from 'node:events';
import {
  ButtonStyle,
  ChatInputCommandInteraction,
  Client,
  ComponentType,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  Routes,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type ButtonInteraction,
  type Interaction,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { CallbackType, ErrorCode, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './fake-discord/index.js';

const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startBot(options: FakeDiscordOptions = {}): Promise<{ discord: FakeDiscord; client: Client }> {
  const discord = await startFakeDiscord(options);
  cleanups.push(() => discord.close());
  const client = new Client({ intents: [GatewayIntentBits.Guilds], ...discord.clientOptions });
  cleanups.push(() => client.destroy());
  const ready = once(client, Events.ClientReady);
  await client.login(discord.token);
  await ready;
  return { discord, client };
}

/** Run `handler` for the next interaction; resolves with what it returned (or rejects with what it threw). */
function handleNext<T>(client: Client, handler: (interaction: Interaction) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    client.once(Events.InteractionCreate, (interaction) => {
      handler(interaction).then(resolve, reject);
    });
  });
}

function asChatInput(interaction: Interaction): ChatInputCommandInteraction {
  if (!interaction.isChatInputCommand()) throw new Error(`expected a chat input command, got type ${interaction.type}`);
  return interaction;
}

describe('fake Discord with a real discord.js client', () => {
  it('logs in through GET /gateway/bot and IDENTIFY, and the client emits clientReady with the fake guild cached', async () => {
    const { discord, client } = await startBot();

    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(discord.botUser.id);
    expect(client.application?.id).toBe(discord.applicationId);
    expect(client.guilds.cache.get(discord.guild.id)?.name).toBe(discord.guild.name);

    const gatewayInfo = discord.requests.find((request) => request.path === '/gateway/bot');
    expect(gatewayInfo?.headers.authorization).toBe(`Bot ${discord.token}`);
    expect(gatewayInfo?.status).toBe(200);
    const connection = discord.gateway.connections[0];
    expect(connection?.query).toMatchObject({ v: '10', encoding: 'json' });
    expect(connection?.establishedBy).toBe('identify');
    expect(connection?.received.find((payload) => payload.op === 2)?.d).toMatchObject({ intents: GatewayIntentBits.Guilds });
  });

  it('registers global commands through PUT and echoes them back with ids', async () => {
    const { discord, client } = await startBot();

    const registered = await client.application!.commands.set([
      { name: 'ask', description: 'Ask a question', options: [{ type: 3, name: 'question', description: 'What to ask', required: true }] },
    ]);

    expect([...registered.values()].map((command) => command.name)).toEqual(['ask']);
    expect(discord.globalCommands).toHaveLength(1);
    expect(discord.globalCommands[0]?.id).toBe([...registered.keys()][0]);
    expect(discord.requests.at(-1)).toMatchObject({ method: 'PUT', path: `/applications/${discord.applicationId}/commands`, status: 200 });
  });

  it('delivers a slash command as a ChatInputCommandInteraction with its typed options', async () => {
    const { discord, client } = await startBot();
    await client.application!.commands.set([
      {
        name: 'ask',
        description: 'Ask a question',
        options: [
          { type: 3, name: 'question', description: 'What to ask', required: true },
          { type: 4, name: 'limit', description: 'How many quotes' },
        ],
      },
    ]);

    const seen = handleNext(client, async (interaction) => {
      const command = asChatInput(interaction);
      return {
        isChatInput: interaction instanceof ChatInputCommandInteraction,
        name: command.commandName,
        question: command.options.getString('question', true),
        limit: command.options.getInteger('limit'),
        guildId: command.guildId,
        channelId: command.channelId,
        userId: command.user.id,
        cachedGuild: command.inCachedGuild(),
      };
    });
    await discord.sendCommand('ask', { question: 'Who shelled the bridge?', limit: 3 });

    expect(await seen).toEqual({
      isChatInput: true,
      name: 'ask',
      question: 'Who shelled the bridge?',
      limit: 3,
      guildId: discord.guild.id,
      channelId: discord.guild.channels[0]?.id,
      userId: discord.defaultUser.id,
      cachedGuild: true,
    });
  });

  it('records deferReply then editReply with embeds and allowed_mentions.parse = []', async () => {
    const { discord, client } = await startBot();
    const handled = handleNext(client, async (interaction) => {
      const command = asChatInput(interaction);
      await command.deferReply({ flags: MessageFlags.Ephemeral });
      await command.editReply({ embeds: [{ description: 'A quote, attributed.' }], allowedMentions: { parse: [] } });
    });

    const record = await discord.sendCommand('ask', { question: 'anything' });
    const response = await record.waitForResponse();
    await handled;

    expect(record.callbackType).toBe(CallbackType.DeferredChannelMessageWithSource);
    expect(record.firstResponseMs).toBeLessThan(3000);
    expect(record.ephemeral).toBe(true);
    expect(response.kind).toBe('edit');
    expect(response.message.allowed_mentions).toEqual({ parse: [] });
    expect(record.originalMessage?.embeds).toEqual([{ type: 'rich', description: 'A quote, attributed.' }]);
    expect(record.rejected).toEqual([]);
  });

  it('answers a second interaction callback after a deferral with 400 / 40060', async () => {
    const { discord, client } = await startBot();
    const handled = handleNext(client, async (interaction) => {
      const command = asChatInput(interaction);
      await command.deferReply();
      // What reply() would send; discord.js's own guard stops reply() before it reaches the API.
      return client.rest
        .post(Routes.interactionCallback(command.id, command.token), {
          body: { type: CallbackType.ChannelMessageWithSource, data: { content: 'second answer' } },
          auth: false,
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
    });

    const record = await discord.sendCommand('ask', { question: 'twice' });
    const error = await handled;

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ status: 400, code: ErrorCode.InteractionAlreadyAcknowledged });
    expect(record.timeline.map((entry) => [entry.kind, entry.callbackType, entry.status])).toEqual([
      ['callback', CallbackType.DeferredChannelMessageWithSource, 204],
      ['callback', CallbackType.ChannelMessageWithSource, 400],
    ]);
  });

  it('accepts exactly one of deferReply() and reply() when they race past discord.js, refusing the other with 40060', async () => {
    const { discord, client } = await startBot();
    const handled = handleNext(client, async (interaction) => {
      const command = asChatInput(interaction);
      return Promise.allSettled([command.deferReply(), command.reply({ content: 'hello' })]);
    });

    const record = await discord.sendCommand('ask', { question: 'race' });
    const results = await handled;

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((result) => result.status === 'rejected');
    expect(failure?.reason).toMatchObject({ code: ErrorCode.InteractionAlreadyAcknowledged });
    expect(record.rejected.map((entry) => entry.errorCode)).toEqual([ErrorCode.InteractionAlreadyAcknowledged]);
  });

  it('delivers a button click on the bot reply as a ButtonInteraction and records the message update', async () => {
    const { discord, client } = await startBot();
    const replied = handleNext(client, async (interaction) => {
      await asChatInput(interaction).reply({
        content: 'Show sources?',
        components: [
          { type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'Sources', customId: 'sources' }] },
        ],
      });
    });
    const command = await discord.sendCommand('ask', { question: 'with a button' });
    await replied;

    const clicked = handleNext(client, async (interaction) => {
      if (!interaction.isButton()) throw new Error('expected a button interaction');
      const button: ButtonInteraction = interaction;
      await button.update({ content: 'Sources: …', components: [] });
      return { customId: button.customId, messageId: button.message.id, userId: button.user.id };
    });
    const click = await command.clickButton('sources');

    expect(await clicked).toEqual({ customId: 'sources', messageId: command.originalMessageId, userId: discord.defaultUser.id });
    await click.waitForResponse();
    expect(click.callbackType).toBe(CallbackType.UpdateMessage);
    expect(command.originalMessage).toMatchObject({ content: 'Sources: …', components: [] });
  });

  it('delivers a message command as a MessageContextMenuCommandInteraction holding the target message, text and attachments', async () => {
    const { discord, client } = await startBot();
    await client.application!.commands.set([{ type: 3, name: 'Check sources' }]);
    const post = discord.postMessage({ content: 'A claim to check', author: { id: '345678901234567890' }, attachments: [{ filename: 'map.png', contentType: 'image/png' }] });
    const seen = handleNext(client, async (interaction) => {
      if (!interaction.isMessageContextMenuCommand()) throw new Error(`expected a message command, got type ${interaction.type}`);
      const target = interaction.targetMessage;
      return { name: interaction.commandName, id: target.id, content: target.content, author: target.author.id, files: target.attachments.map((a) => a.name) };
    });
    const record = await discord.sendMessageCommand('Check sources', post);

    expect(await seen).toEqual({ name: 'Check sources', id: post.id, content: 'A claim to check', author: '345678901234567890', files: ['map.png'] });
    expect(record.kind).toBe('message-command');
    expect(record.channelId).toBe(post.channelId);
  });

  it('refuses a message command registered with a description or options, as Discord does', async () => {
    const { client } = await startBot();
    const error = await client.application!.commands.set([{ type: 3, name: 'Check sources', description: 'not allowed' } as never]).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: ErrorCode.InvalidFormBody });
    expect((error as Error).message).toContain('APPLICATION_COMMAND_DESCRIPTION_NOT_ALLOWED');
  });

  it('shows a modal from a button and delivers its submission as a ModalSubmitInteraction with the picked and typed values', async () => {
    const { discord, client } = await startBot();
    const replied = handleNext(client, async (interaction) => {
      await asChatInput(interaction).reply({
        content: 'An answer',
        components: [{ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Danger, label: 'Report', customId: 'report' }] }],
      });
    });
    const command = await discord.sendCommand('ask', { question: 'with a form' });
    await replied;
    const shown = handleNext(client, async (interaction) => {
      if (!interaction.isButton()) throw new Error('expected a button interaction');
      await interaction.showModal(
        new ModalBuilder()
          .setCustomId('report-form')
          .setTitle('Report')
          .addLabelComponents(
            new LabelBuilder().setLabel('Reason').setStringSelectMenuComponent(
              new StringSelectMenuBuilder().setCustomId('reason').addOptions({ label: 'Wrong', value: 'wrong' }, { label: 'Old', value: 'old' }),
            ),
            new LabelBuilder().setLabel('Comment').setTextInputComponent(new TextInputBuilder().setCustomId('comment').setStyle(TextInputStyle.Paragraph).setRequired(false).setMaxLength(20)),
          ),
      );
    });
    const click = await command.clickButton('report');
    await shown;
    expect((await click.waitForModal()).title).toBe('Report');

    const submitted = handleNext(client, async (interaction) => {
      if (!interaction.isModalSubmit()) throw new Error(`expected a modal submission, got type ${interaction.type}`);
      await interaction.reply({ content: 'Thanks', flags: MessageFlags.Ephemeral });
      return {
        customId: interaction.customId,
        reason: interaction.fields.getStringSelectValues('reason'),
        comment: interaction.fields.getTextInputValue('comment'),
        fromMessage: interaction.isFromMessage(),
      };
    });
    const submission = await click.submitModal({ reason: ['old'], comment: 'dated' });
    expect(await submitted).toEqual({ customId: 'report-form', reason: ['old'], comment: 'dated', fromMessage: true });
    await submission.waitForResponse();
    expect(submission.ephemeral).toBe(true);
    await expect(click.submitModal({ reason: ['old'] })).rejects.toThrow('already submitted');
  });

  it('throws when a test submits what no user could: an option the select lacks, a required field empty, text over the limit', async () => {
    const { discord, client } = await startBot();
    const modal = new ModalBuilder()
      .setCustomId('form')
      .setTitle('Form')
      .addLabelComponents(
        new LabelBuilder().setLabel('Pick').setStringSelectMenuComponent(new StringSelectMenuBuilder().setCustomId('pick').addOptions({ label: 'A', value: 'a' })),
        new LabelBuilder().setLabel('Say').setTextInputComponent(new TextInputBuilder().setCustomId('say').setStyle(TextInputStyle.Short).setMaxLength(5)),
      );
    const shown = handleNext(client, async (interaction) => asChatInput(interaction).showModal(modal));
    const record = await discord.sendCommand('ask', { question: 'form' });
    await shown;
    await record.waitForModal();
    await expect(record.submitModal({ pick: ['b'], say: 'hi' })).rejects.toThrow('offers no option "b"');
    await expect(record.submitModal({ pick: ['a'] })).rejects.toThrow('is required');
    await expect(record.submitModal({ pick: ['a'], say: 'too long' })).rejects.toThrow('takes 0 to 5 characters');
  });

  it('refuses a modal Discord would refuse (a title over 45 characters) with 50035, and a modal in answer to a modal', async () => {
    const { discord, client } = await startBot();
    const form = (title: string) =>
      new ModalBuilder().setCustomId('f').setTitle(title).addLabelComponents(
        new LabelBuilder().setLabel('Say').setTextInputComponent(new TextInputBuilder().setCustomId('say').setStyle(TextInputStyle.Short)),
      );
    // discord.js's builder refuses the long title itself, so the raw callback goes out past it.
    const tooLong = handleNext(client, async (interaction) =>
      client.rest
        .post(Routes.interactionCallback(interaction.id, interaction.token), {
          body: { type: 9, data: { ...form('Fine').toJSON(), title: 't'.repeat(46) } },
          auth: false,
        })
        .catch((e: unknown) => e),
    );
    const first = await discord.sendCommand('ask', { question: 'a' });
    expect(await tooLong).toMatchObject({ status: 400, code: ErrorCode.InvalidFormBody });
    expect(first.rejected.map((entry) => entry.errorCode)).toEqual([ErrorCode.InvalidFormBody]);

    const shown = handleNext(client, async (interaction) => asChatInput(interaction).showModal(form('Fine')));
    const second = await discord.sendCommand('ask', { question: 'b' });
    await shown;
    await second.waitForModal();
    const again = handleNext(client, async (interaction) => {
      if (!interaction.isModalSubmit()) throw new Error('expected a modal submission');
      return client.rest
        .post(Routes.interactionCallback(interaction.id, interaction.token), { body: { type: 9, data: form('Again').toJSON() }, auth: false })
        .catch((e: unknown) => e);
    });
    await second.submitModal({ say: 'x' });
    expect(await again).toMatchObject({ status: 400, code: ErrorCode.InvalidFormBody });
  });

  it('refuses two buttons with one custom id in a message, and will not click a disabled button', async () => {
    const { discord, client } = await startBot();
    const button = (disabled: boolean) => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Next', customId: 'next', disabled });
    const duplicate = handleNext(client, async (interaction) =>
      asChatInput(interaction)
        .reply({ content: 'x', components: [{ type: ComponentType.ActionRow, components: [button(false), button(false)] }] })
        .catch((e: unknown) => e),
    );
    await discord.sendCommand('ask', { question: 'a' });
    expect(String((await duplicate) as Error)).toContain('COMPONENT_CUSTOM_ID_DUPLICATED');

    const disabled = handleNext(client, async (interaction) =>
      asChatInput(interaction).reply({ content: 'x', components: [{ type: ComponentType.ActionRow, components: [button(true)] }] }),
    );
    const record = await discord.sendCommand('ask', { question: 'b' });
    await disabled;
    await expect(record.clickButton('next')).rejects.toThrow('is disabled');
  });

  it('delivers a DM slash command with a user and no guild or member', async () => {
    const { discord, client } = await startBot();
    const seen = handleNext(client, async (interaction) => ({
      guildId: interaction.guildId,
      member: interaction.member,
      userId: interaction.user.id,
      inGuild: interaction.inGuild(),
    }));

    await discord.sendCommand('ask', { question: 'in private' }, { dm: true, user: { id: '123456789012345678', username: 'dm-user' } });

    expect(await seen).toEqual({ guildId: null, member: null, userId: '123456789012345678', inGuild: false });
  });

  it('lets discord.js retry a 429 after Retry-After, and the retried reply succeeds', async () => {
    const { discord, client } = await startBot();
    discord.faults.rateLimit('POST /interactions/:id/:token/callback', { times: 1, retryAfterSeconds: 0.2 });
    const handled = handleNext(client, async (interaction) => {
      await asChatInput(interaction).reply({ content: 'after the rate limit' });
    });

    const record = await discord.sendCommand('ask', { question: 'rate limited' });
    await handled;

    const attempts = discord.requests.filter((request) => request.route === 'interaction-callback' || request.fault === 'rate-limit');
    expect(attempts.map((request) => request.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(200);
    expect(record.callbackType).toBe(CallbackType.ChannelMessageWithSource);
    expect(record.originalMessage?.content).toBe('after the rate limit');
    expect(discord.faults.pending).toEqual([]);
  });

  it('refuses content over 2000 characters with 50035 and records the violation', async () => {
    const { discord, client } = await startBot();
    const handled = handleNext(client, async (interaction) =>
      asChatInput(interaction)
        .reply({ content: 'x'.repeat(2001) })
        .then(
          () => undefined,
          (error: unknown) => error,
        ),
    );

    const record = await discord.sendCommand('ask', { question: 'long' });
    const error = await handled;

    expect(error).toMatchObject({ status: 400, code: ErrorCode.InvalidFormBody });
    expect((error as Error).message).toContain('data.content[BASE_TYPE_MAX_LENGTH]: Must be 2000 or fewer in length.');
    expect(discord.violations).toHaveLength(1);
    expect(record.acknowledged).toBe(false);
  });

  it('answers an edit before any callback with 404 / 10015 Unknown Webhook', async () => {
    const { discord, client } = await startBot();
    const handled = handleNext(client, async (interaction) =>
      client.rest
        .patch(Routes.webhookMessage(interaction.applicationId, interaction.token), { body: { content: 'too early' }, auth: false })
        .then(
          () => undefined,
          (error: unknown) => error,
        ),
    );

    const record = await discord.sendCommand('ask', { question: 'early edit' });

    expect(await handled).toMatchObject({ status: 404, code: ErrorCode.UnknownWebhook });
    expect(record.rejected.map((entry) => [entry.kind, entry.errorCode])).toEqual([['edit', ErrorCode.UnknownWebhook]]);
  });

  it('answers a callback after the interaction deadline with 404 / 10062 Unknown interaction', async () => {
    // Discord's deadline is 3 s; a 50 ms deadline exercises the same rule without a slow test.
    const { discord, client } = await startBot({ interactionDeadlineMs: 50 });
    const handled = handleNext(client, async (interaction) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return asChatInput(interaction)
        .deferReply()
        .then(
          () => undefined,
          (error: unknown) => error,
        );
    });

    const record = await discord.sendCommand('ask', { question: 'slow' });

    expect(await handled).toMatchObject({ status: 404, code: ErrorCode.UnknownInteraction });
    expect(record.acknowledged).toBe(false);
  });

  it('rejects REST calls without the bot token with 401', async () => {
    const { discord } = await startBot();

    const response = await fetch(`${discord.restApi}/v10/users/@me`, { headers: { Authorization: 'Bot wrong-token' } });

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 0, message: '401: Unauthorized' });
  });

  it('resumes after the gateway closes with 4000 and still delivers later interactions', async () => {
    const { discord, client } = await startBot();
    const resumed = once(client, Events.ShardResume);

    discord.faults.closeGateway(4000);
    await resumed;
    const seen = handleNext(client, async (interaction) => asChatInput(interaction).options.getString('question'));
    await discord.sendCommand('ask', { question: 'after the resume' });

    expect(await seen).toBe('after the resume');
    const [first, second] = discord.gateway.connections;
    expect(first?.closeCode).toBe(4000);
    expect(second?.establishedBy).toBe('resume');
    expect(second?.path).toBe('/resume');
    expect(discord.gateway.events.filter((event) => event.type === 'identify')).toHaveLength(1);
  });

  it('closes cleanly on client.destroy(): the socket closes with 1000 and the session ends', async () => {
    const { discord, client } = await startBot();
    const session = discord.gateway.currentSession;

    await client.destroy();
    const closed = await discord.gateway.waitForEvent((event) => event.type === 'close');

    expect(closed).toMatchObject({ detail: 1000, by: 'client' });
    expect(discord.gateway.connections.every((connection) => !connection.open)).toBe(true);
    expect(session?.ended).toBe(true);
    expect(discord.gateway.currentSession).toBeUndefined();
  });
});
