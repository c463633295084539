import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus } from '../corpus/load.js';
import { parseArticleFile } from '../corpus/parse.js';
import { describeProblem } from '../corpus/problem.js';
import { countWords } from '../text/words.js';
import type { ArticleFields } from './article-markdown.js';
import { renderArticleMarkdown } from './article-markdown.js';
import { articleUrlKey } from './article-url.js';
import { decodeHtml } from './decode-html.js';
import type { ExtractedArticle } from './extract-article.js';
import { extractArticle, NotAnArticleError } from './extract-article.js';
import type { FetchPageOptions } from './fetch-page.js';
import { DEFAULT_MAX_PAGE_BYTES, fetchPage } from './fetch-page.js';
import { slugFromTitle } from './slug.js';

export interface AddArticleOptions {
  corpusDir: string;
  /** Overrides what the page states. */
  publisher?: string;
  published?: string;
  /** Replace an existing article with the same URL or file name. */
  force?: boolean;
  fetch?: FetchPageOptions;
}

export interface AddedArticle {
  fields: ArticleFields;
  paragraphs: number;
  words: number;
}

export type AddArticleOutcome =
  | (AddedArticle & { status: 'written'; file: string; replaced: boolean })
  | (AddedArticle & { status: 'refused'; reason: 'url' | 'slug'; file: string; clashTitle: string | null });

/**
 * Adds one article to the corpus from a URL or a saved HTML page: extracts it, writes <slug>.md and returns
 * what it wrote, or refuses (without writing) when the corpus already holds its URL or file name.
 */
export async function addArticle(source: string, options: AddArticleOptions): Promise<AddArticleOutcome> {
  const page = await loadPage(source, options.fetch);
  const extracted = extractFrom(page, source);

  const fields: ArticleFields = {
    title: extracted.title,
    publisher: options.publisher ?? extracted.publisher,
    author: extracted.author,
    url: extracted.url,
    published: options.published ?? extracted.published,
    language: extracted.language,
  };
  const slug = slugFromTitle(fields.title);
  const markdown = renderArticleMarkdown(fields, extracted.paragraphs, `Added with npm run corpus:add from ${page.label}; fields the page does not state are left out.`);
  // The file must load exactly as the indexer will read it; a failure here is a bug in corpus:add, not in the page.
  const check = parseArticleFile(`${slug}.md`, Buffer.from(markdown));
  if (!check.ok) throw new Error(`corpus:add produced a file the corpus parser rejects: ${check.problems.map(describeProblem).join('; ')}`);
  const added: AddedArticle = {
    fields,
    paragraphs: extracted.paragraphs.length,
    words: countWords(check.article.body),
  };

  const corpus = await loadCorpus(options.corpusDir);
  const keys = new Set([fields.url, page.fetchedFrom].filter((url): url is string => Boolean(url)).map(articleUrlKey));
  const sameUrl = corpus.articles.find((article) => article.url !== null && keys.has(articleUrlKey(article.url)));
  const names = await readdir(options.corpusDir);
  const target = sameUrl?.path ?? `${slug}.md`;
  if (sameUrl) {
    if (!options.force) return { ...added, status: 'refused', reason: 'url', file: sameUrl.path, clashTitle: sameUrl.title };
  } else {
    // A .txt file of the same name would give two articles one id, so --force replaces .md files only.
    const clash = names.find((name) => name === `${slug}.txt`) ?? names.find((name) => name === target);
    if (clash && (!options.force || clash.endsWith('.txt'))) {
      const title = corpus.articles.find((article) => article.path === clash)?.title ?? null;
      return { ...added, status: 'refused', reason: 'slug', file: clash, clashTitle: title };
    }
  }
  try {
    await writeFile(path.join(options.corpusDir, target), markdown, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { ...added, status: 'refused', reason: 'slug', file: target, clashTitle: null };
  }
  return { ...added, status: 'written', file: target, replaced: names.includes(target) };
}

interface LoadedPage {
  html: string;
  /** Resolves the page's relative links; an http(s) base also stands in for a missing canonical URL. */
  baseUrl: string;
  /** The address the user gave, for the duplicate check; null for a file. */
  fetchedFrom: string | null;
  /** How the provenance comment names the source: the URL, or the file name without its local folders. */
  label: string;
}

function extractFrom(page: LoadedPage, source: string): ExtractedArticle {
  try {
    return extractArticle(page.html, page.baseUrl);
  } catch (error) {
    if (!(error instanceof NotAnArticleError)) throw error;
    throw new Error(
      `${source} is not an article: ${error.message}. If the page builds its text with JavaScript or sits behind a consent wall, open it in a browser, save it as HTML and pass the file.`,
    );
  }
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
const FILE_ERRORS: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'it is a folder', EACCES: 'permission denied' };

async function loadPage(source: string, fetchOptions: FetchPageOptions = {}): Promise<LoadedPage> {
  if (URL_LIKE.test(source)) {
    const page = await fetchPage(source, fetchOptions);
    return { html: page.html, baseUrl: page.url, fetchedFrom: source, label: source };
  }
  const file = path.resolve(source);
  const maxBytes = fetchOptions.maxBytes ?? DEFAULT_MAX_PAGE_BYTES;
  try {
    if ((await stat(file)).size > maxBytes) throw new Error(`${source} is larger than ${maxBytes} bytes, too large for one article page.`);
    return { html: decodeHtml(await readFile(file)), baseUrl: pathToFileURL(file).href, fetchedFrom: null, label: path.basename(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const why = FILE_ERRORS[code] ?? code;
    throw new Error(`Cannot read ${source} (${why}); pass an http(s) URL or the path of a saved .html page.`);
  }
}
