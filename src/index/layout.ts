import { randomBytes } from 'node:crypto';
import { readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from './durable-files.js';

// INDEX_DIR/current is a symlink to builds/<id>. A new build is written beside the live one and published by
// renaming a fresh symlink over `current`, which is atomic: readers see the old index or the new one, never half.
const CURRENT = 'current';
const BUILDS = 'builds';

// The files of one build folder.
export const PASSAGES_FILE = 'passages.bin';
export const VECTORS_FILE = 'vectors.bin';
export const LEXICAL_FILE = 'lexical.bin';
export const MANIFEST_FILE = 'manifest.json';

export function newBuildDir(indexDir: string): string {
  const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
  // Absolute, like liveBuildDir's answer, so that the two compare equal for the same build.
  return path.resolve(indexDir, BUILDS, id);
}

/** The folder of the live build as an absolute path, or null when no index has been published yet. */
export async function liveBuildDir(indexDir: string): Promise<string | null> {
  const current = path.join(indexDir, CURRENT);
  try {
    return path.resolve(indexDir, await readlink(current));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    // A plain folder: a backup restored by a copy that does not keep links. It serves as it is.
    if (code === 'EINVAL') return path.resolve(current);
    throw error;
  }
}

/** Makes `buildDir` the live index, then removes every other build (the previous one and abandoned attempts). */
export async function publishBuild(indexDir: string, buildDir: string): Promise<void> {
  const current = path.join(indexDir, CURRENT);
  // A restored plain folder cannot be replaced by a rename; it makes way (and is then cleaned up as an old build).
  if ((await liveBuildDir(indexDir)) === path.resolve(current)) await rename(current, path.join(indexDir, BUILDS, `restored-${path.basename(buildDir)}`));
  const link = path.join(indexDir, `${CURRENT}.${path.basename(buildDir)}.tmp`);
  await symlink(path.relative(indexDir, buildDir), link);
  await rename(link, path.join(indexDir, CURRENT));
  // The swap itself reaches the disk before the old build is removed.
  await syncFolder(indexDir);
  await removeAbandonedBuilds(indexDir);
}

/**
 * Removes builds that are not live and link files left by a process killed mid-publish. Only the holder of the
 * writer lock may call this: anything else in builds/ is then an abandoned attempt.
 */
export async function removeAbandonedBuilds(indexDir: string): Promise<void> {
  const live = await liveBuildDir(indexDir);
  const builds = path.join(indexDir, BUILDS);
  for (const name of await readdir(builds).catch(() => [])) {
    // Compared as absolute paths: INDEX_DIR is often relative (the default is .index).
    const dir = path.resolve(builds, name);
    if (dir !== live) await rm(dir, { recursive: true, force: true });
  }
  for (const name of await readdir(indexDir)) {
    if (name.startsWith(`${CURRENT}.`) && name.endsWith('.tmp')) await rm(path.join(indexDir, name), { force: true });
  }
}
