import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLineFile, type LineFile } from '../src/text/line-file.js';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'line-file-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Writes the lines sorted bytewise, as WordNet's index files are, and opens them. */
async function sortedFile(name: string, lines: string[]): Promise<{ file: LineFile; sorted: string[] }> {
  const sorted = [...lines].sort();
  const filePath = path.join(folder, name);
  await writeFile(filePath, sorted.map((line) => `${line}\n`).join(''), 'latin1');
  return { file: openLineFile(filePath), sorted };
}

const word = fc.stringMatching(/^[a-e_%]{1,6}$/);

describe('a sorted line file', () => {
  it('finds exactly the lines that start with a prefix, wherever they stand in the file', async () => {
    const lines = fc.sample(fc.tuple(word, fc.nat(99_999)).map(([w, n]) => `${w} ${n}`), { numRuns: 3000, seed: 7 });
    const { file, sorted } = await sortedFile('short-lines', lines);
    fc.assert(
      fc.property(word, (prefix) => {
        expect(file.linesStartingWith(prefix)).toEqual(sorted.filter((line) => line.startsWith(prefix)));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('finds lines longer than one read, and the lines around them', async () => {
    const long = (letter: string) => `${letter} ${'x'.repeat(9000)}`;
    const { file } = await sortedFile('long-lines', ['a 1', long('b'), 'c 1', long('d'), 'e 1']);
    expect(file.linesStartingWith('b ')).toEqual([long('b')]);
    expect(file.linesStartingWith('c ')).toEqual(['c 1']);
    expect(file.linesStartingWith('e ')).toEqual(['e 1']);
    expect(file.linesStartingWith('a ')).toEqual(['a 1']);
  });

  it('finds nothing for a prefix before the first line or after the last', async () => {
    const { file } = await sortedFile('bounds', ['b 1', 'c 2']);
    expect(file.linesStartingWith('a')).toEqual([]);
    expect(file.linesStartingWith('d')).toEqual([]);
  });

  it('finds nothing in an empty file', async () => {
    const { file } = await sortedFile('empty', []);
    expect(file.linesStartingWith('a')).toEqual([]);
  });

  it('reads the line that starts at a byte offset', async () => {
    const { file } = await sortedFile('offsets', ['alpha 1', 'beta 2']);
    expect(file.lineAt(0)).toBe('alpha 1');
    expect(file.lineAt('alpha 1\n'.length)).toBe('beta 2');
  });
});
