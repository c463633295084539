/**
 * Renders the pictures of the README from the bot's real replies: the real bot answers through the fake Discord
 * (real discord.js client, offline model) from the fictional evaluation articles alone, so that no sentence of a
 * real article ends up in docs/, and the message JSON it sent is drawn as Discord shows it, then photographed by
 * headless Chromium.
 *
 *   npm run render:pictures        (needs `apt-get install -y chromium`; never part of npm test)
 *
 * Writes docs/pictures/{ask-answer,related-answer,gaps-view}.png and, beside each, the message JSON it shows.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { handlers } from '../commands/index.js';
import { loadBotConfig } from '../src/bot/bot-config.js';
import { startBot } from '../src/bot/bot.js';
import { createLogger } from '../src/bot/logger.js';
import type { EngineConfig } from '../src/config/engine-config.js';
import { OFFLINE_MODEL_ID, ensureOfflineModel } from '../src/embedding/offline-model/build.js';
import { refreshIndex } from '../src/index/refresh.js';
import type { FakeMessage, InteractionRecord } from '../tests/fake-discord/index.js';
import { startFakeDiscord } from '../tests/fake-discord/index.js';
import { botEnvironment, fakeBotToken } from '../tests/support/bot-harness.js';
import { TEST_MODELS_DIR } from '../tests/support/engine-config.js';
import { launchChromium } from './render-chromium.js';
import type { RenderedMessage } from './render-embed-html.js';
import { messageHtml } from './render-embed-html.js';

const OUT_DIR = path.resolve('docs/pictures');
const ANSWERED = 'When was the strategic partnership treaty between the two countries signed?';
const RELATED = 'What has Iran said about the North Korean troops?';
// Questions members might ask that the corpus cannot answer, some in two wordings, to fill the gaps view.
const UNANSWERED = [
  'kimchi recipe',
  'a recipe for kimchi',
  'kimchi recipe',
  'Who won the 2018 football world cup?',
  RELATED,
  'What did China say about North Korean troops in Russia?',
  'How many Russian tanks were destroyed in 2023?',
];
const ANSWER_COLOURS = { answered: 0x3b82f6, related: 0xf59e0b };

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

function rendered(message: FakeMessage, context: string): RenderedMessage {
  return {
    context,
    content: message.content,
    embeds: message.embeds as RenderedMessage['embeds'],
    components: message.components as RenderedMessage['components'],
    ephemeral: (message.flags & 64) !== 0,
  };
}

async function finalMessage(record: Promise<InteractionRecord>): Promise<FakeMessage> {
  const done = await record;
  await done.waitForFinal({ timeoutMs: 30_000 });
  return done.originalMessage!;
}

async function main(): Promise<void> {
  await ensureOfflineModel(TEST_MODELS_DIR);
  const indexDir = await mkdtemp(path.join(tmpdir(), 'conflict-desk-index-'));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'conflict-desk-data-'));
  // The offline model, never a download, as in the tests.
  const engine: EngineConfig = {
    corpusDir: path.resolve('tests/eval/news/articles'),
    indexDir,
    modelsDir: TEST_MODELS_DIR,
    model: OFFLINE_MODEL_ID,
    fetchTimeoutMs: 1000,
    allowModelDownload: false,
  };
  const token = fakeBotToken();
  const discord = await startFakeDiscord({ token });
  const browser = await launchChromium();
  try {
    say('render: building an index of the fictional evaluation articles…');
    await refreshIndex(engine, { warn: () => {} });
    const config = loadBotConfig({ ...botEnvironment(token, discord, engine), DATA_DIR: dataDir, ASK_COOLDOWN_SECONDS: '0', LOG_LEVEL: 'warn' });
    const bot = await startBot(config, createLogger(config.logLevel, token, process.stderr), handlers);
    try {
      await bot.client.application!.commands.set(handlers.commands.map((command) => command.data));
      const answered = await finalMessage(discord.sendCommand('ask', { question: ANSWERED }));
      const related = await finalMessage(discord.sendCommand('ask', { question: RELATED }));
      for (const [message, verdict] of [[answered, 'answered'], [related, 'related']] as const) {
        const colour = (message.embeds[0] as { color?: number } | undefined)?.color;
        if (colour !== ANSWER_COLOURS[verdict]) throw new Error(`The picture of an ${verdict} answer needs a question the corpus answers that way; got embed colour ${colour}.`);
      }
      for (const question of UNANSWERED) await finalMessage(discord.sendCommand('ask', { question }));
      const gaps = await finalMessage(discord.sendCommand('sources', { view: 'gaps' }, { permissions: PermissionFlagsBits.ManageMessages }));

      await mkdir(OUT_DIR, { recursive: true });
      const pictures = [
        { name: 'ask-answer', message: rendered(answered, `tester used /ask question: ${ANSWERED}`) },
        { name: 'related-answer', message: rendered(related, `tester used /ask question: ${RELATED}`) },
        { name: 'gaps-view', message: rendered(gaps, 'moderator used /sources view: gaps') },
      ];
      for (const { name, message } of pictures) {
        const png = await browser.screenshot(messageHtml(message), '#shot');
        await writeFile(path.join(OUT_DIR, `${name}.png`), png);
        await writeFile(path.join(OUT_DIR, `${name}.json`), `${JSON.stringify({ content: message.content, embeds: message.embeds, components: message.components }, null, 2)}\n`);
        say(`render: wrote docs/pictures/${name}.png (${(png.length / 1024).toFixed(0)} KiB) and ${name}.json`);
      }
    } finally {
      await bot.stop(2000);
    }
  } finally {
    await browser.close();
    await discord.close();
    await Promise.all([indexDir, dataDir].map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    say(`render failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
