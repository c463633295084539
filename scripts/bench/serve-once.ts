// Serves one index the way the bot does and measures it: time from process start to the first answer (cold
// start), then latency over 200 questions split by stage, and resident memory. Prints one JSON line.
// Usage (compiled by npm run build): node dist/scripts/bench/serve-once.js INDEX_DIR MODELS_DIR
import { readFile } from 'node:fs/promises';
import { answerQuestion } from '../../src/answer/engine.js';
import type { AnswerStage } from '../../src/answer/engine.js';
import { loadEmbedderFor } from '../../src/embedding/model-policy.js';
import { openLiveIndex } from '../../src/index/open.js';

const QUERIES = 200;
const [indexDir, modelsDir] = process.argv.slice(2) as [string, string];
const index = await openLiveIndex(indexDir);
const embedder = await loadEmbedderFor(index.manifest.model, { modelsDir, model: index.manifest.model, fetchTimeoutMs: 1000, allowModelDownload: false });
await answerQuestion(index, embedder, 'How many North Korean soldiers are going to Russia?');
const coldStartMs = performance.now();

const questions = (JSON.parse(await readFile('tests/eval/seed/questions.json', 'utf8')) as { questions: { question: string }[] }).questions.map((q) => q.question);
const totals: number[] = [];
const stages = new Map<AnswerStage, number[]>();
for (let i = 0; i < QUERIES; i++) {
  const started = performance.now();
  await answerQuestion(index, embedder, questions[i % questions.length]!, {
    onStage: (stage, ms) => stages.set(stage, [...(stages.get(stage) ?? []), ms]),
  });
  totals.push(performance.now() - started);
}
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const byStage = (p: number) => Object.fromEntries([...stages].map(([stage, values]) => [stage, percentile(values, p)]));
process.stdout.write(
  `${JSON.stringify({
    passages: index.passageCount,
    p50: percentile(totals, 50),
    p95: percentile(totals, 95),
    stagesP50: byStage(50),
    stagesP95: byStage(95),
    coldStartMs,
    rssMb: process.memoryUsage().rss / 1024 / 1024,
  })}\n`,
);
