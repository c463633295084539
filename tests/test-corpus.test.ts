import { execFile } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { TEST_CORPUS_DIR } from './support/engine-config.js';
import { tempDir } from './support/temp-dirs.js';

const run = promisify(execFile);
const LIVE_CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));
const TSX = import.meta.resolve('tsx');
const SUPPORT = new URL('support/engine-config.ts', import.meta.url).href;
const LOAD = new URL('../src/corpus/load.ts', import.meta.url).href;

// What a test starts from, as seen by a process whose working folder holds `corpus/`: the articles and passage
// sources of testEngineConfig's corpus, of copyOfCorpus, and of a child that is told no corpus (a CLI test).
async function fixturesSeenFrom(workingDir: string): Promise<unknown> {
  const script = `
    const { testEngineConfig, copyOfCorpus } = await import(${JSON.stringify(SUPPORT)});
    const { loadCorpus } = await import(${JSON.stringify(LOAD)});
    const describe = async (dir) => (await loadCorpus(dir)).articles.map((a) => [a.id, a.contentHash]);
    const config = await testEngineConfig();
    const copy = await copyOfCorpus();
    const seen = { config: await describe(config.corpusDir), copy: await describe(copy), unnamed: await describe(process.env.CORPUS_DIR ?? 'corpus') };
    const { rm } = await import('node:fs/promises');
    await rm(config.indexDir, { recursive: true }); await rm(copy, { recursive: true });
    process.stdout.write(JSON.stringify(seen));`;
  const { stdout } = await run(process.execPath, ['--import', TSX, '--input-type=module', '-e', script], { cwd: workingDir });
  return JSON.parse(stdout);
}

describe('the test corpus', () => {
  it('is a folder of its own under tests/, not the live corpus', () => {
    expect(path.relative(LIVE_CORPUS, TEST_CORPUS_DIR).startsWith('..')).toBe(true);
    expect(path.relative(path.dirname(LIVE_CORPUS), TEST_CORPUS_DIR)).toBe(path.join('tests', 'corpus'));
  });

  it('gives every test the same fixtures when an article is added to corpus/', async () => {
    const asShipped = await tempDir('live-corpus');
    await cp(LIVE_CORPUS, path.join(asShipped, 'corpus'), { recursive: true });
    const withAddition = await tempDir('live-corpus');
    await cp(LIVE_CORPUS, path.join(withAddition, 'corpus'), { recursive: true });
    await writeFile(
      path.join(withAddition, 'corpus', 'added-by-a-maintainer.md'),
      '---\ntitle: "An article a maintainer added"\n---\nA new report on North Korean soldiers in the Kursk region, written for this test.\n',
    );
    const before = await fixturesSeenFrom(asShipped);
    expect(await fixturesSeenFrom(withAddition)).toEqual(before);
    expect(before).toMatchObject({ config: [['north-korean-military-fighting-alongside-russia', expect.any(String)]] });
  });
});
