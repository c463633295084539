import { conceptCoverage } from '../retrieval/query.js';
import type { WeightedConcept } from '../retrieval/query.js';
import { searchTerms } from '../retrieval/terms.js';
import { splitSentences } from '../text/sentences.js';
import type { QuotedText } from './disagreement.js';

/**
 * The quote with only the sentences about the question: those holding at least `minCoverage` of the concepts'
 * weight, a concept its headline holds counting `headlineFactor` of a match. The others are blanked character for
 * character, so that every figure left keeps its place in the quote.
 */
export function sentencesAbout(quote: QuotedText, concepts: WeightedConcept[], minCoverage: number, headlineFactor: number): QuotedText {
  const headline = { terms: new Set(searchTerms(quote.article.title)), factor: headlineFactor };
  let text = '';
  let at = 0;
  for (const { start, end } of splitSentences(quote.text)) {
    const sentence = quote.text.slice(start, end);
    const about = conceptCoverage(concepts, new Set(searchTerms(sentence)), headline) >= minCoverage;
    text += quote.text.slice(at, start) + (about ? sentence : ' '.repeat(sentence.length));
    at = end;
  }
  return { ...quote, text: text + quote.text.slice(at) };
}
