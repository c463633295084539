import { conceptCoverage, matchFactor } from '../retrieval/query.js';
import type { Concept, WeightedConcept } from '../retrieval/query.js';
import { searchTerms } from '../retrieval/terms.js';
import { splitSentences } from '../text/sentences.js';
import type { QuotedText } from './disagreement.js';
import { refersToFigureBefore } from './disagreement.js';

/**
 * The quote with only the sentences about the question: those holding at least `minCoverage` of the concepts'
 * weight, a concept its headline holds counting `headlineFactor` of a match, and every name given (`names`) in the
 * sentence, the one before it or the headline: the deminers in Kursk are not the workers "at Alabuga". The others
 * are blanked character for character, so that every figure left keeps its place in the quote.
 */
export function sentencesAbout(quote: QuotedText, concepts: WeightedConcept[], names: Concept[], minCoverage: number, headlineFactor: number): QuotedText {
  const headlineTerms = new Set(searchTerms(quote.article.title));
  const headline = { terms: headlineTerms, factor: headlineFactor };
  let text = '';
  let at = 0;
  let before = new Set<string>();
  let keptBefore = false;
  for (const { start, end } of splitSentences(quote.text)) {
    const sentence = quote.text.slice(start, end);
    const terms = new Set(searchTerms(sentence));
    const named = (c: Concept) => [terms, before, headlineTerms].some((held) => matchFactor(c, held) > 0);
    const about: boolean = (conceptCoverage(concepts, terms, headline) >= minCoverage && names.every(named)) || (keptBefore && refersToFigureBefore(sentence));
    text += quote.text.slice(at, start) + (about ? sentence : ' '.repeat(sentence.length));
    at = end;
    before = terms;
    keptBefore = about;
  }
  return { ...quote, text: text + quote.text.slice(at) };
}
