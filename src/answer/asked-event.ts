import type { Concept } from '../retrieval/query.js';
import { looksInflectedAsVerb } from '../text/lemmas.js';
import { isVerbForm } from '../text/synonyms.js';

// "Has…", "have…", "did…": a question whether something happened.
const ASKS_WHETHER = /^\s*(?:has|have|had|did)\b/i;

/** Does the question ask whether something happened ("Has Kim visited…?", "did they sign…")? */
export function asksWhether(question: string): boolean {
  return ASKS_WHETHER.test(question);
}

/**
 * The verbs that say, in the past, what happened, in a question that asks when it happened or whether it did
 * ("flown" in "When was the captured soldier flown to Seoul?", "moved" in "Have the families moved into the new
 * street yet?"): a quote dates that event, or says it happened, only where it says it, in any of its forms. A verb
 * in its base form ("When did they sign…") is left out, as WordNet cannot tell it from a noun ("sign", "front").
 * None for any other question.
 */
export function askedEvents(question: string, asksDate: boolean, concepts: Concept[]): Concept[] {
  if (!asksDate && !asksWhether(question)) return [];
  // "the bereaved families", "the captured soldiers": a participle after its article describes, and happened before.
  const describing = new Set([...question.toLowerCase().matchAll(/\b(?:the|a|an|its|their|his|her)\s+([a-z]+ed)\b/g)].map(([, word]) => word));
  return concepts.filter((c) => c.kind === 'word' && !describing.has(c.word) && looksInflectedAsVerb(c.word) && isVerbForm(c.word));
}
