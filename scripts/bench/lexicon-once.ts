// Measures one word-knowledge module in this fresh process: resident memory before importing it, after importing
// it and after its lookups (each after a full garbage collection); the time of ten war-question words looked up
// first (cold: files opened, lists loaded), the same ten again (warm: remembered), and, once warmed up, each
// question-sized batch of words it has not seen: the distinct words of the shipped corpus and of the evaluation's
// news articles, eight at a time.
// Prints one JSON line. Usage (compiled by npm run build): node --expose-gc dist/scripts/bench/lexicon-once.js
// lemmas|synonyms|both. The corpus reader, zod and stemmer, which the engine loads anyway, are imported before the
// first reading; the module under test is imported after it.
import { isStopword } from '../../src/retrieval/terms.js';
import { corpusSentences } from './synthetic-corpus.js';

const MB = 1024 * 1024;
const module = process.argv[2];
const gc = globalThis.gc;
if (!gc) throw new Error('Run with --expose-gc.');
if (module !== 'lemmas' && module !== 'synonyms' && module !== 'both') throw new Error('Name the module: lemmas, synonyms or both.');

const WORDS = ['troops', 'killed', 'wounded', 'captured', 'sent', 'deployed', 'shelled', 'missiles', 'treaty', 'pact'];
// A question has 5–8 words that are not stop words.
const BATCH = 8;
// Batches run before timing starts, so that what is timed is compiled code, as in a bot that has served a while.
const WARM_UP_BATCHES = 10;

/** Resident memory, and the part of it that is live JavaScript objects (what a process already running keeps). */
function settledMb(): { rss: number; heap: number } {
  gc!();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss: rss / MB, heap: heapUsed / MB };
}

async function timedMs(lookUp: (word: string) => Promise<unknown>, words: string[]): Promise<number> {
  const start = performance.now();
  for (const word of words) await lookUp(word);
  return performance.now() - start;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

const CORPORA = ['corpus', 'tests/eval/news/articles'];
const sentences = (await Promise.all(CORPORA.map((dir) => corpusSentences(dir)))).flat();
const corpusWords = [...new Set(sentences.flatMap((sentence) => sentence.toLowerCase().match(/\p{L}+/gu) ?? []))].filter(
  (word) => !isStopword(word) && !WORDS.includes(word),
);

const beforeImport = settledMb();
let lookUp: (word: string) => Promise<unknown>;
if (module === 'lemmas') {
  const { lemmaOf, irregularFormsOf } = await import('../../src/text/lemmas.js');
  lookUp = async (word) => [lemmaOf(word), irregularFormsOf(word)];
} else {
  const { openSynonyms } = await import('../../src/text/synonyms.js');
  const synonyms = openSynonyms();
  lookUp = (word) => synonyms.of(word);
  if (module === 'both') {
    // The two share WordNet's exception lists, so together they cost less than apart.
    const { lemmaOf, irregularFormsOf } = await import('../../src/text/lemmas.js');
    lookUp = async (word) => [lemmaOf(word), irregularFormsOf(word), await synonyms.of(word)];
  }
}
const afterImport = settledMb();
const coldMs = await timedMs(lookUp, WORDS);
const warmMs = await timedMs(lookUp, WORDS);
const batchMs: number[] = [];
const batchCpuMs: number[] = [];
for (let start = 0; start + BATCH <= corpusWords.length; start += BATCH) {
  const cpuBefore = process.cpuUsage();
  batchMs.push(await timedMs(lookUp, corpusWords.slice(start, start + BATCH)));
  const cpu = process.cpuUsage(cpuBefore);
  batchCpuMs.push((cpu.user + cpu.system) / 1000);
}
const timed = batchMs.slice(WARM_UP_BATCHES);
// CPU time as well as wall time: on a shared machine, the wall time's tail is mostly time spent descheduled.
const timedCpu = batchCpuMs.slice(WARM_UP_BATCHES);
const afterUse = settledMb();
process.stdout.write(
  `${JSON.stringify({
    module,
    importRssMb: afterImport.rss - beforeImport.rss,
    firstUseRssMb: afterUse.rss - afterImport.rss,
    heapMb: afterUse.heap - beforeImport.heap,
    coldMs,
    warmMs,
    newBatchP50Ms: percentile(timed, 0.5),
    newBatchP95Ms: percentile(timed, 0.95),
    newBatchCpuP95Ms: percentile(timedCpu, 0.95),
    newBatches: timed.length,
  })}\n`,
);
