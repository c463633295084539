import type { Concept } from '../retrieval/query.js';

/** What tells a name from a word: the corpus's own spelling (see PassageIndex.writesAsName). */
export interface NameSpelling {
  writesAsName(word: string): boolean;
}

/**
 * The question's concepts that are not names: neither a name of the domain nor a word the corpus writes as one
 * ("kursk"). The domain's names bring any question close to the corpus, so whether it is about the corpus's topic
 * is judged on the rest ("weather … summer" of "whats the weather like in kursk in summer"). None when it gives
 * nothing but names.
 */
export function withoutNames<C extends Concept>(concepts: C[], corpus: NameSpelling): C[] {
  return concepts.filter((c) => c.kind === 'word' && (/^\d+$/.test(c.word) || !corpus.writesAsName(c.word)));
}

/** Does the question give names and other words, so that the names must not decide alone? */
export function givesNamesAndWords(concepts: Concept[], content: Concept[]): boolean {
  return content.length > 0 && content.length < concepts.length;
}
