import type { Answer } from '../answer/answer.js';
import { answerQuestion } from '../answer/engine.js';
import { InvalidQuestionError } from '../answer/question.js';
import type { ScoringProfile, Stage } from '../answer/scoring-profile.js';
import { DEFAULT_PROFILE, STAGES, withoutStage } from '../answer/scoring-profile.js';
import type { EngineConfig } from '../config/engine-config.js';
import type { Article } from '../corpus/article.js';
import type { Embedder } from '../embedding/embedder.js';
import type { PassageIndex } from '../index/open.js';
import { refreshIndex } from '../index/refresh.js';
import { prepareEvalWorkspace } from './eval-corpus.js';
import type { QuestionOutcome } from './metrics.js';
import { scoreAnswer } from './metrics.js';
import type { EvalQuestion, QuestionSet } from './question-set.js';

/** One way of answering: the shipped profile, or the shipped profile with one stage switched off. */
export interface Setup {
  name: string;
  /** The stage switched off; null for the shipped profile. */
  stage: Stage | null;
  profile: ScoringProfile;
}

export const SHIPPED: Setup = { name: 'shipped', stage: null, profile: DEFAULT_PROFILE };

/** The ablation: the shipped profile first, then one row per stage switched off. */
export const ABLATION_SETUPS: Setup[] = [
  SHIPPED,
  ...STAGES.map((stage) => ({ name: `without ${stage}`, stage, profile: withoutStage(DEFAULT_PROFILE, stage) })),
];

/** A suite's articles indexed in a temporary folder, ready to be asked; `dispose` deletes the folder. */
export interface SuiteIndex {
  index: PassageIndex;
  embedder: Embedder;
  articles: Article[];
  dispose(): Promise<void>;
}

/**
 * Copies the articles the question set names (else the configured corpus) into a temporary folder and indexes
 * them there with the configured model: the evaluation never reads or writes a live index.
 */
export async function indexSuite(set: QuestionSet, config: EngineConfig, warn: (line: string) => void): Promise<SuiteIndex> {
  const workspace = await prepareEvalWorkspace(set.corpusDirs ?? [config.corpusDir]);
  try {
    const { index, embedder } = await refreshIndex({ ...config, corpusDir: workspace.corpusDir, indexDir: workspace.indexDir }, { warn });
    return { index, embedder, articles: workspace.articles, dispose: workspace.dispose };
  } catch (error) {
    await workspace.dispose();
    throw error;
  }
}

/** Asks every question through the real answer function (top 3) with one profile and scores the answers. */
export async function askQuestions(suite: SuiteIndex, questions: EvalQuestion[], profile: ScoringProfile): Promise<QuestionOutcome[]> {
  const bodies = new Map(suite.articles.map((a) => [a.id, a.body]));
  const lookup = {
    passageText: (passageId: string) => suite.index.passage(passageId)?.text,
    articleBody: (articleId: string) => bodies.get(articleId),
  };
  const outcomes: QuestionOutcome[] = [];
  for (const item of questions) outcomes.push(scoreAnswer(item, await answerOrRefuse(suite, item.question, profile), lookup));
  return outcomes;
}

// A question the bot cannot use (not in English, too long) is refused there with a message; the evaluation scores
// it as refused too, rather than stop the whole run.
async function answerOrRefuse(suite: SuiteIndex, question: string, profile: ScoringProfile): Promise<Answer> {
  try {
    return await answerQuestion(suite.index, suite.embedder, question, { top: 3, profile });
  } catch (error) {
    if (!(error instanceof InvalidQuestionError)) throw error;
    const { model, builtAt } = suite.index.manifest;
    return { question, verdict: 'refused', quotes: [], notes: [error.message], differing: null, model, indexBuiltAt: builtAt };
  }
}
