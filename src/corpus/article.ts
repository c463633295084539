import { z } from 'zod';

/** An article as the rest of the pipeline sees it: validated metadata plus the body exactly as written. */
export interface Article {
  /** File name without extension; stable across edits, used in passage ids. */
  id: string;
  /** Path relative to the corpus folder, for messages. */
  path: string;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  /** The article text, character for character as in the file; quotes are substrings of it. */
  body: string;
  /** sha256 of the file's bytes: a changed article gets a new hash. */
  contentHash: string;
}

/** Article metadata without the body, as the index stores and reports it. */
export type ArticleMeta = Omit<Article, 'body' | 'path' | 'contentHash'>;

const text = z.string().trim().min(1, 'must not be empty');

// YAML reads an unquoted 2024-10-23 as a Date; accept that and ISO strings, store YYYY-MM-DD or full ISO.
const isoDate = z
  .union([z.date(), z.iso.date(), z.iso.datetime({ offset: true })])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value));

/** Front matter of a corpus markdown file. Unknown fields are errors so that a typo cannot drop metadata. */
export const frontMatterSchema = z.strictObject({
  title: text,
  publisher: text.optional(),
  author: text.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  published: isoDate.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "uk"')
    .optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
