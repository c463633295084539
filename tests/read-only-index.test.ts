import { execFile } from 'node:child_process';
import { chmod, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EngineConfig } from '../src/config/engine-config.js';
import { liveBuildDir } from '../src/index/layout.js';
import { refreshIndex } from '../src/index/refresh.js';
import { copyOfCorpus, testEngineConfig } from './support/engine-config.js';
import { tempDir } from './support/temp-dirs.js';

const run = promisify(execFile);
// Root may write anywhere, so as root the command runs as the unprivileged user nobody; any other user is kept
// out of the index folder by its permissions.
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

let config: EngineConfig;
let childTemp: string;

// Runs a CLI entry point as a user who may read the corpus and the index but not write the index folder.
async function asReader(script: string, args: string[]) {
  const env = { ...process.env, TMPDIR: childTemp, CORPUS_DIR: config.corpusDir, INDEX_DIR: config.indexDir, MODELS_DIR: config.modelsDir, EMBEDDING_MODEL: config.model, ALLOW_MODEL_DOWNLOAD: 'false' };
  const command = [process.execPath, '--import', 'tsx', `src/cli/${script}.ts`, ...args];
  const [file, ...rest] = AS_ROOT ? ['setpriv', ...NOBODY, ...command] : command;
  const result = await run(file!, rest, { env }).catch((error: { stdout: string; stderr: string; code: number }) => error);
  return { stdout: result.stdout, stderr: result.stderr, code: 'code' in result ? result.code : 0 };
}

beforeEach(async () => {
  config = await testEngineConfig({ corpusDir: await copyOfCorpus() });
  await refreshIndex(config, { warn: () => {} });
  // The corpus changes after the build: the index is stale.
  await writeFile(path.join(config.corpusDir, 'later.md'), '---\ntitle: "A later report"\n---\nA later report on the soldiers sent to the Kursk region.\n');
  childTemp = await tempDir('reader-tmp');
  await chmod(childTemp, 0o1777);
  // Readable by everyone (temporary folders are made private), writable by the owner only, or by nobody at all.
  for (const dir of [config.corpusDir, config.indexDir]) await chmod(dir, AS_ROOT ? 0o755 : 0o555);
});

// Writable again, so that the folders can be removed.
afterEach(async () => {
  for (const dir of [config.corpusDir, config.indexDir]) await chmod(dir, 0o755);
});

describe('an index folder this user cannot write', () => {
  it('ask answers from the stale index there, with one line on stderr saying it is stale and cannot be rebuilt', async () => {
    const before = await liveBuildDir(config.indexDir);
    const { stdout, stderr, code } = await asReader('ask', ['--json', 'Where is Buryatia?']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ answered: true });
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/is stale \(the corpus changed since the index was built\) and cannot be rebuilt by this user/);
    expect(await liveBuildDir(config.indexDir)).toBe(before);
    expect(await readdir(path.join(config.indexDir, 'builds'))).toHaveLength(1);
  });

  it('reindex says INDEX_DIR is not writable by this user and how to fix it, not a bare EACCES', async () => {
    const { stderr, code } = await asReader('reindex', []);
    expect(code).toBe(1);
    expect(stderr).toContain(`INDEX_DIR ${config.indexDir} is not writable by this user`);
    expect(stderr).toContain('give this user write access to it, or set INDEX_DIR (or --index) to a folder this user can write');
    expect(stderr).not.toMatch(/EACCES|EPERM/);
  });
});
