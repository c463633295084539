import MiniSearch from 'minisearch';
import type { Passage } from '../passages/passage.js';
import type { TermWeights } from './terms.js';
import { coverage, searchTerms } from './terms.js';

export interface LexicalHit {
  passageId: string;
  /** BM25 score; only comparable within one question. */
  score: number;
  /** Share of the question's term weight (IDF) that the passage contains, 0..1; comparable across questions. */
  coverage: number;
}

// searchTerms already folds, drops stop words and stems; MiniSearch must not process the terms again.
const OPTIONS = {
  fields: ['text'],
  idField: 'id',
  tokenize: (text: string) => searchTerms(text),
  processTerm: (term: string) => term,
};

/** BM25 over the passages (MiniSearch), serialisable next to the vector index. */
export class LexicalIndex {
  private constructor(private readonly search: MiniSearch<Pick<Passage, 'id' | 'text'>>) {}

  static build(passages: Pick<Passage, 'id' | 'text'>[]): LexicalIndex {
    const search = new MiniSearch<Pick<Passage, 'id' | 'text'>>(OPTIONS);
    search.addAll(passages.map(({ id, text }) => ({ id, text })));
    return new LexicalIndex(search);
  }

  static fromJSON(json: string): LexicalIndex {
    return new LexicalIndex(MiniSearch.loadJSON(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.search);
  }

  query(question: string, limit: number): LexicalHit[] {
    const weights = this.termWeights(question);
    if (weights.size === 0) return [];
    return this.search
      .search([...weights.keys()].join(' '), { combineWith: 'OR' })
      .slice(0, limit)
      .map((result) => ({ passageId: String(result.id), score: result.score, coverage: coverage(weights, result.terms) }));
  }

  /** The question's search terms, each weighted by how rare it is in the corpus (IDF). */
  termWeights(question: string): TermWeights {
    return new Map([...new Set(searchTerms(question))].map((term) => [term, this.idf(term)]));
  }

  // A term the corpus never uses gets the highest weight: a question about it is not answered by the corpus.
  private idf(term: string): number {
    const documents = this.search.documentCount;
    const frequency = this.search.search(term).length;
    return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
  }
}
