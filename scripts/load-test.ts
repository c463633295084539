/**
 * Load test: the real bot (real discord.js client, real engine on the offline model) against the fake Discord,
 * in this process. 500 /ask interactions from 50 users within 10 seconds, with the bot's default limits
 * (ASK_COOLDOWN_SECONDS 10, ASK_MAX_CONCURRENT 4), so most repeats get the cooldown message, which counts as a
 * response. Reports lost interactions, time to first response and to the final answer (p50/p95/p99), peak
 * resident memory, and exits non-zero when any interaction is lost or first answered after Discord's 3-second
 * deadline. Bounded: it stops by itself.
 *
 *   npm run load-test [-- --json] [--articles N]
 *
 * --articles N serves a synthetic corpus of N articles (made of the test corpus's sentences, as bench:index
 * does) instead of the test corpus (tests/corpus/). ASK_COOLDOWN_SECONDS and ASK_MAX_CONCURRENT in the environment override the
 * bot's defaults.
 */
import { tempDir } from '../tests/support/temp-dirs.js';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadBotConfig } from '../src/bot/bot-config.js';
import { startBot } from '../src/bot/bot.js';
import { createLogger } from '../src/bot/logger.js';
import { handlers } from '../commands/index.js';
import { ensureOfflineModel } from '../src/embedding/offline-model/build.js';
import { refreshIndex } from '../src/index/refresh.js';
import type { InteractionRecord } from '../tests/fake-discord/index.js';
import { CallbackType, startFakeDiscord } from '../tests/fake-discord/index.js';
import { botEnvironment, fakeBotToken } from '../tests/support/bot-harness.js';
import { TEST_MODELS_DIR, copyOfCorpus, testEngineConfig } from '../tests/support/engine-config.js';
import { removeTempDirs } from '../tests/support/temp-dirs.js';
import { corpusSentences, writeSyntheticCorpus } from './bench/synthetic-corpus.js';

const INTERACTIONS = 500;
const USERS = 50;
const WINDOW_MS = 10_000;
const DISCORD_DEADLINE_MS = 3000;
/** How long after the last interaction the bot may take to finish answering before the rest count as lost. */
const SETTLE_MS = 30_000;
/** Once the load starts, the run ends by then whatever happens. */
const HARD_LIMIT_MS = WINDOW_MS + SETTLE_MS + 30_000;

const QUESTIONS = [
  'How many North Korean soldiers are going to Russia?',
  'Where is Buryatia?',
  'What is North Korea sending Moscow besides soldiers?',
  'Which news outlet put the number of soldiers at ten thousand?',
  'When did relations between Moscow and Pyongyang start to deepen?',
  'What did Zelenskyy say about North Korea?',
  'What is the Buryat Battalion?',
  'Why is Russia buying North Korean shells?',
  'kimchi recipe',
  'Who won the football World Cup?',
];

const json = process.argv.includes('--json');
const articlesFlag = process.argv.indexOf('--articles');
const syntheticArticles = articlesFlag === -1 ? null : Number(process.argv[articlesFlag + 1]);
if (syntheticArticles !== null && !(Number.isInteger(syntheticArticles) && syntheticArticles > 0)) {
  process.stderr.write('--articles needs a positive whole number\n');
  process.exit(2);
}
const say = (line: string) => process.stderr.write(`${line}\n`);

type Outcome = 'answered' | 'refused (off-topic)' | 'cooldown' | 'busy' | 'error reply' | 'other reply' | 'lost';

interface Result {
  outcome: Outcome;
  firstMs: number | undefined;
  finalMs: number | undefined;
  deferred: boolean;
}

