import { open } from 'node:fs/promises';

// A build is published by a rename; without these, a power cut soon after could leave `current` pointing at a
// folder whose files the disk never received.

/** Writes a file from its parts, in order, and flushes it to disk before returning. */
export async function writeFileDurably(file: string, parts: readonly Uint8Array[]): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const part of parts) {
      for (let done = 0; done < part.length; ) done += (await handle.write(part, done, part.length - done)).bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries (files created, renamed or removed in it) to disk. */
export async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
