import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EngineConfig } from '../../src/config/engine-config.js';
import { OFFLINE_MODEL_ID } from '../../src/embedding/offline-model/build.js';
import { contentParagraphs } from '../../src/corpus/content-paragraphs.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { splitSentences } from '../../src/text/sentences.js';

/** The sentences of the real corpus's content paragraphs: the material synthetic articles are made of. */
export async function corpusSentences(corpusDir: string): Promise<string[]> {
  const { articles } = await loadCorpus(corpusDir);
  return articles.flatMap((article) =>
    contentParagraphs(article.body).flatMap((p) => splitSentences(article.body.slice(p.start, p.end), p.start).map((s) => article.body.slice(s.start, s.end))),
  );
}

/** A small deterministic PRNG (mulberry32), so that every run builds the same synthetic corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `count` synthetic articles (6 paragraphs of 3 shuffled real sentences each, so 6 passages an article)
 * into `dir`. Marked as benchmark fixtures in their titles; never written into corpus/.
 */
export async function writeSyntheticCorpus(dir: string, count: number, sentences: string[], seed = 1): Promise<void> {
  const random = seededRandom(seed);
  const pick = () => sentences[Math.floor(random() * sentences.length)]!;
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from({ length: 6 }, () => `${pick()} ${pick()} ${pick()}`);
    await writeFile(path.join(dir, `synthetic-${String(i).padStart(6, '0')}.md`), `---\ntitle: "Benchmark fixture ${i}"\n---\n${paragraphs.join('\n\n')}\n`);
  }
}

/** Where a benchmark keeps its synthetic corpus and index (below `root`), with the offline model. */
export function benchEngineConfig(root: string): EngineConfig {
  return {
    corpusDir: path.join(root, 'corpus'),
    indexDir: path.join(root, 'index'),
    modelsDir: path.resolve('models'),
    model: OFFLINE_MODEL_ID,
    fetchTimeoutMs: 1000,
    allowModelDownload: false,
  };
}
