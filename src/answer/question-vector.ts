import type { Embedder } from '../embedding/embedder.js';
import type { Concept } from '../retrieval/query.js';
import { foldForMatching } from '../text/fold.js';
import { wordForms } from '../text/word-forms.js';
import type { ScoringProfile } from './scoring-profile.js';

/**
 * The question's vector, or null with the vectors stage off. With the wordForms stage, the other forms of its words
 * that count nearly as much as the word itself (irregular forms and the domain's synonyms, see
 * ScoringProfile.vectorFormsFactor) are embedded with it, so that a passage in those words comes closer too.
 */
export async function questionVector(embedder: Embedder, question: string, concepts: Concept[], profile: ScoringProfile): Promise<number[] | null> {
  if (!profile.stages.vectors) return null;
  const forms: string[] = [];
  if (profile.stages.wordForms) {
    const other = wordForms(profile.formFactors);
    for (const concept of concepts) {
      if (concept.kind !== 'word' || /^\d+$/.test(concept.word)) continue;
      for (const form of await other.of(concept.word)) if (form.factor >= profile.vectorFormsFactor && !form.word.includes(' ')) forms.push(form.word);
    }
  }
  const [vector] = await embedder.embed([foldForMatching([question, ...forms].join(' '))]);
  return vector ?? null;
}
