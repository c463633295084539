import { appendFile, cp, lstat, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALIBRATION_VERSION } from '../src/answer/calibration.js';
import { liveBuildDir } from '../src/index/layout.js';
import { INDEX_FORMAT_VERSION } from '../src/index/manifest.js';
import { IndexUnavailableError, openLiveIndex } from '../src/index/open.js';
import { CorpusInvalidError, refreshIndex } from '../src/index/refresh.js';
import { CHUNKER_VERSION } from '../src/passages/chunk.js';
import { ANALYZER_VERSION } from '../src/retrieval/terms.js';
import { copyOfCorpus, testEngineConfig } from './support/engine-config.js';

const quiet = { warn: () => {} };

describe('building and keeping the index', () => {
  it('records format, model, dimensions, chunker and analyzer versions, corpus fingerprint and build time in the manifest', async () => {
    const config = await testEngineConfig();
    const { index } = await refreshIndex(config, quiet);
    expect(index.manifest).toMatchObject({
      formatVersion: INDEX_FORMAT_VERSION,
      model: config.model,
      dimensions: 100,
      chunkerVersion: CHUNKER_VERSION,
      analyzerVersion: ANALYZER_VERSION,
      corpusFingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      passages: 18,
    });
    expect(Date.now() - Date.parse(index.manifest.builtAt)).toBeLessThan(60_000);
  });

  it('stores each passage with its article attribution and offsets', async () => {
    const { index } = await refreshIndex(await testEngineConfig(), quiet);
    expect(index.passage('north-korean-military-fighting-alongside-russia#3.0')).toMatchObject({
      articleId: 'north-korean-military-fighting-alongside-russia',
      title: 'Is North Korean military fighting alongside Russia in Ukraine?',
      publisher: null,
      paragraph: 3,
      start: expect.any(Number),
      end: expect.any(Number),
    });
  });

  it('reuses a fresh index instead of rebuilding it', async () => {
    const config = await testEngineConfig();
    await refreshIndex(config, quiet);
    expect((await refreshIndex(config, quiet)).rebuilt).toBeNull();
  });

  it('rebuilds when an article changed, and says why', async () => {
    const config = await testEngineConfig({ corpusDir: await copyOfCorpus() });
    await refreshIndex(config, quiet);
    await appendFile(path.join(config.corpusDir, 'north-korean-military-fighting-alongside-russia.md'), '\nA new closing paragraph about the troops.\n');
    const warnings: string[] = [];
    const { rebuilt, index } = await refreshIndex(config, { warn: (line) => warnings.push(line) });
    expect(rebuilt).not.toBeNull();
    expect(index.manifest.passages).toBe(19);
    expect(warnings).toEqual([expect.stringContaining('the corpus changed')]);
  });

  it('rebuilds an index that was built with another model', async () => {
    const config = await testEngineConfig();
    const { index } = await refreshIndex(config, quiet);
    const manifestFile = path.join((await liveBuildDir(config.indexDir))!, 'manifest.json');
    await writeFile(manifestFile, JSON.stringify({ ...index.manifest, model: 'someone/other-model' }));
    const warnings: string[] = [];
    expect((await refreshIndex(config, { warn: (line) => warnings.push(line) })).rebuilt).not.toBeNull();
    expect(warnings[0]).toContain('built with someone/other-model');
  });

  it('rebuilds an index whose passages were split into search terms by another analyzer version, reusing its vectors', async () => {
    const config = await testEngineConfig();
    const { index } = await refreshIndex(config, quiet);
    const manifestFile = path.join((await liveBuildDir(config.indexDir))!, 'manifest.json');
    await writeFile(manifestFile, JSON.stringify({ ...index.manifest, analyzerVersion: ANALYZER_VERSION - 1 }));
    const warnings: string[] = [];
    const { rebuilt } = await refreshIndex(config, { warn: (line) => warnings.push(line) });
    expect(rebuilt).toMatchObject({ embeddedArticles: 0, reusedArticles: 1 });
    expect(warnings[0]).toContain('the way text is split into search terms changed');
  });

  it('rebuilds an index whose refusal thresholds were measured before the calibration recorded its version, reusing its vectors', async () => {
    const config = await testEngineConfig();
    const { index } = await refreshIndex(config, quiet);
    const manifestFile = path.join((await liveBuildDir(config.indexDir))!, 'manifest.json');
    const { version: _version, ...unversioned } = index.manifest.calibration;
    await writeFile(manifestFile, JSON.stringify({ ...index.manifest, calibration: unversioned }));
    const warnings: string[] = [];
    const { rebuilt, index: fresh } = await refreshIndex(config, { warn: (line) => warnings.push(line) });
    expect(rebuilt).toMatchObject({ embeddedArticles: 0, reusedArticles: 1 });
    expect(warnings[0]).toContain('the refusal thresholds are measured another way');
    expect(fresh.manifest.calibration.version).toBe(CALIBRATION_VERSION);
  });

  it('explains that there is no index yet and how to build one', async () => {
    const config = await testEngineConfig();
    await expect(openLiveIndex(config.indexDir)).rejects.toThrow(/no index .*npm run reindex/);
  });

  it.each(['passages.bin', 'vectors.bin', 'lexical.bin'])('refuses an index whose %s is cut short, with a message naming the fix, and refresh rebuilds it', async (file) => {
    const config = await testEngineConfig();
    await refreshIndex(config, quiet);
    await truncate(path.join((await liveBuildDir(config.indexDir))!, file), 100);
    await expect(openLiveIndex(config.indexDir)).rejects.toThrow(IndexUnavailableError);
    await expect(openLiveIndex(config.indexDir)).rejects.toThrow(/reindex -- --full/);
    const { rebuilt, index } = await refreshIndex(config, quiet);
    expect(rebuilt).not.toBeNull();
    expect(index.passageCount).toBe(18);
  });

  it('refuses an index whose passage text was changed by a single letter, so that no altered quote is ever served', async () => {
    const config = await testEngineConfig();
    await refreshIndex(config, quiet);
    const file = path.join((await liveBuildDir(config.indexDir))!, 'passages.bin');
    const bytes = await readFile(file);
    const at = bytes.indexOf('10,000');
    bytes[at] = '9'.charCodeAt(0);
    await writeFile(file, bytes);
    await expect(openLiveIndex(config.indexDir)).rejects.toThrow(/passages\.bin does not match the checksum .*reindex -- --full/);
    const { rebuilt, index } = await refreshIndex(config, quiet);
    expect(rebuilt).not.toBeNull();
    expect(index.passageCount).toBe(18);
  });

  it('skips a broken article file, reports it by path and field, and indexes the rest', async () => {
    const config = await testEngineConfig({ corpusDir: await copyOfCorpus() });
    await writeFile(path.join(config.corpusDir, 'broken.md'), '---\ntitle: Broken\nurl: not a url\n---\nSome text of the article.\n');
    const { rebuilt } = await refreshIndex(config, quiet);
    expect(rebuilt!.articles).toBe(1);
    expect(rebuilt!.skipped).toEqual([{ path: 'broken.md', field: 'url', message: 'must be an http(s) URL' }]);
  });

  it('with strict, refuses to build while any article file is broken', async () => {
    const config = await testEngineConfig({ corpusDir: await copyOfCorpus() });
    await writeFile(path.join(config.corpusDir, 'broken.md'), 'no front matter\n');
    await expect(refreshIndex(config, { ...quiet, strict: true })).rejects.toThrow(CorpusInvalidError);
  });

  it('keeps the previous index serving when a rebuild fails', async () => {
    const config = await testEngineConfig({ corpusDir: await copyOfCorpus() });
    const { index: before } = await refreshIndex(config, quiet);
    await rm(path.join(config.corpusDir, 'north-korean-military-fighting-alongside-russia.md'));
    await writeFile(path.join(config.corpusDir, 'broken.md'), 'no front matter\n');
    await expect(refreshIndex(config, quiet)).rejects.toThrow(/no valid article/);
    const after = await openLiveIndex(config.indexDir);
    expect(after.manifest).toEqual(before.manifest);
  });

  it('serves an index restored as a plain folder, and replaces it on the next build', async () => {
    const config = await testEngineConfig();
    await refreshIndex(config, quiet);
    const build = (await liveBuildDir(config.indexDir))!;
    await rm(path.join(config.indexDir, 'current'));
    await cp(build, path.join(config.indexDir, 'current'), { recursive: true });
    expect((await openLiveIndex(config.indexDir)).passageCount).toBe(18);
    const { rebuilt } = await refreshIndex(config, { ...quiet, full: true });
    expect(rebuilt).not.toBeNull();
    expect((await lstat(path.join(config.indexDir, 'current'))).isSymbolicLink()).toBe(true);
    expect((await openLiveIndex(config.indexDir)).passageCount).toBe(18);
  });

  it('keeps the live build when INDEX_DIR is a relative path, as the default .index is', async () => {
    const config = await testEngineConfig();
    const relative = { ...config, indexDir: path.relative(process.cwd(), config.indexDir) };
    await refreshIndex(relative, quiet);
    await refreshIndex(relative, { ...quiet, full: true });
    expect((await openLiveIndex(relative.indexDir)).passageCount).toBe(18);
  });

  it('publishes a new build by swapping a link, leaving no other build behind', async () => {
    const config = await testEngineConfig();
    await refreshIndex(config, quiet);
    const first = await liveBuildDir(config.indexDir);
    await refreshIndex(config, { ...quiet, full: true });
    const second = await liveBuildDir(config.indexDir);
    expect(second).not.toBe(first);
    await expect(readFile(path.join(first!, 'manifest.json'))).rejects.toThrow(/ENOENT/);
  });
});
