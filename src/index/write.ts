import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LexicalIndex } from '../retrieval/lexical.js';
import type { IndexedPassage } from './indexed-passage.js';
import { LEXICAL_FILE, MANIFEST_FILE, VECTORS_FOLDER, newBuildDir, publishBuild } from './layout.js';
import type { Manifest } from './manifest.js';
import { PassageIndex } from './open.js';

type VectraMetadata = Record<string, string | number>;

/**
 * Writes a complete index beside the live one, checks that it opens and holds every passage, and only then
 * publishes it; returns the index as that check loaded it. Any failure leaves the previous index live and untouched.
 */
export async function writeIndex(
  indexDir: string,
  manifest: Manifest,
  passages: IndexedPassage[],
  vectors: number[][],
): Promise<PassageIndex> {
  const buildDir = newBuildDir(indexDir);
  await mkdir(buildDir, { recursive: true });
  await writeVectraIndex(path.join(buildDir, VECTORS_FOLDER), passages, vectors);
  await writeFile(path.join(buildDir, LEXICAL_FILE), LexicalIndex.build(passages).toJSON());
  await writeFile(path.join(buildDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));

  const check = await PassageIndex.load(buildDir);
  if (check.passageCount !== passages.length) {
    throw new Error(`The new index in ${buildDir} holds ${check.passageCount} passages, not ${passages.length}; it was not published.`);
  }
  await publishBuild(indexDir, buildDir);
  return check;
}

/**
 * Writes the folder vectra's LocalIndex reads (index.json: version, metadata_config, items with id, metadata,
 * vector and norm), exactly as its endUpdate would. Its insertItem checks each new id against every item already
 * inserted, which is quadratic: minutes at 100k passages, where this takes a second.
 */
async function writeVectraIndex(folder: string, passages: IndexedPassage[], vectors: number[][]): Promise<void> {
  await mkdir(folder, { recursive: true });
  const items = passages.map((passage, i) => {
    // Six decimals keep cosines exact to 1e-5 and halve the file, which is parsed at every start.
    const vector = vectors[i]!.map((x) => Math.round(x * 1e6) / 1e6);
    return { id: passage.id, metadata: toMetadata(passage), vector, norm: Math.hypot(...vector) };
  });
  await writeFile(path.join(folder, 'index.json'), JSON.stringify({ version: 1, metadata_config: {}, items }));
}

// vectra stores strings and numbers; unknown attribution is left out rather than stored as a made-up value.
function toMetadata(passage: IndexedPassage): VectraMetadata {
  const metadata: VectraMetadata = {};
  for (const [key, value] of Object.entries(passage)) if (value !== null) metadata[key] = value;
  return metadata;
}
