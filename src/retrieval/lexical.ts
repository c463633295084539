import type { TermWeights } from './terms.js';
import { coverage, searchTerms } from './terms.js';
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

  private constructor(
    private readonly lengths: Uint32Array,
    private readonly postings: ReadonlyMap<string, Postings>,
  ) {
    this.averageLength = lengths.reduce((sum, n) => sum + n, 0) / Math.max(lengths.length, 1);
    this.scores = new Float64Array(lengths.length);
    this.matched = new Uint32Array(lengths.length);
    this.touched = new Uint32Array(lengths.length);
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

  /** The question's search terms, each weighted by how rare it is in the corpus (IDF). */
  termWeights(question: string): TermWeights {
    return new Map([...new Set(searchTerms(question))].map((term) => [term, this.idf(term)]));
  }

  /** BM25 hits for the question's terms (from termWeights), best first. */
  query(weights: TermWeights, limit: number): LexicalHit[] {
    const terms = [...weights].sort((a, b) => b[1] - a[1]).slice(0, MAX_QUERY_TERMS);
    const { scores, matched, touched } = this;
    let touchedCount = 0;
    terms.forEach(([term, idf], bit) => {
      const list = this.postings.get(term);
      if (!list) return;
      for (let i = 0; i < list.rows.length; i++) {
        const passage = list.rows[i]!;
        const count = list.counts[i]!;
        if (matched[passage] === 0) touched[touchedCount++] = passage;
        matched[passage]! |= 1 << bit;
        const norm = K1 * (1 - B + (B * this.lengths[passage]!) / this.averageLength);
        scores[passage]! += (idf * count * (K1 + 1)) / (count + norm);
      }
    });
    const best = new TopScores(limit);
    for (let i = 0; i < touchedCount; i++) best.offer(touched[i]!, scores[touched[i]!]!);
    const hits = best.sorted().map(({ row, score }) => ({
      row,
      score,
      coverage: coverage(weights, terms.filter((_, bit) => (matched[row]! & (1 << bit)) !== 0).map(([term]) => term)),
    }));
    for (let i = 0; i < touchedCount; i++) {
      scores[touched[i]!] = 0;
      matched[touched[i]!] = 0;
    }
    return hits;
  }

  // A term the corpus never uses gets the highest weight: a question about it is not answered by the corpus.
  private idf(term: string): number {
    const documents = this.lengths.length;
    const frequency = this.postings.get(term)?.rows.length ?? 0;
    return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
  }
}
