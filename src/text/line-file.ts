import { fstatSync, openSync, readSync } from 'node:fs';

/**
 * Lines of a large ASCII text file read in place, without loading it: the line at a byte offset, and, in a file
 * whose lines are sorted bytewise, the lines that start with a prefix (by binary search over byte offsets). The file
 * stays open for the life of the process.
 */
export interface LineFile {
  lineAt(offset: number): string;
  linesStartingWith(prefix: string): string[];
}

// Most WordNet lines are under 100 bytes; the rare longer one (up to ~13 kB in data.noun) is read in more steps.
const READ_SIZE = 512;
const NEWLINE = 0x0a;

/**
 * Reads are synchronous on purpose: a lookup is a few dozen reads of a page-cached file, microseconds each, far
 * cheaper than a round trip through libuv's thread pool per read.
 */
export function openLineFile(path: string): LineFile {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  const buffer = Buffer.allocUnsafe(READ_SIZE);

  /** Byte offset of the first line that starts at or after `position`. */
  function lineStartFrom(position: number): number {
    if (position === 0) return 0;
    for (let at = position - 1; at < size; at += READ_SIZE) {
      const read = readSync(fd, buffer, 0, READ_SIZE, at);
      const newline = buffer.subarray(0, read).indexOf(NEWLINE);
      if (newline >= 0) return at + newline + 1;
    }
    return size;
  }

  function lineAt(offset: number): string {
    const parts: Buffer[] = [];
    for (let at = offset; at < size; at += READ_SIZE) {
      const read = readSync(fd, buffer, 0, READ_SIZE, at);
      const newline = buffer.subarray(0, read).indexOf(NEWLINE);
      parts.push(Buffer.from(buffer.subarray(0, newline >= 0 ? newline : read)));
      if (newline >= 0) break;
    }
    return Buffer.concat(parts).toString('latin1');
  }

  function firstLineNotBefore(prefix: string): number {
    // Invariant: every line starting before `low` sorts before `prefix`, and the first line that does not starts
    // at or before lineStartFrom(high).
    let low = 0;
    let high = size;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const start = lineStartFrom(middle);
      if (start >= size) {
        high = middle;
        continue;
      }
      const line = lineAt(start);
      if (line >= prefix) high = middle;
      else low = Math.min(start + line.length + 1, high);
    }
    return lineStartFrom(low);
  }

  return {
    lineAt,
    linesStartingWith(prefix) {
      const lines: string[] = [];
      for (let at = firstLineNotBefore(prefix); at < size; ) {
        const line = lineAt(at);
        if (!line.startsWith(prefix)) break;
        lines.push(line);
        at += line.length + 1;
      }
      return lines;
    },
  };
}
