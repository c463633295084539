import type { WordForms } from '../retrieval/query.js';
import { domainSynonyms } from './thesaurus.js';

/** How much a match on each kind of other form counts (see ScoringProfile.formFactors). */
export interface FormFactors {
  irregular: number;
  thesaurus: number;
  synonym: number;
}

/** The other forms of a question's words that search also matches: the domain's own synonyms. */
export function wordForms(factors: FormFactors): WordForms {
  return {
    async of(word) {
      return domainSynonyms(word).map((other) => ({ word: other, factor: factors.thesaurus }));
    },
  };
}
