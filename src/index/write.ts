import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LexicalIndex } from '../retrieval/lexical.js';
import { VectorMatrix } from '../retrieval/vector-matrix.js';
import { writeBinaryFile } from './binary-file.js';
import { syncFolder, writeFileDurably } from './durable-files.js';
import type { IndexedPassage } from './indexed-passage.js';
import { LEXICAL_FILE, MANIFEST_FILE, PASSAGES_FILE, VECTORS_FILE, newBuildDir, publishBuild } from './layout.js';
import { toLexicalFile } from './lexical-file.js';
import type { Calibration, Manifest } from './manifest.js';
import { PassageIndex } from './open.js';
import { PassageTable } from './passage-table.js';

/**
 * Writes a complete index beside the live one, checks that it opens and holds every passage, and only then
 * publishes it; returns the index as that check loaded it. Any failure leaves the previous index live and untouched.
 */
export async function writeIndex(
  indexDir: string,
  manifest: Omit<Manifest, 'checksums' | 'calibration'>,
  passages: IndexedPassage[],
  vectors: number[][],
  calibrate: (index: PassageIndex) => Promise<Calibration>,
): Promise<PassageIndex> {
  const buildDir = newBuildDir(indexDir);
  await mkdir(buildDir, { recursive: true });
  const table = PassageTable.files(passages, manifest.articles);
  const matrix = VectorMatrix.empty(manifest.dimensions, vectors.length);
  vectors.forEach((vector, row) => matrix.set(row, vector));
  const lexical = toLexicalFile(LexicalIndex.build(passages.map((p) => p.text)));
  const checksums = {
    passages: await writeBinaryFile(path.join(buildDir, PASSAGES_FILE), table.header, [table.columns, table.texts]),
    vectors: await writeBinaryFile(path.join(buildDir, VECTORS_FILE), { dimensions: matrix.dimensions }, [matrix.storedValues]),
    lexical: await writeBinaryFile(path.join(buildDir, LEXICAL_FILE), lexical.header, [lexical.rows, lexical.counts]),
  };
  // Calibration asks the index questions, so it is fitted on the written files before the manifest is final.
  const provisional = { ...manifest, checksums, calibration: { version: 0, onTopicAbove: 1, coverageAbove: 1, probes: 1, probeCoverageMax: 1 } };
  await writeFile(path.join(buildDir, MANIFEST_FILE), JSON.stringify(provisional, null, 2));
  const calibration = await calibrate(await PassageIndex.load(buildDir));
  await writeFileDurably(path.join(buildDir, MANIFEST_FILE), [Buffer.from(JSON.stringify({ ...manifest, checksums, calibration }, null, 2))]);
  // The files' entries in their folder, and the folder's in builds/, must be on disk before `current` names it.
  await syncFolder(buildDir);
  await syncFolder(path.dirname(buildDir));

  const check = await PassageIndex.load(buildDir);
  if (check.passageCount !== passages.length) {
    throw new Error(`The new index in ${buildDir} holds ${check.passageCount} passages, not ${passages.length}; it was not published.`);
  }
  await publishBuild(indexDir, buildDir);
  return check;
}
