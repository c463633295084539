import type { Concept } from '../retrieval/query.js';
import { looksInflectedAsVerb } from '../text/lemmas.js';
import { isVerbForm } from '../text/synonyms.js';

/**
 * The verbs of a "when" question that say, in the past, what happened ("flown" in "When was the captured soldier
 * flown to Seoul?"): a quote dates that event only where it says it, in any of its forms. A verb in its base form
 * ("When did they sign…") is left out, as WordNet cannot tell it from a noun ("sign", "front").
 */
export function datedEvents(concepts: Concept[]): Concept[] {
  return concepts.filter((c) => c.kind === 'word' && looksInflectedAsVerb(c.word) && isVerbForm(c.word));
}
