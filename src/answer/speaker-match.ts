import type { Concept } from '../retrieval/query.js';
import { matchFactor, questionConcepts } from '../retrieval/query.js';
import { searchTerms } from '../retrieval/terms.js';
import { speakerPhrases } from './speaker.js';
import { splitSentences } from '../text/sentences.js';

/**
 * Recognises the person or body a question asks about as the speaker of a sentence ("the Pentagon" in "Pentagon
 * spokeswoman Sabrina Singh said…", "Pyongyang" in "…, according to North Korea's state media"), as opposed to a
 * sentence that merely mentions them.
 */
export class SpeakerMatcher {
  private readonly concepts: Concept[];
  private readonly names: Concept[];
  private readonly publishers = new Map<string, boolean>();

  constructor(speaker: string, options: { aliases: boolean }) {
    this.concepts = questionConcepts(speaker, options);
    this.names = this.concepts.filter((c) => c.kind === 'entity');
  }

  /** Is the concept one of the words that name the speaker ("harrowgate" in "per the harrowgate report")? */
  isNamedIn(concept: Concept): boolean {
    return this.concepts.some((c) => c.word === concept.word);
  }

  /** Does some sentence of the text give its words to the speaker? */
  speaksIn(text: string): boolean {
    return splitSentences(text).some(({ start, end }) => speakerPhrases(text.slice(start, end)).some((phrase) => this.isNamedBy(phrase)));
  }

  /**
   * Is the speaker the outlet that published the text ("the Parapet analyst" for Parapet Defence Review)? All of an
   * analysis or a column is its publisher's words, attributed or not.
   */
  publishes(article: { publisher: string | null }): boolean {
    if (article.publisher === null) return false;
    // Ranking asks this of every candidate, and a corpus has few publishers.
    let named = this.publishers.get(article.publisher);
    if (named === undefined) this.publishers.set(article.publisher, (named = this.isNamedBy(article.publisher)));
    return named;
  }

  // A name of the domain must be matched; otherwise most of the speaker's words ("military intelligence").
  private isNamedBy(phrase: string): boolean {
    if (this.concepts.length === 0) return false;
    const terms = new Set(searchTerms(phrase));
    if (this.names.length > 0) return this.names.every((c) => matchFactor(c, terms) > 0);
    return this.concepts.filter((c) => matchFactor(c, terms) > 0).length * 2 >= this.concepts.length;
  }
}
