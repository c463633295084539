import { remove as replaceConfusables } from 'confusables';

const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * Folds text for matching only (never for display): NFKC, then lookalike letters inside mixed-script words
 * ("Сosmodrome" with a Cyrillic С) become Latin, then lower case. Words written wholly in one script are left
 * alone so that a genuinely Cyrillic word is not mangled into Latin lookalikes.
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .replace(WORD, (word) => (LATIN.test(word) && NON_LATIN_LETTER.test(word) ? replaceConfusables(word) : word))
    .toLowerCase();
}
