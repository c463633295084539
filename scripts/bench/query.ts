// npm run bench — query latency (p50/p95, by stage), cold start, resident memory and index size at 1k, 10k and
// 100k passages made from the corpus's sentences, all embedded by the offline model. Prints a Markdown table; with
// --write-docs it also rewrites the tracked charts docs/bench/query-latency.svg and docs/bench/query-memory.svg.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { parseArgs, promisify } from 'node:util';
import { lineChart } from './svg-chart.js';

const run = promisify(execFile);
const SIZES = [1000, 10000, 100000];
// Tracked files change only when asked: a run to check a change must not leave a diff behind.
const { values: flags } = parseArgs({ options: { 'write-docs': { type: 'boolean', default: false } }, strict: true });

interface Row {
  passages: number;
  p50: number;
  p95: number;
  stagesP50: Record<string, number>;
  stagesP95: Record<string, number>;
  coldStartMs: number;
  rssMb: number;
  indexMb: number;
}

// Served from the compiled build, as the bot is.
await run('npm', ['run', 'build']);
const rows: Row[] = [];
for (const passages of SIZES) {
  process.stderr.write(`Building and serving about ${passages} passages…\n`);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench/query-once.ts', String(passages)], { maxBuffer: 1 << 20 });
  rows.push(JSON.parse(stdout) as Row);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const stage = (row: Row, name: string) => `${ms(row.stagesP50[name] ?? 0)} / ${ms(row.stagesP95[name] ?? 0)}`;
const lines = [
  `Query benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, every passage embedded by the offline model (no vector reused or projected), compiled build, 200 questions per size`,
  '',
  '| passages | p50 | p95 | embedding p50/p95 | vector search p50/p95 | lexical search p50/p95 | quote selection p50/p95 | cold start | RSS | index on disk |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.passages} | ${ms(r.p50)} | ${ms(r.p95)} | ${stage(r, 'embedding')} | ${stage(r, 'vector search')} | ${stage(r, 'lexical search')} | ${stage(r, 'quote selection')} | ${(r.coldStartMs / 1000).toFixed(2)} s | ${Math.round(r.rssMb)} MB | ${r.indexMb.toFixed(1)} MB |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
if (flags['write-docs']) await writeCharts(rows);
else process.stderr.write('Charts in docs/bench/ left as they are; `npm run bench -- --write-docs` redraws them.\n');

async function writeCharts(rows: Row[]): Promise<void> {
  const xs = rows.map((r) => r.passages);
  await mkdir('docs/bench', { recursive: true });
  await writeFile(
    'docs/bench/query-latency.svg',
    lineChart('Query latency against corpus size', 'passages (log scale)', 'milliseconds', xs, [
      { name: 'p50', values: rows.map((r) => r.p50), colour: '#2563eb' },
      { name: 'p95', values: rows.map((r) => r.p95), colour: '#dc2626' },
    ]),
  );
  await writeFile(
    'docs/bench/query-memory.svg',
    lineChart('Resident memory against corpus size', 'passages (log scale)', 'MB', xs, [
      { name: 'RSS', values: rows.map((r) => r.rssMb), colour: '#16a34a' },
      { name: 'index on disk', values: rows.map((r) => r.indexMb), colour: '#9333ea' },
    ]),
  );
  process.stderr.write('Charts written to docs/bench/query-latency.svg and docs/bench/query-memory.svg.\n');
}
