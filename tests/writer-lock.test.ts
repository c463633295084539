import type { ChildProcess } from 'node:child_process';
import { execFile, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLiveIndex } from '../src/index/open.js';
import { withWriterLock } from '../src/index/writer-lock.js';
import { testEngineConfig } from './support/engine-config.js';
import type { Contend } from './support/lock-contender.js';
import { tempDir } from './support/temp-dirs.js';

const run = promisify(execFile);
const ROUNDS = 50;
const contenders: ChildProcess[] = [];

beforeAll(async () => {
  for (let i = 0; i < 2; i++) {
    const child = fork('tests/support/lock-contender.ts', [], { execArgv: ['--import', 'tsx'] });
    contenders.push(child);
    await once(child, 'spawn');
  }
});

afterAll(() => {
  for (const child of contenders) child.kill();
});

// Both contenders try for the lock of `indexDir` at the same moment; resolves with what each got.
async function contendTogether(indexDir: string): Promise<string[]> {
  const message: Contend = { indexDir, at: Date.now() + 100, holdMs: 30 };
  const outcomes = contenders.map((child) => once(child, 'message').then(([outcome]) => outcome as string));
  for (const child of contenders) child.send(message);
  return Promise.all(outcomes);
}

async function deadPid(): Promise<number> {
  const dead = spawn(process.execPath, ['-e', '']);
  await once(dead, 'exit');
  return dead.pid!;
}

describe('the writer lock between processes', () => {
  it(`is never held by two writers that try for it at the same moment (${ROUNDS} rounds)`, async () => {
    const outcomes: string[][] = [];
    for (let round = 0; round < ROUNDS; round++) outcomes.push(await contendTogether(await tempDir('lock')));
    expect(outcomes.flat().filter((outcome) => !(['held', 'refused'] as string[]).includes(outcome))).toEqual([]);
    expect(outcomes.every((round) => round.includes('held'))).toBe(true);
    // They did contend: in some rounds one was refused because the other held the lock.
    expect(outcomes.filter((round) => round.includes('refused')).length).toBeGreaterThan(0);
  });

  it(`is taken over by only one of two writers that find a dead owner's lock at the same moment (${ROUNDS} rounds)`, async () => {
    const pid = await deadPid();
    const outcomes: string[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const indexDir = await tempDir('lock');
      const lock = { pid, host: hostname(), since: new Date().toISOString(), nonce: `dead-${round}` };
      await writeFile(path.join(indexDir, 'writer.lock'), JSON.stringify(lock));
      outcomes.push(await contendTogether(indexDir));
    }
    expect(outcomes.flat().filter((outcome) => !(['held', 'refused'] as string[]).includes(outcome))).toEqual([]);
    expect(outcomes.every((round) => round.includes('held'))).toBe(true);
    expect(outcomes.filter((round) => round.includes('refused')).length).toBeGreaterThan(0);
  });
});

describe('draft lock files', () => {
  it('are removed by the next holder when the process that wrote them no longer runs, and kept while it may', async () => {
    const indexDir = await tempDir('lock');
    const owner = (pid: number, nonce: string) => JSON.stringify({ pid, host: hostname(), since: new Date().toISOString(), nonce });
    await writeFile(path.join(indexDir, 'writer.lock.dead.tmp'), owner(await deadPid(), 'dead'));
    await writeFile(path.join(indexDir, 'writer.lock.live.tmp'), owner(process.pid, 'live'));
    // Another writer may be writing its draft at this moment.
    await writeFile(path.join(indexDir, 'writer.lock.being-written.tmp'), '');
    await withWriterLock(indexDir, async () => {});
    expect((await readdir(indexDir)).sort()).toEqual(['writer.lock.being-written.tmp', 'writer.lock.live.tmp']);
  });
});

describe('two reindex --full started together', () => {
  it('both succeed and leave an index that loads, every time (5 rounds)', { timeout: 180_000 }, async () => {
    for (let round = 0; round < 5; round++) {
      const config = await testEngineConfig();
      const env = { ...process.env, CORPUS_DIR: config.corpusDir, INDEX_DIR: config.indexDir, MODELS_DIR: config.modelsDir, EMBEDDING_MODEL: config.model, ALLOW_MODEL_DOWNLOAD: 'false' };
      const reindex = () => run(process.execPath, ['--import', 'tsx', 'src/cli/reindex.ts', '--full'], { env, timeout: 60_000 });
      const results = await Promise.all([reindex(), reindex()]);
      for (const { stdout } of results) expect(stdout).toMatch(/^Indexed 1 article\(s\) into \d+ passages/);
      const index = await openLiveIndex(config.indexDir);
      expect(index.passageCount).toBe(index.manifest.passages);
      expect(index.passageCount).toBeGreaterThan(0);
    }
  });
});
