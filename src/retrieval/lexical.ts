import type { Concept } from './query.js';
import { questionConcepts } from './query.js';
import type { TermWeights } from './terms.js';
import { searchTerms } from './terms.js';
import { TopScores } from './vector-matrix.js';

export interface LexicalHit {
  /** Position of the passage in the list the index was built from. */
  row: number;
  /** BM25 score; only comparable within one question. */
  score: number;
  /** Share of the question's term weight (IDF) that the passage contains, 0..1; comparable across questions. */
  coverage: number;
}

/** The passages that use one term, in ascending row order, with how often each uses it. */
export interface Postings {
  rows: Uint32Array;
  counts: Uint16Array;
}

// Okapi BM25's usual constants.
const K1 = 1.2;
const B = 0.75;
// Coverage is kept as a bit mask per passage; questions with more distinct terms keep their 32 rarest.
const MAX_QUERY_TERMS = 32;

/**
 * BM25 over passages with an inverted index in typed arrays, which the index stores as binary arrays beside the
 * vectors (src/index/lexical-file.ts) so that loading it allocates no object per posting. Written here rather than taken from MiniSearch: at 100k passages
 * MiniSearch's search took 200 ms at the median and 630 ms at p95 (npm run bench), since it builds a result object
 * for every matching passage.
 */
export class LexicalIndex {
  private readonly averageLength: number;
  // Per-passage scratch space, reused by every query and cleared only where a query wrote: allocating it per query
  // (1.2 MB at 100k passages) swelled resident memory by tens of MB between collections. Safe to share, since a
  // query runs to the end without yielding.
  private readonly scores: Float64Array;
  private readonly matched: Uint32Array;
  private readonly touched: Uint32Array;
  // The best score of the current concept per passage, and the passages it touched.
  private readonly conceptScores: Float64Array;
  private readonly conceptTouched: Uint32Array;

  private constructor(
    private readonly lengths: Uint32Array,
    private readonly postings: ReadonlyMap<string, Postings>,
  ) {
    this.averageLength = lengths.reduce((sum, n) => sum + n, 0) / Math.max(lengths.length, 1);
    this.scores = new Float64Array(lengths.length);
    this.matched = new Uint32Array(lengths.length);
    this.touched = new Uint32Array(lengths.length);
    this.conceptScores = new Float64Array(lengths.length);
    this.conceptTouched = new Uint32Array(lengths.length);
  }

  /** How many passages the index holds. */
  get size(): number {
    return this.lengths.length;
  }

