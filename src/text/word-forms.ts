import type { WordForms } from '../retrieval/query.js';
import { irregularFormsOf, lemmaOf } from './lemmas.js';
import type { Synonyms } from './synonyms.js';
import { openSynonyms } from './synonyms.js';
import { domainSynonyms } from './thesaurus.js';

/** How much a match on each kind of other form counts (see ScoringProfile.formFactors). */
export interface FormFactors {
  irregular: number;
  thesaurus: number;
  synonym: number;
}

// WordNet's files are opened on first use and their lookups cached, once for the process.
let synonyms: Synonyms | undefined;

/**
 * The other forms of a question's words that search also matches: irregular inflections that stemming cannot join
 * ("began" and "begin", "sent" and "send"), the domain's own synonyms ("troops", "soldiers"), and WordNet's
 * synonyms of the word's most frequent senses, each counting by its factor.
 */
export function wordForms(factors: FormFactors): WordForms {
  synonyms ??= openSynonyms();
  const wordnet = synonyms;
  return {
    async of(word) {
      const lemma = lemmaOf(word) ?? word;
      const irregular = [lemma, ...irregularFormsOf(lemma)].filter((form) => form !== word);
      const domain = [...new Set([...domainSynonyms(word), ...domainSynonyms(lemma)])];
      return [
        ...irregular.map((form) => ({ word: form, factor: factors.irregular })),
        ...domain.map((form) => ({ word: form, factor: factors.thesaurus })),
        ...(await wordnet.of(word)).map((form) => ({ word: form, factor: factors.synonym })),
      ];
    },
  };
}
