import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from './article.js';
import { parseArticleFile } from './parse.js';
import type { CorpusProblem } from './problem.js';

export interface Corpus {
  articles: Article[];
  /** Files that were skipped, each with the reason. */
  problems: CorpusProblem[];
  /** Hash over every article file's name and bytes, valid or not: any edit to the folder changes it. */
  fingerprint: string;
}

const ARTICLE_FILE = /\.(md|txt)$/;

/** Reads every .md and .txt file of the corpus folder (not recursive), in file-name order. */
export async function loadCorpus(corpusDir: string): Promise<Corpus> {
  let names: string[];
  try {
    names = (await readdir(corpusDir)).filter((name) => ARTICLE_FILE.test(name) && name.toLowerCase() !== 'readme.md');
  } catch (error) {
    throw new Error(
      `Cannot read the corpus folder ${corpusDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); ` +
        'create it or point CORPUS_DIR / --corpus at the folder of articles.',
    );
  }
  const articles: Article[] = [];
  const problems: CorpusProblem[] = [];
  const seenIds = new Map<string, string>();
  const fingerprint = createHash('sha256');
  for (const name of names.sort()) {
    const bytes = await readFile(path.join(corpusDir, name));
    fingerprint.update(`${name}\0${bytes.length}\0`).update(bytes);
    const result = parseArticleFile(name, bytes);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const clash = seenIds.get(result.article.id);
    if (clash) {
      problems.push({ path: name, field: null, message: `has the same article id as ${clash}; rename one of them` });
      continue;
    }
    seenIds.set(result.article.id, name);
    articles.push(result.article);
  }
  return { articles, problems, fingerprint: fingerprint.digest('hex') };
}