  /** Indexes passage texts; hits name them by their position in `texts`. */
  static build(texts: string[]): LexicalIndex {
    const lists = new Map<string, number[]>();
    const lengths = new Uint32Array(texts.length);
    texts.forEach((text, row) => {
      const terms = searchTerms(text);
      lengths[row] = terms.length;
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, count] of counts) {
        let list = lists.get(term);
        if (!list) lists.set(term, (list = []));
        list.push(row, count);
      }
    });
    const postings = new Map<string, Postings>();
    for (const [term, flat] of lists) {
      const rows = new Uint32Array(flat.length / 2);
      const counts = new Uint16Array(flat.length / 2);
      for (let i = 0; i < rows.length; i++) {
        rows[i] = flat[2 * i]!;
        counts[i] = Math.min(flat[2 * i + 1]!, 65535);
      }
      postings.set(term, { rows, counts });
    }
    return new LexicalIndex(lengths, postings);
  }

  /** An index over passages with these term counts and postings (as stored by the index). */
  static fromPostings(lengths: Uint32Array, postings: ReadonlyMap<string, Postings>): LexicalIndex {
    return new LexicalIndex(lengths, postings);
  }

  /** Terms in each passage, by row. */
  get passageLengths(): Uint32Array {
    return this.lengths;
  }

  /** Every term with its postings. */
  get postingLists(): ReadonlyMap<string, Postings> {
    return this.postings;
  }

  /** How many passages use the search term. */
  passagesWith(term: string): number {
    return this.postings.get(term)?.rows.length ?? 0;
  }

  /** Up to `limit` of the rows that use the search term, spread over all of them. */
  rowsWith(term: string, limit: number): number[] {
    const rows = this.postings.get(term)?.rows;
    if (!rows) return [];
    const step = Math.max(1, rows.length / limit);
    const sample: number[] = [];
    for (let at = 0; at < rows.length && sample.length < limit; at += step) sample.push(rows[Math.floor(at)]!);
    return sample;
  }

  /** Does a passage with a row from `first` up to `end` (exclusive) use the search term? */
  usedInRows(term: string, first: number, end: number): boolean {
    const rows = this.postings.get(term)?.rows;
    if (!rows) return false;
    // Postings are in ascending row order: find the first at or after `first`.
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (rows[middle]! < first) low = middle + 1;
      else high = middle;
    }
    return low < rows.length && rows[low]! < end;
  }

  /** The question's concepts (names of the domain as one concept each), weighted by how rare they are. */
  termWeights(question: string): TermWeights {
    return this.weigh(questionConcepts(question, { aliases: true }));
  }

  /**
   * Weighs each concept by the IDF of the union of its alternatives, bounded by the number of passages; a word that
   * no passage uses gets the highest weight times `absentFactor` (a name or a figure has no other words to be
   * written in, so it keeps the highest weight).
   */
  weigh(concepts: Concept[], absentFactor = 1): TermWeights {
    return concepts.map((concept) => {
      const frequency = concept.alternatives.reduce((sum, { term }) => sum + this.passagesWith(term), 0);
      const weight = this.idf(Math.min(frequency, this.lengths.length));
      const paraphrasable = concept.kind === 'word' && !/^\d+$/.test(concept.word);
      return { ...concept, weight: frequency === 0 && paraphrasable ? weight * absentFactor : weight };
    });
  }

  /**
   * BM25 hits for the question's concepts, best first: a concept adds the score of the best alternative a passage
   * holds, scaled by its factor, so that a passage saying "North Korea" and "DPRK" counts the country once.
   */
  query(weights: TermWeights, limit: number): LexicalHit[] {
    const concepts = [...weights].sort((a, b) => b.weight - a.weight).slice(0, MAX_QUERY_TERMS);
    const { scores, matched, touched, conceptScores, conceptTouched } = this;
    let touchedCount = 0;
    concepts.forEach((concept, bit) => {
      let conceptCount = 0;
      for (const { term, factor } of concept.alternatives) {
        const list = this.postings.get(term);
        if (!list) continue;
        for (let i = 0; i < list.rows.length; i++) {
          const passage = list.rows[i]!;
          const count = list.counts[i]!;
          const norm = K1 * (1 - B + (B * this.lengths[passage]!) / this.averageLength);
          const score = (factor * concept.weight * count * (K1 + 1)) / (count + norm);
          if (conceptScores[passage] === 0) conceptTouched[conceptCount++] = passage;
          if (score > conceptScores[passage]!) conceptScores[passage] = score;
        }
      }
      for (let i = 0; i < conceptCount; i++) {
        const passage = conceptTouched[i]!;
        if (matched[passage] === 0) touched[touchedCount++] = passage;
        matched[passage]! |= 1 << bit;
        scores[passage]! += conceptScores[passage]!;
        conceptScores[passage] = 0;
      }
    });
    const best = new TopScores(limit);
    for (let i = 0; i < touchedCount; i++) best.offer(touched[i]!, scores[touched[i]!]!);
    const hits = best.sorted().map(({ row, score }) => ({ row, score, coverage: this.coverageOfRow(concepts, row) }));
    for (let i = 0; i < touchedCount; i++) {
      scores[touched[i]!] = 0;
      matched[touched[i]!] = 0;
    }
    return hits;
  }

  /**
   * Share of the concepts' weight one passage holds: per concept, the best factor among its alternatives. With
   * `article` (its rows and a factor), a concept the passage lacks counts that factor of a match where another
   * passage of its article holds it.
   */
  coverageOfRow(concepts: TermWeights, row: number, article?: { first: number; end: number; factor: number }): number {
    let total = 0;
    let found = 0;
    for (const concept of concepts) {
      total += concept.weight;
      let best = 0;
      for (const { term, factor } of concept.alternatives) {
        if (factor > best && this.usedInRows(term, row, row + 1)) best = factor;
        else if (article && article.factor * factor > best && this.usedInRows(term, article.first, article.end)) best = article.factor * factor;
      }
      found += concept.weight * best;
    }
    return total === 0 ? 0 : found / total;
  }

  private idf(frequency: number): number {
    const documents = this.lengths.length;
    return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
  }
}
