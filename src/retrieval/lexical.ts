import type { Passage } from '../passages/passage.js';
import type { TermWeights } from './terms.js';
import { coverage, searchTerms } from './terms.js';
import { TopScores } from './vector-matrix.js';

export interface LexicalHit {
  passageId: string;
  /** BM25 score; only comparable within one question. */
  score: number;
  /** Share of the question's term weight (IDF) that the passage contains, 0..1; comparable across questions. */
  coverage: number;
}

interface Postings {
  passages: Int32Array;
  counts: Uint16Array;
}

interface LexicalJson {
  format: 'bm25-postings-1';
  ids: string[];
  lengths: number[];
  /** term → [passage, count, passage, count, …] */
  postings: Record<string, number[]>;
}

// Okapi BM25's usual constants.
const K1 = 1.2;
const B = 0.75;
// Coverage is kept as a bit mask per passage; questions with more distinct terms keep their 32 rarest.
const MAX_QUERY_TERMS = 32;

/**
 * BM25 over the passages with an inverted index in typed arrays, serialisable next to the vector index.
 * Written here rather than taken from MiniSearch: at 100k passages MiniSearch's search took 200 ms at the median
 * and 630 ms at p95 (npm run bench), since it builds a result object for every matching passage.
 */
export class LexicalIndex {
  private readonly averageLength: number;

  private constructor(
    private readonly ids: string[],
    private readonly lengths: Uint32Array,
    private readonly postings: Map<string, Postings>,
  ) {
    this.averageLength = lengths.reduce((sum, n) => sum + n, 0) / Math.max(lengths.length, 1);
  }

  static build(passages: Pick<Passage, 'id' | 'text'>[]): LexicalIndex {
    const lists = new Map<string, number[]>();
    const lengths = new Uint32Array(passages.length);
    passages.forEach((passage, index) => {
      const terms = searchTerms(passage.text);
      lengths[index] = terms.length;
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, count] of counts) {
        let list = lists.get(term);
        if (!list) lists.set(term, (list = []));
        list.push(index, count);
      }
    });
    return new LexicalIndex(passages.map((p) => p.id), lengths, new Map([...lists].map(([term, list]) => [term, toPostings(list)])));
  }

  static fromJSON(json: string): LexicalIndex {
    const data = JSON.parse(json) as LexicalJson;
    if (data.format !== 'bm25-postings-1') throw new Error(`unknown lexical index format ${String(data.format)}`);
    const postings = new Map(Object.entries(data.postings).map(([term, list]) => [term, toPostings(list)]));
    return new LexicalIndex(data.ids, Uint32Array.from(data.lengths), postings);
  }

  toJSON(): string {
    const postings: Record<string, number[]> = {};
    for (const [term, list] of this.postings) {
      const flat: number[] = [];
      list.passages.forEach((passage, i) => flat.push(passage, list.counts[i]!));
      postings[term] = flat;
    }
    const data: LexicalJson = { format: 'bm25-postings-1', ids: this.ids, lengths: [...this.lengths], postings };
    return JSON.stringify(data);
  }

  /** The question's search terms, each weighted by how rare it is in the corpus (IDF). */
  termWeights(question: string): TermWeights {
    return new Map([...new Set(searchTerms(question))].map((term) => [term, this.idf(term)]));
  }

  /** BM25 hits for the question's terms (from termWeights), best first. */
  query(weights: TermWeights, limit: number): LexicalHit[] {
    const terms = [...weights].sort((a, b) => b[1] - a[1]).slice(0, MAX_QUERY_TERMS);
    const scores = new Float64Array(this.ids.length);
    const matched = new Uint32Array(this.ids.length);
    const touched: number[] = [];
    terms.forEach(([term, idf], bit) => {
      const list = this.postings.get(term);
      if (!list) return;
      for (let i = 0; i < list.passages.length; i++) {
        const passage = list.passages[i]!;
        const count = list.counts[i]!;
        if (matched[passage] === 0) touched.push(passage);
        matched[passage]! |= 1 << bit;
        const norm = K1 * (1 - B + (B * this.lengths[passage]!) / this.averageLength);
        scores[passage]! += (idf * count * (K1 + 1)) / (count + norm);
      }
    });
    const best = new TopScores(limit);
    for (const passage of touched) best.offer(passage, scores[passage]!);
    return best.sorted().map(({ row, score }) => ({
      passageId: this.ids[row]!,
      score,
      coverage: coverage(weights, terms.filter((_, bit) => (matched[row]! & (1 << bit)) !== 0).map(([term]) => term)),
    }));
  }

  // A term the corpus never uses gets the highest weight: a question about it is not answered by the corpus.
  private idf(term: string): number {
    const documents = this.ids.length;
    const frequency = this.postings.get(term)?.passages.length ?? 0;
    return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
  }
}

function toPostings(flat: number[]): Postings {
  const passages = new Int32Array(flat.length / 2);
  const counts = new Uint16Array(flat.length / 2);
  for (let i = 0; i < passages.length; i++) {
    passages[i] = flat[2 * i]!;
    counts[i] = Math.min(flat[2 * i + 1]!, 65535);
  }
  return { passages, counts };
}
