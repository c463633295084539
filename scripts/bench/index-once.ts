// One benchmark run in its own process, so that peak memory is this run's alone. Prints one JSON line.
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { liveBuildDir } from '../../src/index/layout.js';
import { refreshIndex } from '../../src/index/refresh.js';
import { folderBytes } from './folder-size.js';
import { benchEngineConfig, corpusSentences, writeSyntheticCorpus } from './synthetic-corpus.js';

const articles = Number(process.argv[2]);
const root = await mkdtemp(path.join(tmpdir(), `conflict-desk-bench-${articles}-`));
// The synthetic corpus and its index (about 120 MB at 10,000 articles) go, also when the run fails.
try {
  const config = benchEngineConfig(root);
  await writeSyntheticCorpus(config.corpusDir, articles, await corpusSentences('corpus'));
  const quiet = { warn: () => {} };

  const full = await refreshIndex(config, quiet);
  const build = full.rebuilt!;
  const size = await folderBytes((await liveBuildDir(config.indexDir))!);

  await appendFile(path.join(config.corpusDir, 'synthetic-000000.md'), '\nOne edited paragraph about the troops and the shells.\n');
  const incremental = (await refreshIndex(config, quiet)).rebuilt!;

  process.stdout.write(
    `${JSON.stringify({
      articles,
      passages: build.passages,
      buildSeconds: build.seconds,
      passagesPerSecond: build.passages / build.seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      indexMb: size / 1024 / 1024,
      incrementalSeconds: incremental.seconds,
      incrementalEmbedded: incremental.embeddedArticles,
    })}\n`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
