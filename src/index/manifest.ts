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

/** Describes one built index: what it was built from and with. Read from disk, so validated. */
export const manifestSchema = z.object({
  // 3: passages, vectors and BM25 postings in binary files. An index of another format is unusable and gets rebuilt.
  formatVersion: z.literal(3),
  model: z.string(),
  dimensions: z.number().int().positive(),
  chunkerVersion: z.number().int(),
  corpusFingerprint: z.string(),
  builtAt: z.iso.datetime(),
  passages: z.number().int().nonnegative(),
  articles: z.array(articleEntry),
  skipped: z.array(z.object({ path: z.string(), field: z.string().nullable(), message: z.string() })),
  /** SHA-256 of each binary file, checked on every load. */
  checksums: z.object({ passages: sha256, vectors: sha256, lexical: sha256 }),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type IndexedArticle = z.infer<typeof articleEntry>;