function classify(record: InteractionRecord): Result {
  const responses = record.responses;
  const final = responses[responses.length - 1];
  const firstMs = record.firstResponseMs;
  const deferred = record.callbackType === CallbackType.DeferredChannelMessageWithSource;
  if (!final) return { outcome: 'lost', firstMs, finalMs: undefined, deferred };
  const text = JSON.stringify(final.message);
  const outcome: Outcome = text.includes('Please wait')
    ? 'cooldown'
    : text.includes('answering many questions')
      ? 'busy'
      : text.includes('The corpus has nothing on this question')
        ? 'refused (off-topic)'
        : text.includes('quoted verbatim from the corpus')
          ? 'answered'
          : text.includes('Something went wrong')
            ? 'error reply'
            : 'other reply';
  return { outcome, firstMs, finalMs: final.elapsedMs, deferred };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function row(name: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const cells = [50, 95, 99].map((p) => `${percentile(sorted, p).toFixed(0)} ms`);
  return `| ${name} | ${values.length} | ${cells.join(' | ')} | ${(sorted[sorted.length - 1] ?? NaN).toFixed(0)} ms |`;
}

async function main(): Promise<number> {
  say(`load test: preparing the offline model and an index of ${syntheticArticles ? `${syntheticArticles} synthetic articles` : 'the test corpus'}…`);
  await ensureOfflineModel(TEST_MODELS_DIR);
  const corpusDir = await copyOfCorpus();
  if (syntheticArticles) {
    const sentences = await corpusSentences(corpusDir);
    await writeSyntheticCorpus(corpusDir, syntheticArticles, sentences);
  }
  const engine = await testEngineConfig({ corpusDir });
  const built = await refreshIndex(engine, { warn: () => {} });

  const token = fakeBotToken();
  const discord = await startFakeDiscord({ token });
  // Every answer is logged as in production, to a question log of its own.
  const dataDir = await tempDir('data');
  const config = loadBotConfig({
    ...botEnvironment(token, discord, engine),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ...(process.env.ASK_COOLDOWN_SECONDS ? { ASK_COOLDOWN_SECONDS: process.env.ASK_COOLDOWN_SECONDS } : {}),
    ...(process.env.ASK_MAX_CONCURRENT ? { ASK_MAX_CONCURRENT: process.env.ASK_MAX_CONCURRENT } : {}),
  });
  // The bot logs as in production (JSON lines at info); the lines are counted, and warnings and errors kept.
  const logLines = { total: 0, problems: [] as string[] };
  const log = createLogger(config.logLevel, token, {
    write(line: string) {
      logLines.total += 1;
      if (/"level":(40|50|60)/.test(line)) logLines.problems.push(line);
    },
  });
  const bot = await startBot(config, log, handlers);
  await bot.client.application!.commands.set(handlers.commands.map((command) => command.data));

  const users = Array.from({ length: USERS }, (_, i) => ({ id: `9${String(i).padStart(17, '0')}`, username: `load-user-${i}` }));
  let peakRss = process.memoryUsage().rss;
  const baselineRss = peakRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();

  const hardStop = setTimeout(() => {
    say(`load test: gave up ${HARD_LIMIT_MS / 1000} s after the load started`);
    void removeTempDirs().finally(() => process.exit(2));
  }, HARD_LIMIT_MS);
  hardStop.unref();
  say(`load test: ${INTERACTIONS} /ask from ${USERS} users over ${WINDOW_MS / 1000} s (cooldown ${config.askCooldownSeconds} s, ${config.askMaxConcurrent} answers at a time)…`);
  const started = Date.now();
  const sends: Promise<InteractionRecord>[] = [];
  for (let i = 0; i < INTERACTIONS; i++) {
    const at = started + (i * WINDOW_MS) / INTERACTIONS;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
    sends.push(discord.sendCommand('ask', { question: QUESTIONS[i % QUESTIONS.length]! }, { user: users[i % USERS] }));
  }
  const records = await Promise.all(sends);
  const sentWithinMs = Date.now() - started;

  // Wait until every interaction has its final response (an answer or refusal edited in, or a direct reply).
  const settled = (record: InteractionRecord) => record.rejected.length > 0 || record.responses.length > 0;
  const settleBy = Date.now() + SETTLE_MS;
  while (Date.now() < settleBy && !records.every(settled)) await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => setTimeout(resolve, 200));
  clearInterval(sampler);
  loopDelay.disable();
  const wallMs = Date.now() - started;

  const results = records.map(classify);
  const late = results.filter((r) => r.firstMs === undefined || r.firstMs > DISCORD_DEADLINE_MS);
  const lost = results.filter((r) => r.outcome === 'lost');
  const rejected = records.flatMap((record) => record.rejected.map((entry) => `${entry.kind} ${entry.status} ${entry.errorCode ?? ''}`));
  const counts = new Map<Outcome, number>();
  for (const result of results) counts.set(result.outcome, (counts.get(result.outcome) ?? 0) + 1);

  const firsts = results.flatMap((r) => (r.firstMs === undefined ? [] : [r.firstMs]));
  const answerFinals = results.filter((r) => r.deferred && r.finalMs !== undefined).map((r) => r.finalMs!);
  const allFinals = results.flatMap((r) => (r.finalMs === undefined ? [] : [r.finalMs]));
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const summary = {
    passages: built.index.passageCount,
    cooldownSeconds: config.askCooldownSeconds,
    maxConcurrent: config.askMaxConcurrent,
    interactions: INTERACTIONS,
    users: USERS,
    sentWithinMs,
    wallMs,
    outcomes: Object.fromEntries(counts),
    lost: lost.length,
    lateFirstResponses: late.length,
    rejectedRequests: rejected,
    discordRuleViolations: discord.violations.length,
    firstResponseMs: { p50: percentile([...firsts].sort((a, b) => a - b), 50), p95: percentile([...firsts].sort((a, b) => a - b), 95), p99: percentile([...firsts].sort((a, b) => a - b), 99) },
    peakRssMb: Math.round(peakRss / 2 ** 20),
    baselineRssMb: Math.round(baselineRss / 2 ** 20),
    maxRssMb: Math.round(maxRssMb),
    eventLoopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e6),
    logLines: logLines.total,
    logProblems: logLines.problems.length,
  };

  await bot.stop(5000);
  await discord.close();

  if (json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } else {
    const lines = [
      `${INTERACTIONS} /ask from ${USERS} users, sent within ${(sentWithinMs / 1000).toFixed(1)} s; all settled ${(wallMs / 1000).toFixed(1)} s after the first. ` +
        `Index: ${built.index.passageCount} passages. Cooldown ${config.askCooldownSeconds} s, ${config.askMaxConcurrent} answers at a time.`,
      '',
      '| outcome | count |',
      '| --- | --- |',
      ...[...counts].sort((a, b) => b[1] - a[1]).map(([outcome, count]) => `| ${outcome} | ${count} |`),
      `| **lost** | **${lost.length}** |`,
      '',
      '| time from the interaction to… | n | p50 | p95 | p99 | max |',
      '| --- | --- | --- | --- | --- | --- |',
      row('first response (deferral or direct reply)', firsts),
      row('final answer (deferred /ask, edited in)', answerFinals),
      row('final response, every interaction', allFinals),
      '',
      `First responses after the ${DISCORD_DEADLINE_MS} ms deadline: ${late.length}. Requests Discord refused: ${rejected.length}. Rule violations: ${discord.violations.length}.`,
      `Resident memory: ${summary.baselineRssMb} MB before the load, peak ${summary.peakRssMb} MB (sampled every 20 ms), process max RSS ${summary.maxRssMb} MB (index build included).`,
      `Event-loop delay p99: ${summary.eventLoopDelayP99Ms} ms. Log lines: ${logLines.total}, of which warnings or errors: ${logLines.problems.length}.`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  for (const problem of logLines.problems.slice(0, 5)) say(`log: ${problem.slice(0, 300)}`);
  const failed = lost.length > 0 || late.length > 0;
  say(failed ? `load test FAILED: ${lost.length} lost, ${late.length} first responses late` : 'load test passed: nothing lost, every first response within the deadline');
  return failed ? 1 : 0;
}

// The corpus copy and the index go whatever the outcome.
main()
  .finally(removeTempDirs)
  .then(
    (code) => process.exit(code),
    (error: unknown) => {
      say(`load test crashed: ${(error as Error).stack ?? String(error)}`);
      process.exit(2);
    },
  );
