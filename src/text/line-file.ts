import { fstatSync, openSync, readSync } from 'node:fs';

/**
 * Lines of a large ASCII text file read in place, without loading it: the line at a byte offset, and, in a file
 * whose lines are sorted bytewise, the lines that start with a prefix. The file stays open for the life of the
 * process.
 */
export interface LineFile {
  lineAt(offset: number): string;
  linesStartingWith(prefix: string): string[];
}

// A read of a page-cached file costs about the same for 4 kB as for 100 bytes. Most WordNet lines are under 100
// bytes; the rare longer one (up to ~13 kB in data.noun) is read in more steps.
const READ_SIZE = 4096;
// One line sampled per kilobyte: a lookup then scans about a dozen index.sense lines, and the samples of that
// 7.3 MB file take about half a megabyte.
const SAMPLE_EVERY = 1024;
// The first scan, which samples one line per block, reads this much at a time.
const SCAN_SIZE = 1 << 16;
const NEWLINE = 0x0a;

/** The first line starting in each SAMPLE_EVERY bytes of a sorted file, in file order: what a lookup searches first. */
interface BlockSamples {
  lines: string[];
  starts: number[];
}

/**
 * Reads are synchronous on purpose: a lookup is one or two reads of a page-cached file, microseconds each, far
 * cheaper than a round trip through libuv's thread pool.
 */
export function openLineFile(path: string): LineFile {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  const buffer = Buffer.allocUnsafe(READ_SIZE);
  let samples: BlockSamples | undefined;

  /** The lines from a byte offset on, each valid only until the next is asked for (they share one buffer). */
  function* linesFrom(offset: number): Generator<Buffer> {
    let pending: Buffer[] = [];
    for (let at = offset; at < size; ) {
      const chunk = buffer.subarray(0, readSync(fd, buffer, 0, READ_SIZE, at));
      at += chunk.length;
      let lineStart = 0;
      for (let newline = chunk.indexOf(NEWLINE); newline >= 0; newline = chunk.indexOf(NEWLINE, lineStart)) {
        const line = chunk.subarray(lineStart, newline);
        yield pending.length === 0 ? line : Buffer.concat([...pending, line]);
        pending = [];
        lineStart = newline + 1;
      }
      if (lineStart < chunk.length) pending.push(Buffer.from(chunk.subarray(lineStart)));
    }
    if (pending.length > 0) yield Buffer.concat(pending);
  }

  function blockSamples(): BlockSamples {
    const found: BlockSamples = { lines: [], starts: [] };
    const scan = Buffer.allocUnsafe(SCAN_SIZE);
    let lineStart = 0;
    let sampledBlock = -1;
    for (let at = 0; at < size; ) {
      const read = readSync(fd, scan, 0, SCAN_SIZE, at);
      for (let newline = scan.indexOf(NEWLINE); newline >= 0 && newline < read; newline = scan.indexOf(NEWLINE, newline + 1)) {
        if (Math.floor(lineStart / SAMPLE_EVERY) > sampledBlock) {
          sampledBlock = Math.floor(lineStart / SAMPLE_EVERY);
          found.starts.push(lineStart);
          found.lines.push(lineStart >= at ? scan.toString('latin1', lineStart - at, newline) : lineAt(lineStart));
        }
        lineStart = at + newline + 1;
      }
      at += read;
    }
    if (lineStart < size && Math.floor(lineStart / SAMPLE_EVERY) > sampledBlock) {
      found.starts.push(lineStart);
      found.lines.push(lineAt(lineStart));
    }
    return found;
  }

  function lineAt(offset: number): string {
    for (const line of linesFrom(offset)) return line.toString('latin1');
    return '';
  }

  return {
    lineAt,
    linesStartingWith(prefix) {
      samples ??= blockSamples();
      // The last sampled line that sorts before the prefix: the lines wanted start after it, within its block or
      // just beyond.
      let low = 0;
      let high = samples.lines.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (samples.lines[middle]! < prefix) low = middle + 1;
        else high = middle;
      }
      // Compared as bytes in place: most lines scanned come before the prefix and need never become strings.
      const wanted = Buffer.from(prefix, 'latin1');
      const lines: string[] = [];
      for (let at = low === 0 ? 0 : samples.starts[low - 1]!; at < size; ) {
        const chunk = buffer.subarray(0, readSync(fd, buffer, 0, READ_SIZE, at));
        let lineStart = 0;
        for (let newline = chunk.indexOf(NEWLINE); newline >= 0; newline = chunk.indexOf(NEWLINE, lineStart)) {
          const order = orderAgainstPrefix(chunk, lineStart, newline, wanted);
          if (order > 0) return lines;
          if (order === 0) lines.push(chunk.toString('latin1', lineStart, newline));
          lineStart = newline + 1;
        }
        if (lineStart === 0) {
          // A line longer than one read.
          const line = lineAt(at);
          if (line.startsWith(prefix)) lines.push(line);
          else if (line > prefix) return lines;
          lineStart = line.length + 1;
        }
        at += lineStart;
      }
      return lines;
    },
  };
}

/** Whether the line at `start..end` of `bytes` sorts before `prefix` (-1), starts with it (0) or sorts after it (1). */
function orderAgainstPrefix(bytes: Buffer, start: number, end: number, prefix: Buffer): number {
  for (let index = 0; index < prefix.length; index++) {
    if (start + index >= end) return -1;
    const difference = bytes[start + index]! - prefix[index]!;
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  return 0;
}
