import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import type { z } from 'zod';
import type { EngineConfig } from '../config/engine-config.js';
import { loadEngineConfig } from '../config/engine-config.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Flags every engine command takes: where the corpus and the index are. */
export const locationFlags = {
  corpus: { type: 'string' },
  index: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/**
 * Runs a command-line entry point: loads .env, parses flags strictly and validates them with zod, then runs
 * `main`. Errors become one readable message on stderr and a non-zero exit code, never a stack trace.
 */
export async function runCli<S extends z.ZodType>(
  usage: string,
  options: ParseArgsConfig['options'],
  schema: S,
  main: (args: z.infer<S>, config: EngineConfig) => Promise<number>,
): Promise<void> {
  loadDotenv({ quiet: true });
  try {
    let parsed;
    try {
      parsed = parseArgs({ options: { ...options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (parsed.values.help) {
      process.stdout.write(`${usage}\n`);
      return;
    }
    const checked = schema.safeParse({ ...parsed.values, positionals: parsed.positionals });
    if (!checked.success) throw new UsageError(checked.error.issues.map((i) => i.message).join('; '));
    const base = loadEngineConfig();
    const values = checked.data as { corpus?: string; index?: string };
    const config = { ...base, corpusDir: values.corpus ?? base.corpusDir, indexDir: values.index ?? base.indexDir };
    process.exitCode = await main(checked.data, config);
  } catch (error) {
    const usageHint = error instanceof UsageError ? `\n${usage}` : '';
    process.stderr.write(`${(error as Error).message}${usageHint}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
