// A child process that contends for the writer lock when its parent says so (tests/writer-lock.test.ts). At the
// moment given, it tries to become the writer of `indexDir` without waiting; as the writer it marks the folder as
// held by creating a file that must not exist yet, keeps it for `holdMs`, and removes it.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IndexLockedError, withWriterLock } from '../../src/index/writer-lock.js';

export interface Contend {
  indexDir: string;
  at: number;
  holdMs: number;
}

export type Outcome = 'held' | 'refused' | 'overlapped';

process.on('message', (message: Contend) => {
  const reply = (outcome: string) => process.send!(outcome);
  setTimeout(() => void contend(message).then(reply, (error: Error) => reply(`failed: ${error.stack}`)), Math.max(0, message.at - Date.now()));
});

async function contend({ indexDir, holdMs }: Contend): Promise<Outcome> {
  const marker = path.join(indexDir, 'held-by-a-writer');
  try {
    return await withWriterLock(indexDir, async () => {
      try {
        await writeFile(marker, String(process.pid), { flag: 'wx' });
      } catch {
        return 'overlapped';
      }
      await new Promise((resolve) => setTimeout(resolve, holdMs));
      await rm(marker);
      return 'held';
    });
  } catch (error) {
    if (error instanceof IndexLockedError) return 'refused';
    throw error;
  }
}
