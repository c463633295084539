import { findMentions } from '../text/aliases.js';
import { isDictionaryWord } from '../text/synonyms.js';
import { foldForSearch, isStopword, searchTerms, stemOf } from './terms.js';

// Shorter words are one slip from too many others ("war", "was", "far") for a guess to be safe.
const SHORTEST = 4;
// How many passages using a term are read for the words it stands for.
const PASSAGES_READ = 20;
const WORD = /[\p{L}\p{N}]+/gu;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** What the index knows of its words, for guessing what a question's unknown word was meant to be. */
export interface Vocabulary {
  /** How many passages use the search term. */
  passagesWith(term: string): number;
  /** Texts of up to `limit` passages that use the search term. */
  textsWith(term: string, limit: number): string[];
}

/**
 * The question as the member meant to type it ("when the bodies came bakc" → "… came back"). A word that no passage
 * uses and WordNet does not know gives its place to a word one typing slip away (a letter left out, added or
 * mistyped, two neighbours swapped; never the first letter, which members rarely mistype) that is a word, WordNet's
 * or one the articles write, or a name of the domain, and whose search term the articles use: the most used if
 * several are. Names of the
 * domain, stop words, figures and words the corpus or WordNet knows stay as typed, and so does a word nothing in the
 * corpus comes near ("blackpink").
 */
export function respelledQuestion(question: string, vocabulary: Vocabulary): string {
  return question.replace(/\p{L}+/gu, (typed) => meantWord(typed, vocabulary) ?? typed);
}

function meantWord(typed: string, vocabulary: Vocabulary): string | null {
  const word = foldForSearch(typed);
  if (word.length < SHORTEST || !/^[a-z]+$/.test(word) || isStopword(word) || findMentions(word).length > 0) return null;
  if (vocabulary.passagesWith(stemOf(word)) > 0 || isDictionaryWord(word)) return null;
  let best: { written: string; uses: number } | null = null;
  for (const written of slipsOf(word)) {
    const term = stemOf(written);
    // A name of the domain counts by its entity's passages: the articles may spell it otherwise ("Zelenskyy").
    const named = findMentions(written).length > 0;
    const uses = named ? Math.max(...searchTerms(written).map((t) => vocabulary.passagesWith(t))) : vocabulary.passagesWith(term);
    if (uses > (best?.uses ?? 0) && (named || isDictionaryWord(written) || writes(vocabulary, term, written))) best = { written, uses };
  }
  return best?.written ?? null;
}

// Every word one slip from `word` that keeps its first letter.
function slipsOf(word: string): Set<string> {
  const slips = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail.length > 0) slips.add(head + tail.slice(1));
    if (tail.length > 1) slips.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail.length > 0) slips.add(head + letter + tail.slice(1));
      slips.add(head + letter + tail);
    }
  }
  slips.delete(word);
  return slips;
}

// Do the articles write this very word, not only another of the term's forms? A string that only stems like one of
// their words ("interc…" for "intercity") is no word.
function writes(vocabulary: Vocabulary, term: string, word: string): boolean {
  return vocabulary.textsWith(term, PASSAGES_READ).some((text) => [...foldForSearch(text).matchAll(WORD)].some(([written]) => written === word));
}
