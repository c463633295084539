// npm run bench:lexicon — resident memory and lookup latency of the query-time word knowledge (irregular lemmas,
// WordNet synonyms), each module measured in a fresh process, RUNS times; the table shows the median run. "8 new
// words" is a question's worth of words not looked up before, in a process that has warmed up.
import { execFile } from 'node:child_process';
import { cpus } from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MODULES = ['lemmas', 'synonyms', 'both'];
const RUNS = 5;

interface Measurement {
  module: string;
  importRssMb: number;
  firstUseRssMb: number;
  heapMb: number;
  coldMs: number;
  warmMs: number;
  newBatchP50Ms: number;
  newBatchP95Ms: number;
  newBatchCpuP95Ms: number;
  newBatches: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// Measured on the compiled build, as the bot runs: tsx's on-the-fly compiling would count as the modules' memory.
await run('npm', ['run', 'build']);
const rows = [];
for (const module of MODULES) {
  const measure = async (flags: string[]) => {
    const runs: Measurement[] = [];
    for (let index = 0; index < RUNS; index++) {
      const { stdout } = await run(process.execPath, ['--expose-gc', ...flags, 'dist/scripts/bench/lexicon-once.js', module]);
      runs.push(JSON.parse(stdout) as Measurement);
    }
    return (field: keyof Omit<Measurement, 'module'>) => median(runs.map((r) => r[field]));
  };
  const of = await measure([]);
  // With V8's young generation held at 1 MB, the RSS the modules add is their own, not the young generation growing
  // under their allocations, as it already has in a bot that has served a while.
  const capped = await measure(['--max-semi-space-size=1']);
  rows.push(
    `| ${module} | ${of('importRssMb').toFixed(1)} MB | ${of('firstUseRssMb').toFixed(1)} MB | ${capped('firstUseRssMb').toFixed(1)} MB | ${of('heapMb').toFixed(1)} MB | ${of('coldMs').toFixed(1)} ms | ${of('warmMs').toFixed(3)} ms | ${of('newBatchP50Ms').toFixed(2)} ms | ${of('newBatchP95Ms').toFixed(2)} ms | ${of('newBatchCpuP95Ms').toFixed(2)} ms (${of('newBatches')} batches) |`,
  );
}
const lines = [
  `Word-knowledge benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, median of ${RUNS} fresh processes`,
  '',
  '| module | RSS added by import | RSS added by use | by use, young generation capped | live heap added | 10 words, cold | same 10, warm | 8 new words, p50 | 8 new words, p95 | their CPU time, p95 |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
];
process.stdout.write(`${lines.join('\n')}\n`);
