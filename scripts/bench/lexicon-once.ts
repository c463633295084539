// Measures one word-knowledge module in this fresh process: resident memory before importing it, after importing
// it and after its first lookups (each after a full garbage collection), and the time of ten lookups with nothing
// remembered yet (cold), the same ten again (warm), and ten other words once the module is loaded (new words).
// Prints one JSON line. Usage (compiled by npm run build): node --expose-gc dist/scripts/bench/lexicon-once.js
// lemmas|synonyms|both. zod and stemmer, which the engine loads anyway, are imported before the first reading; the module
// under test is imported after it.
import 'stemmer';
import 'zod';

const MB = 1024 * 1024;
const module = process.argv[2];
const gc = globalThis.gc;
if (!gc) throw new Error('Run with --expose-gc.');
if (module !== 'lemmas' && module !== 'synonyms' && module !== 'both') throw new Error('Name the module: lemmas, synonyms or both.');

// Words of war questions, inflected as members write them; the second set is looked up once the first has loaded.
const WORDS = ['troops', 'killed', 'wounded', 'captured', 'sent', 'deployed', 'shelled', 'missiles', 'treaty', 'pact'];
const NEW_WORDS = ['soldiers', 'fought', 'began', 'artillery', 'drones', 'border', 'attack', 'army', 'weapons', 'offensive'];

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
const newWordsMs = await timedMs(lookUp, NEW_WORDS);
const afterUse = settledMb();
process.stdout.write(
  `${JSON.stringify({
    module,
    importRssMb: afterImport.rss - beforeImport.rss,
    firstUseRssMb: afterUse.rss - afterImport.rss,
    heapMb: afterUse.heap - beforeImport.heap,
    coldMs,
    warmMs,
    newWordsMs,
  })}\n`,
);
