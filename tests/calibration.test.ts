import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFF_TOPIC_PROBES } from '../src/answer/calibration-probes.js';
import { answerQuestion } from '../src/answer/engine.js';
import { buildOfflineModel } from '../src/embedding/offline-model/build.js';
import { MANIFEST_FILE, liveBuildDir } from '../src/index/layout.js';
import type { PassageIndex } from '../src/index/open.js';
import { IndexUnavailableError, openLiveIndex } from '../src/index/open.js';
import type { ReadyIndex } from '../src/index/refresh.js';
import { refreshIndex } from '../src/index/refresh.js';
import { testEngineConfig } from './support/engine-config.js';
import { tempDir } from './support/temp-dirs.js';

// Two models over the same corpus: the offline model, and a small one the test builds (the 3,000 most frequent
// words only), whose cosines run on another scale.
let offline: ReadyIndex;
let small: ReadyIndex;

beforeAll(async () => {
  offline = await refreshIndex(await testEngineConfig(), { warn: () => {} });
  const modelsDir = await tempDir('small-model');
  await buildOfflineModel(modelsDir, { vocabSize: 3000 });
  small = await refreshIndex(await testEngineConfig({ modelsDir }), { warn: () => {} });
}, 120_000);

const refusedProbes = async ({ index, embedder }: ReadyIndex) => {
  let refused = 0;
  for (const probe of OFF_TOPIC_PROBES) if ((await answerQuestion(index, embedder, probe)).verdict === 'refused') refused += 1;
  return refused / OFF_TOPIC_PROBES.length;
};
const calibration = (index: PassageIndex) => index.manifest.calibration;

describe('thresholds fitted to each index when it is built', () => {
  it('records in the manifest the thresholds fitted on every off-topic probe', () => {
    expect(calibration(offline.index)).toMatchObject({ probes: OFF_TOPIC_PROBES.length });
    expect(calibration(offline.index).onTopicAbove).toBeGreaterThan(-1);
  });

  it('fits other thresholds to another model over the same corpus', () => {
    expect(calibration(small.index).onTopicAbove).not.toBeCloseTo(calibration(offline.index).onTopicAbove, 3);
  });

  it.each([
    ['the offline model', () => offline],
    ['a small model', () => small],
  ])('refuses at least nine in ten off-topic probes with %s, and answers an on-topic question', async (_name, ready) => {
    expect(await refusedProbes(ready())).toBeGreaterThanOrEqual(0.9);
    const answer = await answerQuestion(ready().index, ready().embedder, 'How many North Korean soldiers are going to Russia?');
    expect(answer.verdict).not.toBe('refused');
  });

  it.each([
    ['the offline model', () => offline],
    ['a small model', () => small],
  ])('refuses an off-topic question that names a person the corpus speaks of, with %s', async (_name, ready) => {
    expect((await answerQuestion(ready().index, ready().embedder, 'does putin have a dog')).verdict).toBe('refused');
  });

  it('refuses to serve an index whose manifest records no calibration, with the advice to rebuild it', async () => {
    const config = await testEngineConfig();
    await refreshIndex(config, { warn: () => {} });
    const manifestFile = path.join((await liveBuildDir(config.indexDir))!, MANIFEST_FILE);
    const { calibration: _dropped, ...rest } = JSON.parse(await readFile(manifestFile, 'utf8'));
    await writeFile(manifestFile, JSON.stringify(rest));
    await expect(openLiveIndex(config.indexDir)).rejects.toThrow(IndexUnavailableError);
    await expect(openLiveIndex(config.indexDir)).rejects.toThrow(/reindex/);
  });
});
