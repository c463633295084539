import { access, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../corpus/load.js';
import { describeProblem } from '../corpus/problem.js';

/** A throwaway corpus (the real one plus the fixtures) and an index folder for it; `dispose` deletes both. */
export interface EvalWorkspace {
  corpusDir: string;
  indexDir: string;
  /** How many fixture articles were added to the corpus. */
  fixtureArticles: number;
  dispose(): Promise<void>;
}

/**
 * Copies the corpus folder and the fixture articles into a new temporary folder, with an empty index folder beside
 * it, so that the evaluation never writes to the real corpus or index. Fails, naming the file, when a fixture is
 * invalid or would replace or clash with a corpus article: a fixture silently left out would skew every figure.
 */
export async function prepareEvalWorkspace(corpusDir: string, fixturesDir: string): Promise<EvalWorkspace> {
  try {
    await access(fixturesDir);
  } catch (error) {
    throw new Error(`Cannot read the fixtures folder ${fixturesDir} that the question set names (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  const fixtures = await loadCorpus(fixturesDir);
  if (fixtures.problems.length > 0) {
    throw new Error(`Invalid evaluation fixture(s) in ${fixturesDir}:\n${fixtures.problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
  }
  if (fixtures.articles.length === 0) throw new Error(`The fixtures folder ${fixturesDir} holds no article.`);
  const root = await mkdtemp(path.join(tmpdir(), 'conflict-desk-eval-'));
  const dispose = () => rm(root, { recursive: true, force: true });
  try {
    const workspace = { corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), fixtureArticles: fixtures.articles.length, dispose };
    await cp(corpusDir, workspace.corpusDir, { recursive: true });
    for (const article of fixtures.articles) {
      const target = path.join(workspace.corpusDir, article.path);
      try {
        await cp(path.join(fixturesDir, article.path), target, { force: false, errorOnExist: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ERR_FS_CP_EEXIST') throw error;
        throw new Error(`The fixture ${article.path} has the same file name as a corpus article; rename the fixture.`);
      }
    }
    // Same id from another extension (a.md beside a.txt): the loader keeps one of the two and reports the other.
    const [original, merged] = await Promise.all([loadCorpus(corpusDir), loadCorpus(workspace.corpusDir)]);
    if (merged.articles.length !== original.articles.length + fixtures.articles.length) {
      const known = new Set(original.problems.map(describeProblem));
      const clashes = merged.problems.map(describeProblem).filter((line) => !known.has(line));
      throw new Error(`The fixtures clash with the corpus:\n${clashes.map((line) => `  ${line}`).join('\n')}`);
    }
    return workspace;
  } catch (error) {
    await dispose();
    throw error;
  }
}
