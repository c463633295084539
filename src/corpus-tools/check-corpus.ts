import { contentParagraphs } from '../corpus/content-paragraphs.js';
import { loadCorpus } from '../corpus/load.js';
import type { CorpusProblem } from '../corpus/problem.js';
import { articleUrlKey } from './article-url.js';
import { DEFAULT_SIMILARITY_THRESHOLD, findNearDuplicates } from './near-duplicates.js';

/** One row of the corpus:check table. */
export interface CheckRow {
  file: string;
  field: string | null;
  problem: string;
  fix: string;
}

export interface CorpusCheck {
  /** Files that parse as articles. */
  articles: number;
  rows: CheckRow[];
}

/**
 * Checks every article file of the corpus folder: what the indexer would reject (front matter, encoding,
 * empty body, clashing ids), plus what it would accept but should not: an article with no quotable paragraph,
 * two files with the same URL, and two files with nearly the same text.
 */
export async function checkCorpus(corpusDir: string, options: { threshold?: number } = {}): Promise<CorpusCheck> {
  const corpus = await loadCorpus(corpusDir);
  const rows = corpus.problems.map(parserRow);

  for (const article of corpus.articles) {
    if (contentParagraphs(article.body).length === 0) {
      rows.push({
        file: article.path,
        field: 'body',
        problem: 'no content paragraphs: every paragraph is a heading, a credit line or under 5 words',
        fix: 'put the article text in paragraphs separated by blank lines, or delete the file',
      });
    }
  }

  const firstWithUrl = new Map<string, string>();
  for (const article of corpus.articles) {
    if (article.url === null) continue;
    const key = articleUrlKey(article.url);
    const first = firstWithUrl.get(key);
    if (first === undefined) firstWithUrl.set(key, article.path);
    else rows.push({ file: article.path, field: 'url', problem: `same URL as ${first}`, fix: `keep one of ${first} and ${article.path}` });
  }

  const texts = corpus.articles.map((article) => ({
    key: article.path,
    text: contentParagraphs(article.body).map((p) => article.body.slice(p.start, p.end)).join('\n'),
  }));
  for (const pair of findNearDuplicates(texts, { threshold: options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD })) {
    rows.push({
      file: pair.second,
      field: 'body',
      problem: `text ${Math.floor(pair.similarity * 100)}% the same as ${pair.first}`,
      fix: `keep one of ${pair.first} and ${pair.second}, unless they are really different articles`,
    });
  }

  rows.sort((a, b) => a.file.localeCompare(b.file));
  return { articles: corpus.articles.length, rows };
}

// How to repair each field, for parser messages that say only what is wrong.
const FIELD_FIX: Record<string, string> = {
  'front matter': 'correct the YAML between the --- lines; put values with a colon or quotes in double quotes',
  title: 'give the article a title: line',
  publisher: 'write the publisher\'s name, or remove the line',
  author: 'write the author\'s name, or remove the line',
  url: 'write the full http(s) address, or remove the line',
  published: 'write the date as YYYY-MM-DD, or remove the line',
  language: 'write a language tag such as en or uk, or remove the line',
  body: 'put the article text after the closing ---',
};

// Parser messages read "what is wrong; what to do" where they know the fix: split them into the two columns
// (at a "; " outside parentheses, since a quoted YAML error may contain one).
function parserRow(problem: CorpusProblem): CheckRow {
  const split = topLevelSemicolon(problem.message);
  const what = split === -1 ? problem.message : problem.message.slice(0, split);
  const told = split === -1 ? null : problem.message.slice(split + 2);
  const fix =
    told === null ? (FIELD_FIX[problem.field ?? ''] ?? 'edit the file, then run corpus:check again')
    : told.startsWith('allowed:') ? `remove or rename the field (${told})`
    : told;
  return { file: problem.path, field: problem.field, problem: what, fix };
}

function topLevelSemicolon(message: string): number {
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const char = message[i];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && char === ';' && message[i + 1] === ' ') return i;
  }
  return -1;
}
