import type { Concept } from '../retrieval/query.js';

/** What the corpus tells of a question's names: the words it writes as names, and the share of passages holding one. */
export interface CorpusNames {
  writesAsName(word: string): boolean;
  passageShare(term: string): number;
}

/**
 * The question's concepts that are not names: neither a name of the domain nor a word the corpus writes as one
 * ("kursk"). The domain's names bring any question close to the corpus, so whether it is about the corpus's topic
 * is judged on the rest ("weather … summer" of "whats the weather like in kursk in summer"). The corpus's own
 * subject, a name at least `subjectShare` of its passages hold ("North Korea"), is not set aside: "what fake id did
 * russia give the north koreans" is about it. None when the question gives nothing but names.
 */
export function withoutNames<C extends Concept>(concepts: C[], corpus: CorpusNames, subjectShare: number): C[] {
  const subject = (c: Concept) => c.kind === 'entity' && c.alternatives.some(({ term }) => corpus.passageShare(term) >= subjectShare);
  return concepts.filter((c) => subject(c) || (c.kind === 'word' && (/^\d+$/.test(c.word) || !corpus.writesAsName(c.word))));
}

/** Does the question give names and other words, so that the names must not decide alone? */
export function givesNamesAndWords(concepts: Concept[], content: Concept[]): boolean {
  return content.length > 0 && content.length < concepts.length;
}
