import { eng } from 'stopword';
import { stemmer } from 'stemmer';
import type { Mention } from '../text/aliases.js';
import { entityTerm, findMentions } from '../text/aliases.js';
import { foldForMatching } from '../text/fold.js';
import { normaliseFigures } from '../text/number-words.js';
import { RANK_WORDS } from '../text/titles.js';
import type { WeightedConcept } from './query.js';

// The package's English list lacks some words every question is made of, the filler of spoken questions ("what
// kind of…", "did they actually…") and what members type for a function word ("r" for "are", "abt", "w", "bc"); as
// terms they would only look like rare words the corpus never uses.
const CHAT_FUNCTION_WORDS = ['r', 'u', 'ur', 'n', 'w', 'abt', 'bc', 'cuz', 'coz', 'rn', 'idk', 'imo', 'thx', 'ty', 'plz', 'smth'];
// The same typed without the apostrophe ("why isnt kim saying anything"), which chat does and the stop word list,
// holding "isn" and "t", does not foresee.
const CONTRACTIONS_UNMARKED = ['dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'couldnt', 'wouldnt', 'shouldnt', 'cant', 'wont', 'im', 'ive', 'youre', 'theyre', 'thats', 'theres', 'whens', 'whys'];
const QUESTION_WORDS = ['not', 'so', 'go', 'goes', 'going', 'gone', 'went', 'come', 'comes', 'coming', 'came', 'forth', 'besides', 'specifically', 'anymore', 'per', 'does', 'why', 'when', 'whom', 'whose', 'will', 'whats', 'actually', 'really', 'exactly', 'kind', 'sort', 'thing', 'things', 'happen', 'happened', 'happening', 'get', 'got', 'gets', 'getting', 'gotten', 'know', 'tell', 'mean', 'means', 'like', 'lot', 'lots', 'anything', 'something', 'stuff', 'basically', 'currently', 'ever', 'yet', 'still', 'also', 'even', 'just', 'guys', 'anyone', 'pls', 'please', 'done', 'doing', 'having', 'hows', 'wheres', 'whos', 'literally', 'anyway', 'tho', 'btw'];
// Prepositions and conjunctions the package's list lacks: they say how words relate, not what is asked about.
const FUNCTION_WORDS = ['against', 'within', 'without', 'toward', 'towards', 'upon', 'among', 'amid', 'amidst', 'despite', 'via', 'onto', 'beyond', 'across', 'along', 'behind', 'beside', 'beneath', 'near', 'throughout', 'underneath', 'unlike', 'inside', 'outside', 'until', 'till', 'though', 'although', 'whether', 'either', 'neither'];
const STOPWORDS = new Set([...eng, ...QUESTION_WORDS, ...CHAT_FUNCTION_WORDS, ...CONTRACTIONS_UNMARKED, ...FUNCTION_WORDS]);
const TOKEN = /[\p{L}\p{N}]+/gu;
// Stemming is most of the cost of indexing; a corpus repeats its words, so stems are remembered. Bounded, because
// a flood of made-up words in questions must not grow memory without end.
const STEMS = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 100_000;

/**
 * Version of the analyzer below: how text becomes search terms (tokens, folding, figures, stop words, stemming,
 * the alias table's entity terms).
 * Bump it with any change that can give a text other terms; an index built by another version is stale, because
 * its postings no longer meet the terms of the questions.
 */
export const ANALYZER_VERSION = 16;

/**
 * The terms lexical search matches on: folded (case, lookalike letters, NFKC), figures written one way ("ten
 * thousand" and "10,000" both "10000"), without stop words, ranks written out ("Gen." as "general"), British
 * spellings written the American way, stemmed so that "soldier" finds "soldiers"; then one term for each name of
 * the domain the text mentions (see text/aliases.ts), so that "Pyongyang" and "North Korea" share a term. Used for
 * both passages and questions.
 */
export function searchTerms(text: string): string[] {
  const folded = foldForSearch(text);
  const mentions = findMentions(folded);
  return termsOf(wordStems(folded, mentions), mentions);
}

/** A text's search terms (as `searchTerms` gives them), and the terms at each of its words that is not a stop word. */
export interface PlacedTerms {
  terms: Set<string>;
  /** In the text's order: the word's stem and the term of each name of the domain it is part of. */
  atWord: Set<string>[];
}

/** The search terms of a text and where each stands, read in one pass (for the proximity of a question's words). */
export function placedSearchTerms(text: string): PlacedTerms {
  const folded = foldForSearch(text);
  const mentions = findMentions(folded);
  const stems = wordStems(folded, mentions);
  const terms = new Set(termsOf(stems, mentions));
  const atWord = stems.map(({ stem, at }) => {
    const word = new Set([stem]);
    for (const mention of mentions) if (mention.start <= at && at < mention.end) for (const entity of mention.entities) word.add(entityTerm(entity));
    return word;
  });
  return { terms, atWord };
}

// The words' stems, then one term for each entity each mention stands for.
function termsOf(stems: readonly { stem: string }[], mentions: readonly Mention[]): string[] {
  return [...stems.map(({ stem }) => stem), ...mentions.flatMap(({ entities }) => entities.map(entityTerm))];
}

// The stem of each word search reads, and where it stands: stop words and the words of an opaque name are not read
// ("Ukraine's General Staff said": its words are a name, which its entity term stands for, not the word "general").
function wordStems(folded: string, mentions: readonly Mention[]): { stem: string; at: number }[] {
  const stems: { stem: string; at: number }[] = [];
  for (const match of folded.matchAll(TOKEN)) {
    const opaque = mentions.some((mention) => mention.opaque && mention.start <= match.index && match.index < mention.end);
    if (!STOPWORDS.has(match[0]) && !opaque) stems.push({ stem: stemOf(match[0]), at: match.index });
  }
  return stems;
}

// "IT workers", "nk it specialists": information technology, not the pronoun (a stop word), before the trades it
// names.
const IT_BEFORE_ITS_TRADE = /\bit\s+(?=(?:workers?|specialists?|experts?|professionals?|sector|firms?|companies)\b)/g;

/**
 * Text as search reads it: folded, figures written one way, and contractions and chat's slashed abbreviations opened
 * ("isn't" → "is not", "Kim's" → "Kim", "w/o" → "without"), so that their pieces ("isn", "t", "o") never pass for
 * rare words; "IT workers" is "infotech workers".
 */
export function foldForSearch(text: string): string {
  return normaliseFigures(foldForMatching(text))
    .replace(IT_BEFORE_ITS_TRADE, 'infotech ')
    .replace(/\bw\/o\b/g, 'without')
    .replace(/\bb\/c\b/g, 'because')
    .replaceAll('’', "'")
    .replace(/n't\b/g, ' not')
    .replace(/'(?:re|ve|ll|d|m)\b/g, '');
}

/** The search term of one folded word. */
export function stemOf(token: string): string {
  let stem = STEMS.get(token);
  if (stem === undefined) {
    if (STEMS.size >= MAX_REMEMBERED_STEMS) STEMS.clear();
    // A rank written short is the rank ("gen" is "general"); alone these letters are no other word.
    stem = stemmer(americanSpelling(RANK_WORDS[token] ?? token));
    STEMS.set(token, stem);
  }
  return stem;
}

// Outlets spell "labour" and "labor", "defence" and "defense", "mobilise" and "mobilize": the same word to a
// reader. Applied to every text alike, so a rare word it bends wrongly ("contour") still only meets itself.
function americanSpelling(word: string): string {
  if (word.length >= 6 && word.endsWith('our')) return `${word.slice(0, -3)}or`;
  if (/^(defen|offen|licen|preten)ces?$/.test(word)) return word.replace('ence', 'ense');
  if (/^[a-z]{3,}tres?$/.test(word)) return word.replace(/tre(s?)$/, 'ter$1');
  // Four letters before "-ise", so that every form of a short word ("raise", "raising") is left alike.
  return word.replace(/(?<=^[a-z]{4,})is(e|es|ed|ing|ation|ations)$/, 'iz$1').replace(/(?<=^[a-z]{3,})ys(e|es|ed|ing)$/, 'yz$1');
}

/** Is the word one that search ignores ("the", "has", "how")? */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(foldForMatching(word));
}

/** The question's concepts with their IDF weights, as lexical search and coverage use them. */
export type TermWeights = WeightedConcept[];
