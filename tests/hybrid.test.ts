import { describe, expect, it } from 'vitest';
import type { Candidate } from '../src/retrieval/hybrid.js';
import { rankCandidates } from '../src/retrieval/hybrid.js';
import { DEFAULT_PROFILE } from '../src/answer/scoring-profile.js';

const candidate = (passageId: string, articleId: string, cosine: number, bm25: number): Candidate => ({
  passageId,
  articleId,
  cosine,
  bm25,
  coverage: 0,
  boost: 0,
});

describe('hybrid ranking', () => {
  it('ranks a passage that both retrievers like above one that only one likes', () => {
    const ranked = rankCandidates([candidate('both', 'a', 0.8, 9), candidate('vector', 'b', 0.9, 0), candidate('lexical', 'c', 0.1, 10)], 3, DEFAULT_PROFILE.fusion);
    expect(ranked[0]!.passageId).toBe('both');
  });

  it('scales fused scores to between 0 and 1', () => {
    const ranked = rankCandidates([candidate('x', 'a', 0.9, 12), candidate('y', 'b', 0.2, 1)], 2, DEFAULT_PROFILE.fusion);
    expect(ranked.map((c) => c.fused)).toEqual([1, 0]);
  });

  it('prefers another article over a second passage of the same article when scores are close', () => {
    const weak = candidate('weak', 'c', 0.1, 0);
    const ranked = rankCandidates([candidate('a1', 'a', 0.9, 10), candidate('a2', 'a', 0.89, 9.9), candidate('b1', 'b', 0.88, 9.8), weak], 2, DEFAULT_PROFILE.fusion);
    expect(ranked.map((c) => c.passageId)).toEqual(['a1', 'b1']);
  });

  it('keeps the same article when the other article is clearly worse', () => {
    const ranked = rankCandidates([candidate('a1', 'a', 0.9, 10), candidate('a2', 'a', 0.89, 9.9), candidate('b1', 'b', 0.3, 1), candidate('weak', 'c', 0.1, 0)], 2, DEFAULT_PROFILE.fusion);
    expect(ranked.map((c) => c.passageId)).toEqual(['a1', 'a2']);
  });

  it('ranks a boosted candidate above an otherwise equal one', () => {
    const ranked = rankCandidates([candidate('plain', 'a', 0.8, 5), { ...candidate('boosted', 'b', 0.8, 5), boost: 0.2 }, candidate('weak', 'c', 0.1, 0)], 1, DEFAULT_PROFILE.fusion);
    expect(ranked.map((c) => c.passageId)).toEqual(['boosted']);
  });

  it('returns no more candidates than asked for', () => {
    expect(rankCandidates([candidate('x', 'a', 0.5, 1), candidate('y', 'a', 0.4, 2)], 1, DEFAULT_PROFILE.fusion)).toHaveLength(1);
  });
});
