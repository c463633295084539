import { z } from 'zod';

export const DEFAULT_EMBEDDING_MODEL = 'Xenova/all-MiniLM-L6-v2';

const engineEnvSchema = z.object({
  CORPUS_DIR: z.string().min(1).default('corpus'),
  INDEX_DIR: z.string().min(1).default('.index'),
  MODELS_DIR: z.string().min(1).default('models'),
  EMBEDDING_MODEL: z.string().min(1).default(DEFAULT_EMBEDDING_MODEL),
  MODEL_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  ALLOW_MODEL_DOWNLOAD: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
});

/** Where the engine reads and writes, and which model it prefers. */
export interface EngineConfig {
  corpusDir: string;
  indexDir: string;
  modelsDir: string;
  model: string;
  fetchTimeoutMs: number;
  /** False: never contact the model hub (air-gapped hosts, tests); only models already in modelsDir load. */
  allowModelDownload: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the engine's variables (see .env.example); a bad value names the variable and what it must be. */
export function loadEngineConfig(env: NodeJS.ProcessEnv = process.env): EngineConfig {
  const parsed = engineEnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeEnvIssues(parsed.error));
  const e = parsed.data;
  return {
    corpusDir: e.CORPUS_DIR,
    indexDir: e.INDEX_DIR,
    modelsDir: e.MODELS_DIR,
    model: e.EMBEDDING_MODEL,
    fetchTimeoutMs: e.MODEL_FETCH_TIMEOUT_MS,
    allowModelDownload: e.ALLOW_MODEL_DOWNLOAD === 'true',
  };
}

/**
 * Validates the variables a schema reads, where an empty string in .env means "not set", as for any optional
 * variable; a bad value raises ConfigError naming it and .env.example.
 */
export function parseOptionalEnv<Schema extends z.ZodType>(schema: Schema, env: NodeJS.ProcessEnv): z.output<Schema> {
  const parsed = schema.safeParse(presentVariables(env));
  if (!parsed.success) throw new ConfigError(describeEnvIssues(parsed.error));
  return parsed.data;
}

/** The variables that are set: an empty string in .env means "not set". */
export function presentVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
}

/** One line per bad variable, each naming it and pointing at .env.example. */
export function describeEnvIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.')}: ${issue.message}. Set it in .env (see .env.example).`)
    .join('\n');
}
