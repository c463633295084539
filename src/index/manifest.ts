import { z } from 'zod';

const nullableText = z.string().nullable();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const articleEntry = z.object({
  id: z.string(),
  title: z.string(),
  publisher: nullableText,
  author: nullableText,
  url: nullableText,
  published: nullableText,
  language: nullableText,
  contentHash: z.string(),
  passages: z.number().int().nonnegative(),
});

/** Thresholds fitted to one index, its model's cosine scale and its corpus's vocabulary (src/answer/calibration.ts). */
const calibrationSchema = z.object({
  /** How the thresholds were measured (CALIBRATION_VERSION in src/answer/calibration.ts); 1 for indexes that predate it. */
  version: z.number().int().default(1),
  /** A question whose vector comes less close than this to the corpus's direction is off-topic and refused. */
  onTopicAbove: z.number().min(-1).max(1),
  /** A passage holding at least this share of the question's word weight is relevant whatever its vector says. */
  coverageAbove: z.number().min(0).max(1),
  /** How many probe questions it was fitted on, and the highest relevance one of them reached. */
  probes: z.number().int().positive(),
  probeCoverageMax: z.number(),
});

/**
 * The one version of the whole on-disk format: this manifest and the layout of the three binary files. Bump it with
 * any change to either; an index of another version is unusable and gets rebuilt.
 * 4: little-endian arrays, no format tags inside the files, analyzer version recorded.
 * 5: the calibration of the refusal threshold.
 */
export const INDEX_FORMAT_VERSION = 5;

/** Describes one built index: what it was built from and with. Read from disk, so validated. */
export const manifestSchema = z.object({
  formatVersion: z.literal(INDEX_FORMAT_VERSION),
  model: z.string(),
  dimensions: z.number().int().positive(),
  chunkerVersion: z.number().int(),
  /** How passages were split into search terms (ANALYZER_VERSION in src/retrieval/terms.ts). */
  analyzerVersion: z.number().int(),
  corpusFingerprint: z.string(),
  builtAt: z.iso.datetime(),
  passages: z.number().int().nonnegative(),
  articles: z.array(articleEntry),
  skipped: z.array(z.object({ path: z.string(), field: z.string().nullable(), message: z.string() })),
  /** Thresholds fitted to this index's model and corpus when it was built (see src/index/calibration.ts). */
  calibration: calibrationSchema,
  /** SHA-256 of each binary file, checked on every load. */
  checksums: z.object({ passages: sha256, vectors: sha256, lexical: sha256 }),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type IndexedArticle = z.infer<typeof articleEntry>;
export type Calibration = z.infer<typeof calibrationSchema>;
