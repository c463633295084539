/** One passage's evidence from both retrievers for one question. */
export interface Candidate {
  passageId: string;
  articleId: string;
  /** Cosine similarity to the question (0 when the vector search did not return it). */
  cosine: number;
  /** BM25 score (0 when lexical search did not return it). */
  bm25: number;
  /** Share of the question's term weight found in the passage, 0..1. */
  coverage: number;
  /** Added to the fused score when ranking: evidence the retrievers cannot see, such as the answer type. */
  boost: number;
}

export interface RankedCandidate extends Candidate {
  /** Weighted sum of the min-max normalised cosine and BM25 scores, 0..1. */
  fused: number;
}

/** How the two retrievers' scores are weighed (see ScoringProfile.fusion). */
export interface FusionOptions {
  vectorWeight: number;
  sameArticlePenalty: number;
}

/**
 * Ranks candidates by normalised score fusion (each retriever's scores min-max scaled over the candidates, then
 * weighted, plus each candidate's boost), then picks `limit` of them greedily, preferring another article when scores are close.
 */
export function rankCandidates(candidates: Candidate[], limit: number, options: FusionOptions): RankedCandidate[] {
  const scaleCosine = minMaxScaler(candidates.map((c) => c.cosine));
  const scaleBm25 = minMaxScaler(candidates.map((c) => c.bm25));
  const pool: RankedCandidate[] = candidates.map((c) => ({
    ...c,
    fused: options.vectorWeight * scaleCosine(c.cosine) + (1 - options.vectorWeight) * scaleBm25(c.bm25),
  }));
  const chosen: RankedCandidate[] = [];
  const perArticle = new Map<string, number>();
  while (chosen.length < limit && pool.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    pool.forEach((c, i) => {
      const score = c.fused + c.boost - options.sameArticlePenalty * (perArticle.get(c.articleId) ?? 0);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    const [pick] = pool.splice(best, 1);
    chosen.push(pick!);
    perArticle.set(pick!.articleId, (perArticle.get(pick!.articleId) ?? 0) + 1);
  }
  return chosen;
}

function minMaxScaler(values: number[]): (value: number) => number {
  const min = Math.min(...values);
  const max = Math.max(...values);
  // All equal: the retriever does not discriminate, so it should not move the ranking.
  return max > min ? (value) => (value - min) / (max - min) : () => 0;
}
