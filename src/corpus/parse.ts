import { createHash } from 'node:crypto';
import path from 'node:path';
import matter from 'gray-matter';
import type { Article } from './article.js';
import { frontMatterSchema } from './article.js';
import type { CorpusProblem } from './problem.js';

export type ParseResult = { ok: true; article: Article } | { ok: false; problems: CorpusProblem[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Turns one corpus file's bytes into an article, or says precisely what is wrong with it. */
export function parseArticleFile(relativePath: string, bytes: Uint8Array): ParseResult {
  const fail = (message: string, field: string | null = null): ParseResult => ({
    ok: false,
    problems: [{ path: relativePath, field, message }],
  });
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    return fail('is not valid UTF-8; re-save the file as UTF-8');
  }
  const id = path.basename(relativePath).replace(/\.(md|txt)$/, '');
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const extension = path.extname(relativePath);

  let frontMatter: unknown;
  let body: string;
  if (extension === '.txt') {
    const newline = raw.indexOf('\n');
    frontMatter = { title: (newline === -1 ? raw : raw.slice(0, newline)).trim() };
    body = newline === -1 ? '' : raw.slice(newline + 1);
  } else {
    try {
      // An empty options object keeps gray-matter from caching by content, which would share parsed objects.
      const parsed = matter(raw, {});
      frontMatter = parsed.data;
      body = parsed.content;
    } catch (error) {
      return fail(`front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`, 'front matter');
    }
    if (!raw.startsWith('---')) return fail('has no YAML front matter; start the file with ---, a title: line and ---');
  }

  const checked = frontMatterSchema.safeParse(frontMatter);
  if (!checked.success) {
    return {
      ok: false,
      problems: checked.error.issues.map((issue) => ({
        path: relativePath,
        field: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : null),
        message: issue.code === 'unrecognized_keys' ? `unknown field; allowed: ${ALLOWED_FIELDS}` : issue.message,
      })),
    };
  }
  if (body.trim() === '') return fail('has no article text after the front matter', 'body');

  const meta = checked.data;
  return {
    ok: true,
    article: {
      id,
      path: relativePath,
      title: meta.title,
      publisher: meta.publisher ?? null,
      author: meta.author ?? null,
      url: meta.url ?? null,
      published: meta.published ?? null,
      language: meta.language ?? null,
      body,
      contentHash,
    },
  };
}

const ALLOWED_FIELDS = Object.keys(frontMatterSchema.shape).join(', ');
