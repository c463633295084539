import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient } from '@libsql/client';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../src/feedback/database.js';
import type { InteractionRecord } from './fake-discord/index.js';
import { CallbackType } from './fake-discord/index.js';
import { botHarnesses, embedOf, moderator } from './support/bot-fixtures.js';

const harness = botHarnesses();
const dataDirs: string[] = [];
afterEach(async () => {
  for (const dir of dataDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A data folder that outlives one bot, for restarts; removed after the test. */
async function sharedDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'conflict-desk-data-'));
  dataDirs.push(dir);
  return dir;
}

type Button = { custom_id: string; label: string };
const buttonsOf = (record: InteractionRecord): Button[] =>
  (record.originalMessage?.components ?? []).flatMap((row) => (row as { components: Button[] }).components);

/** The answer id the feedback buttons of a reply carry. */
function answerIdOf(record: InteractionRecord): string {
  const id = /^feedback:helpful:(.+)$/.exec(buttonsOf(record)[0]?.custom_id ?? '')?.[1];
  if (!id) throw new Error(`no feedback buttons on ${record.describe()}`);
  return id;
}

/** Content of the bot's reply to an interaction, once it has replied. */
async function replyTo(record: InteractionRecord): Promise<string> {
  await record.waitForFinal();
  return record.originalMessage!.content;
}

async function rowsOf(dataDir: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = createClient({ url: pathToFileURL(path.join(dataDir, DATABASE_FILE)).href });
  try {
    return (await client.execute(sql)).rows.map((row) => ({ ...row }));
  } finally {
    client.close();
  }
}

const QUESTION = 'How many North Korean soldiers are going to Russia?';

