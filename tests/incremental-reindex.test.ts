import { OFF_TOPIC_PROBES } from '../src/answer/calibration-probes.js';
import { questionConcepts } from '../src/retrieval/query.js';
import { foldForMatching } from '../src/text/fold.js';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/engine.js';
import { loadCorpus } from '../src/corpus/load.js';
import type { Embedder } from '../src/embedding/embedder.js';
import { loadEmbedder } from '../src/embedding/embedder.js';
import { OFFLINE_MODEL_ID } from '../src/embedding/offline-model/build.js';
import { buildIndex } from '../src/index/build.js';
import { openLiveIndex } from '../src/index/open.js';
import { refreshIndex } from '../src/index/refresh.js';
import { IndexLockedError, withWriterLock } from '../src/index/writer-lock.js';
import { TEST_MODELS_DIR, copyOfCorpus, testEngineConfig } from './support/engine-config.js';

const SEED = 'north-korean-military-fighting-alongside-russia.md';
let offline: Embedder;

// The calibration asks every new index the off-topic probes: those texts are questions (embedded with the other
// forms of their words after them), not passages; a probe naming something the corpus writes as a name is embedded
// again as its other words (see topicVector), which open the text in the probe's order.
const PROBES = OFF_TOPIC_PROBES.map(foldForMatching);
const PROBE_WORDS = OFF_TOPIC_PROBES.map((probe) => questionConcepts(probe, { aliases: true }).map((c) => c.word));
const opensWithWordsOf = (text: string, words: string[]) => {
  const tokens = text.split(' ');
  let matched = 0;
  for (const word of words) if (tokens[matched] === word) matched++;
  return matched >= Math.min(2, words.length);
};
const isProbe = (text: string) =>
  PROBES.some((probe) => text === probe || text.startsWith(`${probe} `)) || PROBE_WORDS.some((words) => opensWithWordsOf(text, words));

/** The real offline model, counting how many passages it is asked to embed. */
function counting(model = OFFLINE_MODEL_ID): Embedder & { texts: number } {
  const wrapper = {
    model,
    dimensions: offline.dimensions,
    texts: 0,
    embed: async (texts: string[]) => {
      wrapper.texts += texts.filter((text) => !isProbe(text)).length;
      return offline.embed(texts);
    },
  };
  return wrapper;
}

async function corpusWithCopies(copies: number): Promise<string> {
  const dir = await copyOfCorpus();
  for (let i = 0; i < copies; i++) await cp(path.join(dir, SEED), path.join(dir, `copy-${i}.md`));
  return dir;
}

beforeAll(async () => {
  offline = await loadEmbedder(OFFLINE_MODEL_ID, { modelsDir: TEST_MODELS_DIR, allowRemote: false, fetchTimeoutMs: 1000 });
});

describe('incremental reindexing', () => {
  it('embeds only the article that changed and reuses the vectors of the others', async () => {
    const config = await testEngineConfig({ corpusDir: await corpusWithCopies(3) });
    await buildIndex(await loadCorpus(config.corpusDir), counting(), config.indexDir, { previous: null });
    await writeFile(path.join(config.corpusDir, 'copy-1.md'), `${await readFile(path.join(config.corpusDir, 'copy-1.md'), 'utf8')}\nOne more paragraph about the soldiers.\n`);
    const embedder = counting();
    const { summary } = await buildIndex(await loadCorpus(config.corpusDir), embedder, config.indexDir, { previous: await openLiveIndex(config.indexDir) });
    expect(summary).toMatchObject({ articles: 4, embeddedArticles: 1, reusedArticles: 3, removedArticles: 0 });
    expect(embedder.texts).toBe(19);
  });

  it('answers exactly as a full build would', async () => {
    const config = await testEngineConfig({ corpusDir: await corpusWithCopies(1) });
    await buildIndex(await loadCorpus(config.corpusDir), counting(), config.indexDir, { previous: null });
    await writeFile(path.join(config.corpusDir, 'extra.md'), '---\ntitle: Extra\n---\nA fixture paragraph about artillery shells sent by train.\n');
    await buildIndex(await loadCorpus(config.corpusDir), counting(), config.indexDir, { previous: await openLiveIndex(config.indexDir) });
    const incremental = await answerQuestion(await openLiveIndex(config.indexDir), offline, 'How were the shells sent?');
    await buildIndex(await loadCorpus(config.corpusDir), counting(), config.indexDir, { previous: null });
    const full = await answerQuestion(await openLiveIndex(config.indexDir), offline, 'How were the shells sent?');
    expect(incremental.quotes.map((q) => [q.text, q.score])).toEqual(full.quotes.map((q) => [q.text, q.score]));
  });

  it('drops the passages of a deleted article', async () => {
    const config = await testEngineConfig({ corpusDir: await corpusWithCopies(2) });
    await buildIndex(await loadCorpus(config.corpusDir), counting(), config.indexDir, { previous: null });
    await rm(path.join(config.corpusDir, 'copy-0.md'));
    const embedder = counting();
    const { summary } = await buildIndex(await loadCorpus(config.corpusDir), embedder, config.indexDir, { previous: await openLiveIndex(config.indexDir) });
    expect(summary).toMatchObject({ articles: 2, embeddedArticles: 0, removedArticles: 1, passages: 36 });
    expect(embedder.texts).toBe(0);
    const index = await openLiveIndex(config.indexDir);
    expect(index.passage('copy-0#3.0')).toBeUndefined();
    expect(index.manifest.articles.map((a) => a.id)).not.toContain('copy-0');
  });

  it('re-embeds everything when the model changes', async () => {
    const config = await testEngineConfig({ corpusDir: await corpusWithCopies(1) });
    await buildIndex(await loadCorpus(config.corpusDir), counting('someone/old-model'), config.indexDir, { previous: null });
    const embedder = counting();
    const { summary } = await buildIndex(await loadCorpus(config.corpusDir), embedder, config.indexDir, { previous: await openLiveIndex(config.indexDir) });
    expect(summary).toMatchObject({ embeddedArticles: 2, reusedArticles: 0 });
    expect(embedder.texts).toBe(36);
  });

  it('re-embeds everything when asked for a full rebuild', async () => {
    const config = await testEngineConfig();
    await refreshIndex(config, { warn: () => {} });
    const { rebuilt } = await refreshIndex(config, { warn: () => {}, full: true });
    expect(rebuilt).toMatchObject({ embeddedArticles: 1, reusedArticles: 0 });
  });
});

