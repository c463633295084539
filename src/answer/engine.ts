import type { Embedder } from '../embedding/embedder.js';
import type { PassageIndex } from '../index/open.js';
import type { Candidate } from '../retrieval/hybrid.js';
import { rankCandidates } from '../retrieval/hybrid.js';
import { coverage, searchTerms } from '../retrieval/terms.js';
import type { TermWeights } from '../retrieval/terms.js';
import { foldForMatching } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import type { Answer, Quote, Verdict } from './answer.js';
import { RELATED_NOTE, differenceNote } from './answer-text.js';
import { differingFigures } from './disagreement.js';
import { parseQuestion } from './question.js';
import { questionFocus } from './question-focus.js';
import { namesSpeaker, opensWithQuotation } from './speaker.js';
import type { AnswerType } from './answer-type.js';
import { expectedAnswerType, hasAnswerType } from './answer-type.js';
import { chooseWindow, leansOnPrevious } from './quote-window.js';
import { RELEVANCE_THRESHOLD, relevance } from './relevance.js';
import type { ScoringProfile } from './scoring-profile.js';
import { DEFAULT_PROFILE } from './scoring-profile.js';
import { quoteLink } from './text-fragment.js';

export const DEFAULT_TOP = 3;

export interface AnswerOptions {
  /** How many quotes at most. */
  top?: number;
  /** Weights, thresholds and stage switches; the evaluation switches stages off one at a time. */
  profile?: ScoringProfile;
  /** Told how long each stage took, for the benchmark. */
  onStage?: (stage: AnswerStage, milliseconds: number) => void;
}

export type AnswerStage = 'embedding' | 'vector search' | 'lexical search' | 'quote selection';

/**
 * The one answer function behind the CLI and the bot: question in, verbatim attributed quotes out, or a refusal
 * when nothing in the index clears the relevance threshold. Throws InvalidQuestionError for unusable input.
 */
export async function answerQuestion(
  index: PassageIndex,
  embedder: Embedder,
  rawQuestion: string,
  { top = DEFAULT_TOP, profile = DEFAULT_PROFILE, onStage = () => {} }: AnswerOptions = {},
): Promise<Answer> {
  let lap = performance.now();
  const stage = (name: AnswerStage) => {
    const now = performance.now();
    onStage(name, now - lap);
    lap = now;
  };
  const question = parseQuestion(rawQuestion);
  const answerType = expectedAnswerType(question);
  const [questionVector] = await embedder.embed([foldForMatching(question)]);
  stage('embedding');
  const limit = top * profile.candidatesPerQuote;
  const candidates = new Map<string, Candidate>();
  const candidate = (passageId: string): Candidate => {
    let found = candidates.get(passageId);
    if (!found) {
      const passage = index.passage(passageId)!;
      const boost = answerType !== 'any' && hasAnswerType(passage.text, answerType) ? profile.answerTypeBonus : 0;
      found = { passageId, articleId: passage.articleId, cosine: 0, bm25: 0, coverage: 0, boost };
      candidates.set(passageId, found);
    }
    return found;
  };
  if (profile.stages.vectors) for (const hit of index.vectorSearch(questionVector!, limit)) candidate(hit.passage.id).cosine = hit.score;
  stage('vector search');
  const weights = index.termWeights(question);
  if (profile.stages.lexical) {
    for (const hit of index.lexicalSearch(weights, limit)) Object.assign(candidate(hit.passageId), { bm25: hit.score, coverage: hit.coverage });
  }
  stage('lexical search');

  const relevant = [...candidates.values()].filter((c) => relevance(c, profile) >= RELEVANCE_THRESHOLD);
  const ranked = rankCandidates(relevant, top, profile.fusion);
  const quotes: Quote[] = [];
  for (const chosen of ranked) {
    quotes.push(await quotePassage(index, embedder, chosen.passageId, Math.min(1, relevance(chosen, profile)), { vector: questionVector!, weights, answerType }));
  }
  stage('quote selection');
  const quoted = [...new Set(quotes.map((quote) => quote.article.id))];
  const notMentioned = questionFocus(question).filter((word) => !quoted.some((id) => index.articleUses(id, word)));
  const verdict: Verdict = quotes.length === 0 ? 'refused' : notMentioned.length > 0 ? 'related' : 'answered';
  const differing = verdict === 'answered' && answerType === 'number' ? differingFigures(quotes) : null;
  return {
    question,
    verdict,
    quotes,
    notes: [...(verdict === 'related' ? [RELATED_NOTE] : []), ...(differing ? [differenceNote(differing)] : [])],
    differing,
    model: index.manifest.model,
    indexBuiltAt: index.manifest.builtAt,
  };
}

async function quotePassage(
  index: PassageIndex,
  embedder: Embedder,
  passageId: string,
  score: number,
  question: { vector: number[]; weights: TermWeights; answerType: AnswerType },
): Promise<Quote> {
  const passage = index.passage(passageId)!;
  // Offsets relative to the passage, shifted to the article body at the end.
  const sentences = splitSentences(passage.text);
  const texts = sentences.map((s) => passage.text.slice(s.start, s.end));
  const vectors = await embedder.embed(texts.map(foldForMatching));
  const window = chooseWindow(
    texts.map((text, i) => ({
      cosine: dot(vectors[i]!, question.vector),
      coverage: coverage(question.weights, searchTerms(text)),
      leansOnPrevious: leansOnPrevious(text),
      hasAnswerType: question.answerType !== 'any' && hasAnswerType(text, question.answerType),
      namesSpeaker: namesSpeaker(text),
      opensWithQuotation: opensWithQuotation(text),
    })),
  );
  const start = sentences[window.first]!.start;
  const end = sentences[window.last]!.end;
  const text = passage.text.slice(start, end);
  return {
    text,
    score,
    article: { id: passage.articleId, title: passage.title, publisher: passage.publisher, url: passage.url, published: passage.published },
    link: quoteLink(passage.url, text),
    passageId,
    start: passage.start + start,
    end: passage.start + end,
  };
}

function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
