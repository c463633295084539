// Builds a synthetic index of about PASSAGES passages, then measures serving it in a fresh process running the
// compiled build, as npm start does (so that its memory is the serving process's alone). Prints one JSON line.
// Usage, after npm run build: tsx scripts/bench/query-once.ts PASSAGES
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { liveBuildDir } from '../../src/index/layout.js';
import { refreshIndex } from '../../src/index/refresh.js';
import { folderBytes } from './folder-size.js';
import { benchEngineConfig, corpusSentences, writeSyntheticCorpus } from './synthetic-corpus.js';

const passages = Number(process.argv[2]);
const root = await mkdtemp(path.join(tmpdir(), `conflict-desk-query-${passages}-`));
try {
  const config = benchEngineConfig(root);
  // Six passages an article: see writeSyntheticCorpus.
  await writeSyntheticCorpus(config.corpusDir, Math.ceil(passages / 6), await corpusSentences('corpus'));
  await refreshIndex(config, { warn: () => {} });
  const indexMb = (await folderBytes((await liveBuildDir(config.indexDir))!)) / 1024 / 1024;
  const { stdout } = await promisify(execFile)(process.execPath, ['dist/scripts/bench/serve-once.js', config.indexDir, config.modelsDir]);
  process.stdout.write(`${JSON.stringify({ ...JSON.parse(stdout), indexMb })}\n`);
} finally {
  await rm(root, { recursive: true, force: true });
}
