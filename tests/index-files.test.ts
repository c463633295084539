import { createHash } from 'node:crypto';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBinaryFile, writeBinaryFile } from '../src/index/binary-file.js';
import type { IndexedPassage } from '../src/index/indexed-passage.js';
import type { IndexedArticle } from '../src/index/manifest.js';
import { PassageTable } from '../src/index/passage-table.js';
import { fromLexicalFile, toLexicalFile } from '../src/index/lexical-file.js';
import { LexicalIndex } from '../src/retrieval/lexical.js';
import { tempDir } from './support/temp-dirs.js';

const article: IndexedArticle = {
  id: 'kyiv-report',
  title: 'Troops “seen” near Kursk',
  publisher: 'The Kyiv Independent',
  author: null,
  url: 'https://example.org/kursk',
  published: '2024-10-18',
  language: 'en',
  contentHash: 'ab',
  passages: 2,
};
const passages: IndexedPassage[] = [
  { id: 'kyiv-report#0.0', articleId: article.id, paragraph: 0, start: 0, end: 31, text: 'Zelenskyy said 10,000 soldiers.', title: '', publisher: null, url: null, published: null },
  { id: 'kyiv-report#1.0', articleId: article.id, paragraph: 1, start: 33, end: 61, text: 'Сosmodrome — “Vostochny” visit', title: '', publisher: null, url: null, published: null },
];

// The structural checks run on a file that passes the checksum, so these tests give the damaged file's own.
async function sha256Of(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

async function tempFile(): Promise<string> {
  return path.join(await tempDir('index-files'), 'file.bin');
}

describe('index files', () => {
  it('give back each passage verbatim, with its attribution taken from its article', async () => {
    const file = await tempFile();
    const stored = PassageTable.files(passages, [article]);
    const sha256 = await writeBinaryFile(file, stored.header, [stored.columns, stored.texts]);
    const { header, arrays } = await readBinaryFile(file, ['u32', 'u8'], sha256);
    const table = PassageTable.fromFiles({ header, columns: arrays[0], texts: arrays[1] }, [article]);
    expect(table.passage(table.rowOf('kyiv-report#1.0')!)).toEqual({
      ...passages[1],
      title: article.title,
      publisher: article.publisher,
      url: article.url,
      published: article.published,
    });
  });

  it('keep float vectors bit for bit', async () => {
    const file = await tempFile();
    const values = Float32Array.from([0.6, -0.8, 1e-7, 1]);
    const sha256 = await writeBinaryFile(file, { dimensions: 2 }, [values]);
    const { header, arrays } = await readBinaryFile(file, ['f32'], sha256);
    expect(header).toEqual({ dimensions: 2 });
    expect(arrays[0]).toEqual(values);
  });

  it('keep BM25 results the same after a round trip', async () => {
    const built = LexicalIndex.build(['North Korean troops in Kursk', 'Troops and missiles', 'Weather in Kyiv']);
    const file = await tempFile();
    const stored = toLexicalFile(built);
    const sha256 = await writeBinaryFile(file, stored.header, [stored.rows, stored.counts]);
    const { header, arrays } = await readBinaryFile(file, ['u32', 'u16'], sha256);
    const loaded = fromLexicalFile({ header, rows: arrays[0], counts: arrays[1] });
    const weights = built.termWeights('troops in Kursk');
    expect(loaded.query(weights, 3)).toEqual(built.query(weights, 3));
    expect(loaded.query(weights, 3).map((hit) => hit.row)).toEqual([0, 1]);
  });

  it('store every number little-endian, whatever the machine', async () => {
    const file = await tempFile();
    const ending = async (array: Float32Array | Uint32Array | Uint16Array) => {
      await writeBinaryFile(file, null, [array]);
      return [...(await readFile(file)).subarray(-array.byteLength)];
    };
    expect(await ending(Uint32Array.of(0x01020304))).toEqual([0x04, 0x03, 0x02, 0x01]);
    expect(await ending(Uint16Array.of(0x0102))).toEqual([0x02, 0x01]);
    expect(await ending(Float32Array.of(1))).toEqual([0x00, 0x00, 0x80, 0x3f]);
  });

  it('refuse a file whose bytes are not the ones written, before reading anything from it', async () => {
    const file = await tempFile();
    const stored = PassageTable.files(passages, [article]);
    const sha256 = await writeBinaryFile(file, stored.header, [stored.columns, stored.texts]);
    const bytes = await readFile(file);
    bytes[bytes.indexOf('10,000')] = '9'.charCodeAt(0);
    await writeFile(file, bytes);
    await expect(readBinaryFile(file, ['u32', 'u8'], sha256)).rejects.toThrow(/file\.bin does not match the checksum recorded when it was written/);
  });

  it('refuse a file cut short, saying so', async () => {
    const file = await tempFile();
    await writeBinaryFile(file, { dimensions: 2 }, [new Float32Array(1000)]);
    await truncate(file, 2000);
    await expect(readBinaryFile(file, ['f32'], await sha256Of(file))).rejects.toThrow(/cut short/);
  });

  it('refuse a file with bytes after its last array', async () => {
    const file = await tempFile();
    await writeBinaryFile(file, null, [new Uint8Array(3)]);
    await writeFile(file, Buffer.concat([await readFile(file), Buffer.from('junk')]));
    await expect(readBinaryFile(file, ['u8'], await sha256Of(file))).rejects.toThrow(/4 bytes after its last array/);
  });

  it('refuse a file that is not an index file, or holds other arrays than expected', async () => {
    const file = await tempFile();
    await writeFile(file, '{"items": []}');
    await expect(readBinaryFile(file, ['f32'], await sha256Of(file))).rejects.toThrow(/not an index file/);
    const sha256 = await writeBinaryFile(file, null, [new Uint32Array(2)]);
    await expect(readBinaryFile(file, ['f32'], sha256)).rejects.toThrow(/kinds u32, not f32/);
  });

  it('refuse a passage table whose passages name an article the manifest does not list', () => {
    const stored = PassageTable.files(passages, [article]);
    expect(() => PassageTable.fromFiles(stored, [])).toThrow(/names an article the manifest does not list/);
  });

  it('refuse a passage table in which the passages of one article are not consecutive rows', () => {
    const other: IndexedArticle = { ...article, id: 'other' };
    const interleaved = [passages[0]!, { ...passages[1]!, id: 'other#0.0', articleId: 'other' }, { ...passages[1]!, id: 'kyiv-report#2.0' }];
    expect(() => PassageTable.fromFiles(PassageTable.files(interleaved, [article, other]), [article, other])).toThrow(/kyiv-report are not consecutive rows/);
  });

  it('refuse postings that name a passage the index does not hold', () => {
    const stored = toLexicalFile(LexicalIndex.build(['troops', 'missiles']));
    const rows = stored.rows.map((row) => row + 5);
    expect(() => fromLexicalFile({ ...stored, rows })).toThrow(/names a passage the index does not hold/);
  });

  it('refuse postings out of row order, which the check of an article for a word relies on', () => {
    const stored = toLexicalFile(LexicalIndex.build(['troops', 'more troops']));
    expect(() => fromLexicalFile({ ...stored, rows: stored.rows.slice().reverse() })).toThrow(/postings of "troop" are not in ascending order/);
  });
});
