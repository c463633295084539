import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../src/retrieval/lexical.js';
import { questionConcepts } from '../src/retrieval/query.js';

const index = LexicalIndex.build(['North Korean troops in Kursk', 'Troops and missiles', 'Weather in Kyiv', 'Missiles over Kyiv']);

describe('BM25 search', () => {
  it('ranks the passage with more of the rare question terms first, with its share of the question', () => {
    const hits = index.query(index.termWeights('troops in Kursk'), 3);
    expect(hits.map((hit) => hit.row)).toEqual([0, 1]);
    expect(hits[0]!.coverage).toBe(1);
  });

  it('answers a question the same way whatever was asked before it', () => {
    const weights = index.termWeights('missiles over Kyiv');
    const first = index.query(weights, 4);
    index.query(index.termWeights('North Korean troops'), 4);
    expect(index.query(weights, 4)).toEqual(first);
  });

  it('tells whether a term is used by a passage within a range of rows', () => {
    expect(index.usedInRows('kyiv', 0, 2)).toBe(false);
    expect(index.usedInRows('kyiv', 1, 3)).toBe(true);
    expect(index.usedInRows('kyiv', 3, 4)).toBe(true);
    expect(index.usedInRows('tank', 0, 4)).toBe(false);
  });

  it('samples the rows that use a term, spread over all of them', () => {
    const many = LexicalIndex.build(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? `Kursk ${i}` : 'Kyiv')));
    expect(many.rowsWith('kursk', 10)).toEqual([0, 2, 4, 6, 8]);
    expect(many.rowsWith('kursk', 2)).toEqual([0, 4]);
    expect(many.rowsWith('tank', 2)).toEqual([]);
  });

  it('weighs a word no passage uses at the given share of the highest weight, and leaves used words alone', () => {
    const concepts = questionConcepts('tanks in Kursk', { aliases: true });
    const full = index.weigh(concepts);
    const halved = index.weigh(concepts, 0.5);
    const weightOf = (weights: typeof full, word: string) => weights.find((c) => c.word === word)!.weight;
    expect(weightOf(halved, 'tanks')).toBeCloseTo(weightOf(full, 'tanks') / 2);
    expect(weightOf(halved, 'kursk')).toBe(weightOf(full, 'kursk'));
  });

  it('keeps the highest weight for a figure no passage uses', () => {
    const concepts = questionConcepts('troops in 2025', { aliases: true });
    expect(index.weigh(concepts, 0.5).find((c) => c.word === '2025')!.weight).toBe(index.weigh(concepts).find((c) => c.word === '2025')!.weight);
  });

  it('counts a concept another passage of the article holds at the given share of a match', () => {
    const weights = index.termWeights('missiles over Kursk');
    const kursk = weights.find((c) => c.word === 'kursk')!.weight;
    const total = weights.reduce((sum, c) => sum + c.weight, 0);
    // Row 1 ("Troops and missiles") lacks Kursk; row 0 of the same article, rows 0 and 1, holds it.
    const alone = index.coverageOfRow(weights, 1);
    expect(index.coverageOfRow(weights, 1, { first: 0, end: 2, factor: 0.5 })).toBeCloseTo(alone + (0.5 * kursk) / total);
    expect(index.coverageOfRow(weights, 1, { first: 1, end: 2, factor: 0.5 })).toBe(alone);
  });
});
