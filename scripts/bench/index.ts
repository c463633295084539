// npm run bench:index — indexing throughput, peak memory, index size and incremental reindex time on synthetic
// corpora of 1,000 and 10,000 articles made from the real corpus's sentences, with the offline model.
import { execFile } from 'node:child_process';
import { cpus } from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SIZES = [1000, 10000];

const rows = [];
for (const articles of SIZES) {
  process.stderr.write(`Indexing ${articles} synthetic articles…\n`);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench/index-once.ts', String(articles)], { maxBuffer: 1 << 20 });
  rows.push(JSON.parse(stdout));
}
const lines = [
  `Indexing benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, offline model`,
  '',
  '| articles | passages | full build | passages/s | peak RSS | index on disk | reindex after one article changed |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.articles} | ${r.passages} | ${r.buildSeconds.toFixed(1)} s | ${Math.round(r.passagesPerSecond)} | ${Math.round(r.peakRssMb)} MB | ${r.indexMb.toFixed(1)} MB | ${r.incrementalSeconds.toFixed(1)} s (${r.incrementalEmbedded} re-embedded) |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
