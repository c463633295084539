import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';

const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);

/** This user may not write INDEX_DIR (its permissions, or a read-only file system), so no build can be published. */
export class IndexNotWritableError extends Error {
  override name = 'IndexNotWritableError';
  constructor(readonly indexDir: string) {
    super(
      `INDEX_DIR ${indexDir} is not writable by this user, so the index cannot be rebuilt. Run the reindex as the ` +
        'user that owns it, give this user write access to it, or set INDEX_DIR (or --index) to a folder this user can write.',
    );
  }
}

/** Was this file-system error a refusal to write? */
export function isWriteDenied(error: unknown): boolean {
  return DENIED.has((error as NodeJS.ErrnoException).code ?? '');
}

/** Can this user create and replace files in `indexDir` (or create it, when it does not exist yet)? */
export async function canWriteIndexDir(indexDir: string): Promise<boolean> {
  for (let dir = path.resolve(indexDir); ; dir = path.dirname(dir)) {
    try {
      await access(dir, constants.W_OK);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Not there yet: whether it can be made depends on the nearest folder that is.
      if (code === 'ENOENT' && dir !== path.dirname(dir)) continue;
      if (isWriteDenied(error)) return false;
      throw error;
    }
  }
}
