import type { Embedder } from '../embedding/embedder.js';
import type { Concept } from '../retrieval/query.js';
import { foldForMatching } from '../text/fold.js';
import { wordForms } from '../text/word-forms.js';
import { givesNamesAndWords } from './names-aside.js';
import type { ScoringProfile } from './scoring-profile.js';

/**
 * The question's vector, or null with the vectors stage off. With the wordForms stage, the other forms of its words
 * that count nearly as much as the word itself (the domain's synonyms; not irregular forms, which the model already
 * places beside the word: see ScoringProfile.vectorFormsFactor and formFactors) are embedded with it, so that a
 * passage in those words comes closer too.
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

/**
 * The vector of the question's concepts that are not names (`content`, see withoutNames), with the question's own
 * vector counting `relevance.namesInTopic` beside it; the question's own when it gives no name or only names.
 */
export async function topicVector(
  embedder: Embedder,
  { concepts, content, vector }: { concepts: Concept[]; content: Concept[]; vector: number[] | null },
  profile: ScoringProfile,
): Promise<number[] | null> {
  if (vector === null || !givesNamesAndWords(concepts, content)) return vector;
  const rest = unit((await questionVector(embedder, content.map((c) => c.word).join(' '), content, profile))!);
  const whole = unit(vector);
  return rest.map((x, i) => x + profile.relevance.namesInTopic * whole[i]!);
}

function unit(vector: number[]): number[] {
  const norm = Math.hypot(...vector) || 1;
  return vector.map((x) => x / norm);
}
