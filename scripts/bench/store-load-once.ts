// Loads one index store in this fresh process and measures it: resident memory before and after importing the
// store's code, load time, peak memory, and memory once the garbage of loading is collected. Prints one JSON line.
// Usage (compiled by npm run build): node --expose-gc dist/scripts/bench/store-load-once.js vectra|binary FOLDER
// Only node: modules are imported statically; the store's code is imported below, after the first reading.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

const MB = 1024 * 1024;
const [store, folder] = process.argv.slice(2) as ['vectra' | 'binary', string];
const gc = globalThis.gc;
if (!gc) throw new Error('Run with --expose-gc.');

/** What a load returns: the store, held until the end so that settled memory includes it, and its size. */
interface Loaded {
  store: object;
  passages: number;
}

async function importStore(): Promise<(folder: string) => Promise<Loaded>> {
  if (store === 'vectra') {
    const { LocalIndex } = await import('vectra');
    // listItems() is how the bot read the folder at start-up: it reads and parses the whole index.json.
    return async (dir) => {
      const index = new LocalIndex(dir);
      return { store: index, passages: (await index.listItems()).length };
    };
  }
  const { PassageIndex } = await import('../../src/index/open.js');
  return async (dir) => {
    const index = await PassageIndex.load(dir);
    return { store: index, passages: index.passageCount };
  };
}

/**
 * The highest RSS of this process so far, the import included; the load is what raises it. Read from VmHWM on
 * Linux: getrusage's maxRSS carries over the parent's peak when the parent forked this process, and the parent
 * here holds a whole index it has just built.
 */
async function peakRss(): Promise<number> {
  const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
  const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  return (kilobytes ? Number(kilobytes) : process.resourceUsage().maxRSS) / 1024;
}

const rssBeforeImportMb = process.memoryUsage().rss / MB;
const load = await importStore();
const rssAfterImportMb = process.memoryUsage().rss / MB;
const started = performance.now();
const loaded = await load(folder);
const loadMs = performance.now() - started;
const peakRssMb = await peakRss();

// Freed buffers are returned to the system asynchronously, so RSS right after one gc() still counts them.
gc();
await sleep(200);
gc();
await sleep(200);
gc();
const settled = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    passages: loaded.passages,
    rssBeforeImportMb,
    rssAfterImportMb,
    loadMs,
    peakRssMb,
    rssSettledMb: settled.rss / MB,
    heapUsedSettledMb: settled.heapUsed / MB,
  })}\n`,
);
