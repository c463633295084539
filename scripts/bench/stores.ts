// Loading the index from vectra 0.12's LocalIndex JSON (the former store) against loading our binary build folder,
// both holding the same synthetic passages and vectors. Each store is loaded by the compiled build in a fresh process,
// so that its memory is its own, three times, alternating; prints the medians as a Markdown table.
// Usage: tsx scripts/bench/stores.ts [PASSAGES] (default 100000)
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { readBinaryFile } from '../../src/index/binary-file.js';
import { PASSAGES_FILE, liveBuildDir } from '../../src/index/layout.js';
import type { PassageIndex } from '../../src/index/open.js';
import { refreshIndex } from '../../src/index/refresh.js';
import { folderBytes } from './folder-size.js';
import { benchEngineConfig, corpusSentences, writeSyntheticCorpus } from './synthetic-corpus.js';

const RUNS = 3;
const STORES = ['vectra', 'binary'] as const;
type Store = (typeof STORES)[number];
const LABELS: Record<Store, string> = { vectra: 'vectra 0.12 LocalIndex (index.json)', binary: 'binary (passages, vectors, lexical .bin + manifest)' };

/** One line of store-load-once.ts. */
interface Measurement {
  passages: number;
  rssBeforeImportMb: number;
  rssAfterImportMb: number;
  loadMs: number;
  peakRssMb: number;
  rssSettledMb: number;
  heapUsedSettledMb: number;
}

/**
 * Writes the index's passages and vectors as vectra 0.12's LocalIndex folder, as the index used to be written:
 * index.json directly, since vectra's insertItem checks each new id against every item (minutes at 100k).
 */
async function writeVectraFolder(index: PassageIndex, buildDir: string, folder: string): Promise<void> {
  // The row order, which the index does not list; the passage table's header does.
  const { header } = await readBinaryFile(path.join(buildDir, PASSAGES_FILE), ['u32', 'u8'], index.manifest.checksums.passages);
  const items = (header as { ids: string[] }).ids.map((id) => {
    // Six decimals keep cosines exact to 1e-5 and halve the file.
    const vector = index.vectorOf(id)!.map((x) => Math.round(x * 1e6) / 1e6);
    // vectra stores strings and numbers; unknown attribution was left out.
    const metadata = Object.fromEntries(Object.entries(index.passage(id)!).filter(([, value]) => value !== null));
    return { id, metadata, vector, norm: Math.hypot(...vector) };
  });
  await mkdir(folder);
  await writeFile(path.join(folder, 'index.json'), JSON.stringify({ version: 1, metadata_config: {}, items }));
}

const run = promisify(execFile);
const passages = Number(process.argv[2] ?? 100000);
const root = await mkdtemp(path.join(tmpdir(), `conflict-desk-stores-${passages}-`));
try {
  const config = benchEngineConfig(root);
  process.stderr.write(`Building about ${passages} passages…\n`);
  // Six passages an article: see writeSyntheticCorpus.
  await writeSyntheticCorpus(config.corpusDir, Math.ceil(passages / 6), await corpusSentences('corpus'));
  const { index } = await refreshIndex(config, { warn: () => {} });
  const folders = { vectra: path.join(root, 'vectra'), binary: (await liveBuildDir(config.indexDir))! };
  await writeVectraFolder(index, folders.binary, folders.vectra);

  // Loaded by the compiled build, as the bot loads its index.
  await run('npm', ['run', 'build']);
  const runs: Record<Store, Measurement[]> = { vectra: [], binary: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const store of STORES) {
      process.stderr.write(`Loading ${store}, run ${i + 1} of ${RUNS}…\n`);
      const { stdout } = await run(process.execPath, ['--expose-gc', 'dist/scripts/bench/store-load-once.js', store, folders[store]]);
      const measured = JSON.parse(stdout) as Measurement;
      if (measured.passages !== index.passageCount) throw new Error(`${store} loaded ${measured.passages} passages, not ${index.passageCount}`);
      runs[store].push(measured);
    }
  }

  const median = (store: Store, key: keyof Measurement) => runs[store].map((m) => m[key]).sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const mb = (value: number) => `${Math.round(value)} MB`;
  const row = (store: Store, diskMb: number) =>
    `| ${LABELS[store]} | ${diskMb.toFixed(1)} MB | ${mb(median(store, 'rssBeforeImportMb'))} | ${mb(median(store, 'rssAfterImportMb'))} | ${Math.round(median(store, 'loadMs'))} ms | ${mb(median(store, 'peakRssMb'))} | ${mb(median(store, 'rssSettledMb'))} | ${mb(median(store, 'heapUsedSettledMb'))} |`;
  const lines = [
    `Store load benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${index.passageCount} passages, median of ${RUNS} fresh processes each`,
    '',
    '| store | on disk | RSS before import | RSS after import | load | peak RSS | RSS settled | heapUsed settled |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const store of STORES) lines.push(row(store, (await folderBytes(folders[store])) / 1024 / 1024));
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await rm(root, { recursive: true, force: true });
}
