import { remove as replaceConfusables } from 'confusables';

const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
// A word can only mix scripts if it holds a letter outside ASCII; most English text holds none, and skipping the
// per-word check for it makes indexing a large corpus about a second faster per 60k passages.
const NON_ASCII_LETTER = /(?=[^\x00-\x7F])[\p{L}\p{M}]/u;

/**
 * Folds text for matching only (never for display): NFKC, then lookalike letters inside mixed-script words
 * ("Сosmodrome" with a Cyrillic С) become Latin, then lower case. Words written wholly in one script are left
 * alone so that a genuinely Cyrillic word is not mangled into Latin lookalikes.
 */
export function foldForMatching(text: string): string {
  const normalised = text.normalize('NFKC');
  if (!NON_ASCII_LETTER.test(normalised)) return normalised.toLowerCase();
  return normalised.replace(WORD, (word) => (LATIN.test(word) && NON_LATIN_LETTER.test(word) ? replaceConfusables(word) : word)).toLowerCase();
}
