import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileDurably } from './durable-files.js';

// One index file: "CDXI", the byte length of a JSON header, the header, then typed arrays back to back, each
// starting at a multiple of 8 so that it can be viewed in place. Loading it allocates one buffer, not an object
// per number, which is what keeps a 100k-passage index small in memory and quick to open. Every number is
// little-endian, whatever the machine. The layout's version is the manifest's formatVersion.
const MAGIC = 'CDXI';
const PREFIX_BYTES = 8;
// The byte order of this machine's typed arrays: on a little-endian one (nearly all) they are stored and viewed
// as they are; on a big-endian one they are converted on the way in and out.
const HOST_IS_LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

type ArrayKind = 'f32' | 'u32' | 'u16' | 'u8';
type ArrayOf<K extends ArrayKind> = { f32: Float32Array; u32: Uint32Array; u16: Uint16Array; u8: Uint8Array }[K];

const BYTES: Record<ArrayKind, number> = { f32: 4, u32: 4, u16: 2, u8: 1 };

interface StoredHeader {
  content: unknown;
  arrays: { kind: ArrayKind; length: number }[];
}

type StoredArray = Float32Array | Uint32Array | Uint16Array | Uint8Array;

/** Writes the file, flushed to disk, and returns its SHA-256 (hex), which its reader must be given back. */
export async function writeBinaryFile(file: string, header: unknown, arrays: StoredArray[]): Promise<string> {
  const stored: StoredHeader = { content: header, arrays: arrays.map((array) => ({ kind: kindOf(array), length: array.length })) };
  const json = Buffer.from(JSON.stringify(stored));
  const prefix = Buffer.alloc(PREFIX_BYTES);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(json.length, 4);
  const parts: Uint8Array[] = [prefix, json];
  let offset = PREFIX_BYTES + json.length;
  for (const array of arrays) {
    const padding = align(offset) - offset;
    parts.push(Buffer.alloc(padding), littleEndianBytes(array));
    offset += padding + array.byteLength;
  }
  await writeFileDurably(file, parts);
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/**
 * Reads a file written by writeBinaryFile whose arrays are of the kinds given, in that order. Throws, naming what
 * is wrong, when its bytes are not those writeBinaryFile hashed (a changed letter in a passage would otherwise be
 * quoted as the article's words), or when it is cut short, padded, or of another layout.
 */
export async function readBinaryFile<const K extends readonly ArrayKind[]>(
  file: string,
  kinds: K,
  sha256: string,
): Promise<{ header: unknown; arrays: { [I in keyof K]: ArrayOf<K[I]> } }> {
  const bytes = await readFile(file);
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new Error(`${path.basename(file)} does not match the checksum recorded when it was written: it was changed or damaged since`);
  }
  if (bytes.length < PREFIX_BYTES || bytes.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${file} is not an index file`);
  const headerEnd = PREFIX_BYTES + bytes.readUInt32LE(4);
  if (headerEnd > bytes.length) throw new Error(`${file} is cut short inside its header`);
  const stored = JSON.parse(bytes.toString('utf8', PREFIX_BYTES, headerEnd)) as StoredHeader;
  if (stored.arrays.length !== kinds.length || stored.arrays.some((array, i) => array.kind !== kinds[i])) {
    throw new Error(`${file} holds arrays of kinds ${stored.arrays.map((a) => a.kind).join(', ')}, not ${kinds.join(', ')}`);
  }
  // A view needs an aligned start; a buffer from a pool may not give one, and is then copied once.
  const whole = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  let offset = headerEnd;
  const arrays = stored.arrays.map(({ kind, length }) => {
    offset = align(offset);
    const end = offset + length * BYTES[kind];
    if (end > whole.length) throw new Error(`${file} is cut short: it ends at byte ${whole.length}, its arrays at ${end}`);
    const array = HOST_IS_LITTLE_ENDIAN ? view(kind, whole.buffer, whole.byteOffset + offset, length) : fromLittleEndian(kind, whole, offset, length);
    offset = end;
    return array;
  });
  if (offset !== whole.length) throw new Error(`${file} has ${whole.length - offset} bytes after its last array`);
  return { header: stored.content, arrays: arrays as unknown as { [I in keyof K]: ArrayOf<K[I]> } };
}

function align(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

function kindOf(array: StoredArray): ArrayKind {
  if (array instanceof Float32Array) return 'f32';
  if (array instanceof Uint32Array) return 'u32';
  if (array instanceof Uint16Array) return 'u16';
  return 'u8';
}

function littleEndianBytes(array: StoredArray): Uint8Array {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  if (HOST_IS_LITTLE_ENDIAN || array.BYTES_PER_ELEMENT === 1) return bytes;
  const swapped = new Uint8Array(bytes.length);
  const data = new DataView(swapped.buffer);
  array.forEach((value: number, i: number) => {
    if (array instanceof Float32Array) data.setFloat32(i * 4, value, true);
    else if (array instanceof Uint32Array) data.setUint32(i * 4, value, true);
    else data.setUint16(i * 2, value, true);
  });
  return swapped;
}

function fromLittleEndian(kind: ArrayKind, bytes: Buffer, offset: number, length: number): StoredArray {
  const data = new DataView(bytes.buffer, bytes.byteOffset + offset, length * BYTES[kind]);
  switch (kind) {
    case 'f32':
      return Float32Array.from({ length }, (_, i) => data.getFloat32(i * 4, true));
    case 'u32':
      return Uint32Array.from({ length }, (_, i) => data.getUint32(i * 4, true));
    case 'u16':
      return Uint16Array.from({ length }, (_, i) => data.getUint16(i * 2, true));
    case 'u8':
      return new Uint8Array(bytes.buffer, bytes.byteOffset + offset, length);
  }
}

function view(kind: ArrayKind, buffer: ArrayBufferLike, byteOffset: number, length: number): StoredArray {
  switch (kind) {
    case 'f32':
      return new Float32Array(buffer, byteOffset, length);
    case 'u32':
      return new Uint32Array(buffer, byteOffset, length);
    case 'u16':
      return new Uint16Array(buffer, byteOffset, length);
    case 'u8':
      return new Uint8Array(buffer, byteOffset, length);
  }
}