describe('one writer at a time', () => {
  it('refuses a second writer while the first holds the lock, saying who holds it', async () => {
    const { indexDir } = await testEngineConfig();
    await withWriterLock(indexDir, async () => {
      await expect(withWriterLock(indexDir, async () => 'second')).rejects.toThrow(IndexLockedError);
      await expect(withWriterLock(indexDir, async () => 'second')).rejects.toThrow(new RegExp(`pid ${process.pid} on ${hostname()}`));
    });
    expect(await withWriterLock(indexDir, async () => 'after')).toBe('after');
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const { indexDir } = await testEngineConfig();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    await writeFile(path.join(indexDir, 'writer.lock'), JSON.stringify({ pid: dead.pid, host: hostname(), since: new Date().toISOString() }));
    expect(await withWriterLock(indexDir, async () => 'taken')).toBe('taken');
  });

  it('makes a refresh wait while another writer holds the lock, saying so, then build', async () => {
    const config = await testEngineConfig();
    const waits: string[] = [];
    let refreshing: ReturnType<typeof refreshIndex> | undefined;
    await withWriterLock(config.indexDir, async () => {
      refreshing = refreshIndex(config, { warn: (line) => waits.push(line) });
      for (const started = Date.now(); !waits.some((line) => line.includes('waiting for it to finish')); ) {
        if (Date.now() - started > 10_000) throw new Error(`never waited: ${waits.join(' | ')}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    expect((await refreshing!).rebuilt).not.toBeNull();
  });

  it('builds once when two refreshes race: the second uses the index the first built', async () => {
    const config = await testEngineConfig({ corpusDir: await corpusWithCopies(2) });
    const [first, second] = await Promise.all([refreshIndex(config, { warn: () => {} }), refreshIndex(config, { warn: () => {} })]);
    expect([first.rebuilt, second.rebuilt].filter((r) => r !== null)).toHaveLength(1);
    expect(second.index.manifest.builtAt).toBe(first.index.manifest.builtAt);
  });
});

describe('crash safety', () => {
  it('leaves the previous index answering exactly as before when a reindex is killed with SIGKILL, repeatedly', async () => {
    const config = await testEngineConfig({ corpusDir: await corpusWithCopies(150) });
    await refreshIndex(config, { warn: () => {} });
    const question = 'Where is Buryatia?';
    const before = await answerQuestion(await openLiveIndex(config.indexDir), offline, question);
    // Each kill lands at another point of the build, told by the child's own progress lines ("Embedding passages:
    // done/total" at 0, 25, 50, 75 and 100%): the first four with a quarter or more of the embedding still to do,
    // the last once embedding is over and the files are being written and published.
    for (let line = 1; line <= 5; line++) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/reindex.ts', '--full'], {
        env: { ...process.env, CORPUS_DIR: config.corpusDir, INDEX_DIR: config.indexDir, MODELS_DIR: config.modelsDir, EMBEDDING_MODEL: config.model, ALLOW_MODEL_DOWNLOAD: 'false' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const exited = once(child, 'exit');
      await progressLines(child.stderr, line);
      child.kill('SIGKILL');
      const [code, signal] = await exited;
      if (line < 5) {
        // Killed while embedding, or the test proves nothing: the child never finished, and its lock is left behind.
        expect([code, signal]).toEqual([null, 'SIGKILL']);
        expect(await readdir(config.indexDir)).toContain('writer.lock');
      }
      const after = await answerQuestion(await openLiveIndex(config.indexDir), offline, question);
      expect(after.quotes).toEqual(before.quotes);
    }
    const { rebuilt } = await refreshIndex(config, { warn: () => {}, full: true });
    expect(rebuilt).not.toBeNull();
    expect(await readdir(path.join(config.indexDir, 'builds'))).toHaveLength(1);
    expect((await readdir(config.indexDir)).sort()).toEqual(['builds', 'current']);
  });
});

// Resolves once the reindex child has written `count` embedding progress lines to `stderr`.
async function progressLines(stderr: Readable, count: number): Promise<void> {
  let seen = 0;
  for await (const line of createInterface({ input: stderr })) {
    if (/^Embedding passages: \d+\/\d+$/.test(line) && ++seen === count) return;
  }
  throw new Error(`the reindex ended after ${seen} of ${count} progress lines`);
}
