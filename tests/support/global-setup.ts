import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureOfflineModel } from '../../src/embedding/offline-model/build.js';
import { TEST_CORPUS_DIR, TEST_MODELS_DIR } from './engine-config.js';

// Compile caches that tools keep in the temporary folder, not a test's leftovers: tsx's (tsx-<uid>) and Node's own
// (node-compile-cache, which npm turns on under Node 22 and later).
const TOOL_CACHES = /^(tsx-\d+|node-compile-cache)$/;

/**
 * Runs once around the whole suite. Builds the offline model before any test file runs, so parallel files never
 * race to build it. Points every test process and every child it starts at a temporary folder of this run's own
 * and at the frozen test corpus (for a child that is not told which corpus to read), and at the end fails the run,
 * naming them, if tests left anything in that folder, which it then removes.
 */
export default async function setup(): Promise<() => Promise<void>> {
  await ensureOfflineModel(TEST_MODELS_DIR);
  const runTemp = await mkdtemp(path.join(tmpdir(), 'conflict-desk-test-run-'));
  // Others may pass through (not list it), so that a test can run a child as an unprivileged user.
  await chmod(runTemp, 0o711);
  const previous = { TMPDIR: process.env.TMPDIR, CORPUS_DIR: process.env.CORPUS_DIR };
  process.env.TMPDIR = runTemp;
  process.env.CORPUS_DIR = TEST_CORPUS_DIR;
  return async () => {
    const left = (await readdir(runTemp)).filter((name) => !TOOL_CACHES.test(name));
    await rm(runTemp, { recursive: true, force: true });
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    if (left.length > 0) {
      // Thrown, vitest would only log it and still exit 0.
      process.stderr.write(`Tests left ${left.length} item(s) in the temporary folder: ${left.join(', ')}\n`);
      process.exitCode = 1;
    }
  };
}