describe('feedback on answers in Discord, with the real discord.js client and the real database', () => {
  it('puts Helpful, Not helpful and Report a quote under an /ask answer, carrying the id of the logged answer', async () => {
    const { discord, bot } = await harness();
    const ask = await discord.sendCommand('ask', { question: QUESTION });
    await ask.waitForFinal();
    expect(buttonsOf(ask).map((button) => button.label)).toEqual(['Helpful', 'Not helpful', 'Report a quote']);
    const id = answerIdOf(ask);
    expect(buttonsOf(ask).map((button) => button.custom_id)).toEqual([`feedback:helpful:${id}`, `feedback:not-helpful:${id}`, `feedback:report:${id}`]);
    const stored = await bot.feedback.answer(id);
    expect(stored?.question).toBe(QUESTION);
    expect(stored?.quotes.length).toBeGreaterThan(0);
    expect(ask.rejected).toEqual([]);
  });

  it('shows no buttons under a refusal, but logs it as a gap', async () => {
    const { discord, bot } = await harness();
    const ask = await discord.sendCommand('ask', { question: 'kimchi recipe' });
    await ask.waitForFinal();
    expect(embedOf(ask)?.description).toContain('The corpus has nothing on this question');
    expect(buttonsOf(ask)).toEqual([]);
    expect((await bot.feedback.gaps(new Date(0))).map((gap) => [gap.question, gap.verdict])).toEqual([['kimchi recipe', 'refused']]);
  });

  it('shows no buttons and creates no database when QUESTION_LOG=off', async () => {
    const dataDir = await sharedDataDir();
    const { discord } = await harness({ env: { DATA_DIR: dataDir, QUESTION_LOG: 'off' } });
    const ask = await discord.sendCommand('ask', { question: QUESTION });
    await ask.waitForFinal();
    expect(embedOf(ask)?.description).toContain('> ');
    expect(buttonsOf(ask)).toEqual([]);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('records nothing for a button posted before QUESTION_LOG was switched off, and says so', async () => {
    const dataDir = await sharedDataDir();
    const { discord } = await harness({ env: { DATA_DIR: dataDir, QUESTION_LOG: 'off' } });
    const click = await discord.clickButton('feedback:helpful:1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed');
    expect(await replyTo(click)).toBe('Feedback is switched off on this bot (QUESTION_LOG=off), so nothing was recorded.');
    expect(click.ephemeral).toBe(true);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('records a click on Helpful privately, and a second click changes the rating instead of adding one', async () => {
    const { discord, config } = await harness();
    const ask = await discord.sendCommand('ask', { question: QUESTION });
    await ask.waitForFinal();
    const id = answerIdOf(ask);
    const first = await ask.clickButton(`feedback:helpful:${id}`);
    expect(await replyTo(first)).toBe('Thank you: your rating “Helpful” is recorded. Click the other button to change it.');
    expect(first.ephemeral).toBe(true);
    const second = await ask.clickButton(`feedback:not-helpful:${id}`);
    expect(await replyTo(second)).toBe('Your rating of this answer is changed to “Not helpful”.');
    expect(await rowsOf(config.feedback.dataDir, 'SELECT answer_id, rating FROM ratings')).toEqual([{ answer_id: id, rating: 'not-helpful' }]);
  });

  it('counts each person once: ratings of two people on one answer are two rows', async () => {
    const { discord, config } = await harness();
    const ask = await discord.sendCommand('ask', { question: QUESTION });
    await ask.waitForFinal();
    const id = answerIdOf(ask);
    await replyTo(await ask.clickButton(`feedback:helpful:${id}`, { user: { id: '311111111111111111' } }));
    await replyTo(await ask.clickButton(`feedback:helpful:${id}`, { user: { id: '322222222222222222' } }));
    expect(await rowsOf(config.feedback.dataDir, 'SELECT rating FROM ratings')).toEqual([{ rating: 'helpful' }, { rating: 'helpful' }]);
  });

  it('opens a modal from Report a quote with the quotes, the four reasons and an optional comment of at most 500 characters', async () => {
    const { discord, bot } = await harness();
    const ask = await discord.sendCommand('ask', { question: QUESTION });
    await ask.waitForFinal();
    const id = answerIdOf(ask);
    const report = await ask.clickButton(`feedback:report:${id}`);
    const modal = (await report.waitForModal()) as { title: string; components: { label: string; component: Record<string, unknown> }[] };
    expect(report.callbackType).toBe(CallbackType.Modal);
    expect(modal.title).toBe('Report a quote');
    expect(modal.components.map((label) => label.label)).toEqual(['Which quote', 'What is wrong', 'Comment (optional)']);
    const [quotes, reasons, comment] = modal.components.map((label) => label.component) as [
      { options: { value: string; label: string; description: string }[] },
      { options: { value: string }[] },
      { required: boolean; max_length: number },
    ];
    const stored = (await bot.feedback.answer(id))!;
    expect(quotes.options.map((option) => option.value)).toEqual(stored.quotes.map((_, i) => String(i)));
    expect(quotes.options[0]!.label.startsWith(`(1) ${stored.quotes[0]!.text.slice(0, 20)}`)).toBe(true);
    expect(quotes.options[0]!.description).toBe('Is North Korean military fighting alongside Russia in Ukraine?');
    expect(reasons.options.map((option) => option.value)).toEqual(['not-an-answer', 'wrong-attribution', 'out-of-date', 'other']);
    expect(comment).toMatchObject({ required: false, max_length: 500 });
  });

  it('records a submitted report, changes it on a second report of the same quote, and shows it in /sources view:reports', async () => {
    const { discord, bot } = await harness();
    const ask = await discord.sendCommand('ask', { question: QUESTION });
    await ask.waitForFinal();
    const id = answerIdOf(ask);
    const opened = await ask.clickButton(`feedback:report:${id}`);
    await opened.waitForModal();
    const sent = await opened.submitModal({ quote: ['1'], reason: ['wrong-attribution'], comment: 'The figure is from another outlet.' });
    expect(await replyTo(sent)).toBe('Thank you: your report on quote 2 (wrong attribution (title, publisher or date)) is recorded. The maintainers review reported quotes.');
    expect(sent.ephemeral).toBe(true);
    const again = await ask.clickButton(`feedback:report:${id}`);
    await again.waitForModal();
    const changed = await again.submitModal({ quote: ['1'], reason: ['out-of-date'] });
    expect(await replyTo(changed)).toBe('Your report is changed to: quote 2 (out of date).');

    const quote = (await bot.feedback.answer(id))!.quotes[1]!;
    expect(await bot.feedback.reports(new Date(0))).toEqual([{ articleId: quote.articleId, quote: quote.text, reason: 'out-of-date', count: 1 }]);
    const view = await discord.sendCommand('sources', { view: 'reports' }, moderator);
    await view.waitForFinal();
    expect(embedOf(view)?.title).toMatch(/^Reported quotes since \d{4}-\d\d-\d\d: 1$/);
    expect(embedOf(view)?.description).toContain(`${bot.desk.articleTitle(quote.articleId)} · out of date · reported 1×`);
  });

  it('says in /sources view:gaps and view:reports that there is nothing to show when QUESTION_LOG=off', async () => {
    const { discord } = await harness({ env: { QUESTION_LOG: 'off' } });
    for (const view of ['gaps', 'reports']) {
      const shown = await discord.sendCommand('sources', { view }, moderator);
      expect(await replyTo(shown)).toBe('The question log is switched off on this bot (QUESTION_LOG=off), so there are no gaps or reports to show.');
    }
  });

  it('lists the questions the corpus could not answer in /sources view:gaps, most asked first with their counts', async () => {
    const { discord } = await harness();
    for (const question of ['kimchi recipe', 'kimchi recipe', 'Who won the 1998 football world cup?']) {
      await (await discord.sendCommand('ask', { question })).waitForFinal();
    }
    const view = await discord.sendCommand('sources', { view: 'gaps' }, moderator);
    await view.waitForFinal();
    expect(view.deferred).toBe(true);
    const description = embedOf(view)!.description!;
    expect(description).toMatch(/^\*\*kimchi recipe\*\*\nAsked 2× · nothing in the corpus · last \d{4}-\d\d-\d\d/);
    expect(description).toContain('**Who won the 1998 football world cup?**\nAsked 1×');
  });

  it('pages the gaps with buttons that carry the view, each click deferred before the store is read', async () => {
    const { discord } = await harness();
    const questions = ['kimchi recipe', 'best pizza dough', 'how to tune a guitar', 'price of bitcoin today', 'weather in Paris tomorrow', 'tallest mountain in Africa',
      'how do vaccines work', 'banana bread baking time', 'fastest land animal', 'who painted the Mona Lisa', 'learning Spanish quickly', 'chess opening for beginners'];
    for (const question of questions) await (await discord.sendCommand('ask', { question })).waitForFinal();
    const view = await discord.sendCommand('sources', { view: 'gaps' }, moderator);
    await view.waitForFinal();
    expect(embedOf(view)?.footer?.text).toBe('Page 1 of 2 · the same lists as npm run gaps');
    const next = await view.clickButton('sources:gaps:1', moderator);
    await next.waitForFinal();
    expect(next.timeline.map((entry) => [entry.kind, entry.callbackType])).toEqual([['callback', CallbackType.DeferredMessageUpdate], ['edit', undefined]]);
    expect(embedOf(view)?.footer?.text).toBe('Page 2 of 2 · the same lists as npm run gaps');
    expect(embedOf(view)?.description?.split('\n\n')).toHaveLength(2);
  });

  it('keeps feedback buttons working after a restart: a new bot on the same data folder changes the rating given before', async () => {
    const dataDir = await sharedDataDir();
    const before = await harness({ env: { DATA_DIR: dataDir } });
    const ask = await before.discord.sendCommand('ask', { question: QUESTION });
    await ask.waitForFinal();
    const id = answerIdOf(ask);
    const user = { id: '333333333333333333' };
    await replyTo(await ask.clickButton(`feedback:helpful:${id}`, { user }));
    await before.stop();

    const after = await harness({ env: { DATA_DIR: dataDir } });
    const click = await after.discord.clickButton(`feedback:not-helpful:${id}`, { user });
    expect(await replyTo(click)).toBe('Your rating of this answer is changed to “Not helpful”.');
    expect(await rowsOf(dataDir, 'SELECT rating FROM ratings')).toEqual([{ rating: 'not-helpful' }]);
  });

  it('prunes answers older than QUESTION_LOG_DAYS at start, and their buttons then say so', async () => {
    const dataDir = await sharedDataDir();
    const before = await harness({ env: { DATA_DIR: dataDir } });
    const answer = await before.bot.desk.answer(QUESTION);
    const old = (await before.bot.feedback.logAnswer(answer, new Date(Date.now() - 8 * 86_400_000)))!;
    const recent = (await before.bot.feedback.logAnswer(answer))!;
    await before.stop();

    const after = await harness({ env: { DATA_DIR: dataDir, QUESTION_LOG_DAYS: '7' } });
    expect(after.logs().find((line) => line.msg === 'pruned the question log')).toMatchObject({ days: 7 });
    expect(await after.bot.feedback.answer(old)).toBeNull();
    expect(await after.bot.feedback.answer(recent)).not.toBeNull();
    const click = await after.discord.clickButton(`feedback:helpful:${old}`);
    expect(await replyTo(click)).toBe(
      'This answer is no longer in the log (answers are kept for 7 days), so feedback on it cannot be recorded. Ask again to rate a fresh answer.',
    );
  });

  it('stores no Discord user id in clear: no file in the data folder holds the id of a person who rated or reported', async () => {
    const dataDir = await sharedDataDir();
    const { discord, stop } = await harness({ env: { DATA_DIR: dataDir } });
    const user = { id: '344444444444444444' };
    const ask = await discord.sendCommand('ask', { question: QUESTION }, { user });
    await ask.waitForFinal();
    const id = answerIdOf(ask);
    await replyTo(await ask.clickButton(`feedback:helpful:${id}`, { user }));
    const opened = await ask.clickButton(`feedback:report:${id}`, { user });
    await opened.waitForModal();
    await replyTo(await opened.submitModal({ quote: ['0'], reason: ['other'], comment: 'Unclear source.' }));
    await stop();

    const files = await readdir(dataDir);
    const contents = await Promise.all(files.map((file) => readFile(path.join(dataDir, file))));
    const everything = Buffer.concat(contents);
    // The search can fail: the same bytes hold the question and the comment.
    expect(everything.includes(QUESTION)).toBe(true);
    expect(everything.includes('Unclear source.')).toBe(true);
    expect(everything.includes(user.id)).toBe(false);
    expect(everything.includes(Buffer.from(user.id, 'utf16le'))).toBe(false);
  });
});

describe('"Check sources" on a message', () => {
  it('is registered as a message command, and the bot asks Discord for no privileged intent', async () => {
    const { discord } = await harness();
    const command = discord.globalCommands.find((candidate) => candidate.name === 'Check sources');
    expect(command).toMatchObject({ type: 3, description: '' });
    const identify = discord.gateway.connections[0]!.received.find((payload) => payload.op === 2)!.d as { intents: number };
    expect(identify.intents).toBe(1);
  });

  it('answers privately what the corpus says about the text of a message, with the /ask embed and feedback buttons', async () => {
    const { discord, bot } = await harness();
    const post = discord.postMessage({ content: 'Apparently 10,000 North Korean soldiers are going to Russia https://example.org/post' });
    const check = await discord.sendMessageCommand('Check sources', post);
    await check.waitForFinal();
    expect(check.ephemeral).toBe(true);
    expect(check.originalMessage!.content).toContain(`/channels/${post.guildId}/${post.channelId}/${post.id}`);
    const embed = embedOf(check)!;
    expect(embed.title).toBe('Apparently 10,000 North Korean soldiers are going to Russia');
    expect(embed.description).toMatch(/\n— \(1\) /);
    const stored = await bot.feedback.answer(answerIdOf(check));
    expect(stored?.question).toBe('Apparently 10,000 North Korean soldiers are going to Russia');
  });

  it('says that a message without text has nothing to check', async () => {
    const { discord } = await harness();
    const check = await discord.sendMessageCommand('Check sources', discord.postMessage({ content: '' }));
    expect(await replyTo(check)).toBe('This message has no text, so there is nothing to check against the sources.');
    expect(check.ephemeral).toBe(true);
  });

  it('says that a message that is only a link cannot be checked, and what to do instead', async () => {
    const { discord } = await harness();
    const check = await discord.sendMessageCommand('Check sources', discord.postMessage({ content: '<https://example.org/news/troops>' }));
    expect(await replyTo(check)).toContain('This message is only a link.');
  });

  it('says that a message with only attachments has no words to check', async () => {
    const { discord } = await harness();
    const post = discord.postMessage({ attachments: [{ filename: 'map.png', contentType: 'image/png' }] });
    const check = await discord.sendMessageCommand('Check sources', post);
    expect(await replyTo(check)).toContain('This message has no text of its own, only attachments, stickers or embeds.');
  });

  it('shares the cooldown of /ask', async () => {
    const { discord } = await harness({ env: { ASK_COOLDOWN_SECONDS: '30' } });
    await (await discord.sendCommand('ask', { question: 'Where is Buryatia?' })).waitForFinal();
    const check = await discord.sendMessageCommand('Check sources', discord.postMessage({ content: 'Troops trained in Buryatia.' }));
    expect(await replyTo(check)).toMatch(/^Please wait \d+ s before asking again\.$/);
  });
});
