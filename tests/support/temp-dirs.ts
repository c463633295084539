import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

/**
 * A new empty folder in the temporary folder, removed with every other one this test file made after its last
 * test, whether the tests passed or not (tests/support/remove-temp-dirs.ts). Scripts outside vitest call
 * removeTempDirs themselves.
 */
export async function tempDir(purpose: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `conflict-desk-${purpose}-`));
  made.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
