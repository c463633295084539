import { access, cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article } from '../corpus/article.js';
import { loadCorpus } from '../corpus/load.js';
import { describeProblem } from '../corpus/problem.js';

/** A throwaway corpus (the articles of the folders a question set names) and an index folder for it. */
export interface EvalWorkspace {
  corpusDir: string;
  indexDir: string;
  /** The articles copied, as loaded from the copy: quotes are checked against these bodies. */
  articles: Article[];
  /** Deletes the corpus copy and the index. */
  dispose(): Promise<void>;
}

/**
 * Copies the articles of every folder into one new temporary corpus folder, with an empty index folder beside it,
 * so that the evaluation indexes exactly those articles and never writes to a real corpus or index. Fails, naming
 * the file, when an article is invalid or two folders hold the same article id: an article silently left out would
 * skew every figure.
 */
export async function prepareEvalWorkspace(corpusDirs: string[]): Promise<EvalWorkspace> {
  const sources = [];
  for (const dir of corpusDirs) {
    try {
      await access(dir);
    } catch (error) {
      throw new Error(`Cannot read the article folder ${dir} that the question set names (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    }
    const loaded = await loadCorpus(dir);
    if (loaded.problems.length > 0) {
      throw new Error(`Invalid evaluation article(s) in ${dir}:\n${loaded.problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
    }
    if (loaded.articles.length === 0) throw new Error(`The article folder ${dir} holds no article.`);
    sources.push({ dir, articles: loaded.articles });
  }
  const seen = new Map<string, string>();
  for (const { dir, articles } of sources) {
    for (const article of articles) {
      const other = seen.get(article.id);
      if (other) throw new Error(`The article id ${article.id} is in both ${other} and ${dir}; rename one of the files.`);
      seen.set(article.id, dir);
    }
  }
  const root = await mkdtemp(path.join(tmpdir(), 'conflict-desk-eval-'));
  const dispose = () => rm(root, { recursive: true, force: true });
  try {
    const corpusDir = path.join(root, 'corpus');
    for (const { dir, articles } of sources) {
      for (const article of articles) {
        const target = path.join(corpusDir, article.path);
        await mkdir(path.dirname(target), { recursive: true });
        await cp(path.join(dir, article.path), target, { errorOnExist: true, force: false });
      }
    }
    const copied = await loadCorpus(corpusDir);
    if (copied.problems.length > 0 || copied.articles.length !== seen.size) {
      throw new Error(`The article folders clash when put together:\n${copied.problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
    }
    return { corpusDir, indexDir: path.join(root, 'index'), articles: copied.articles, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
