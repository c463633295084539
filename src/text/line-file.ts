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

// A read of a page-cached file costs about the same for 4 kB as for 100 bytes; most WordNet lines are under
// 100 bytes, and the rare longer one (up to ~13 kB in data.noun) is read in more steps.
const READ_SIZE = 4096;
const NEWLINE = 0x0a;

/**
 * Reads are synchronous on purpose: a lookup is a few dozen reads of a page-cached file, microseconds each, far
 * cheaper than a round trip through libuv's thread pool per read.
 */
export function openLineFile(path: string): LineFile {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  const buffer = Buffer.allocUnsafe(READ_SIZE);

  function read(position: number): Buffer {
    return buffer.subarray(0, readSync(fd, buffer, 0, READ_SIZE, position));
  }

  function lineAt(offset: number): string {
    const parts: Buffer[] = [];
    for (let at = offset; at < size; at += READ_SIZE) {
      const chunk = read(at);
      const newline = chunk.indexOf(NEWLINE);
      parts.push(Buffer.from(newline >= 0 ? chunk.subarray(0, newline) : chunk));
      if (newline >= 0) break;
    }
    return Buffer.concat(parts).toString('latin1');
  }

  /** The first whole line starting at or after `position`, with its offset; null past the last line. */
  function lineFrom(position: number): { start: number; line: string } | null {
    let start = position;
    if (position > 0) {
      const chunk = read(position - 1);
      if (chunk.length === 0) return null;
      const newline = chunk.indexOf(NEWLINE);
      if (newline < 0) return lineFrom(position - 1 + chunk.length + 1);
      start = position + newline;
      const end = chunk.indexOf(NEWLINE, newline + 1);
      if (end >= 0) return { start, line: chunk.toString('latin1', newline + 1, end) };
    }
    return start < size ? { start, line: lineAt(start) } : null;
  }

  function firstLineNotBefore(prefix: string): number {
    // Invariant: every line starting before `low` sorts before `prefix`, and the first line that does not starts
    // no later than the first line starting at or after `high`.
    let low = 0;
    let high = size;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const found = lineFrom(middle);
      if (found === null || found.line >= prefix) high = middle;
      else low = Math.min(found.start + found.line.length + 1, high);
    }
    return lineFrom(low)?.start ?? size;
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
