import type { Concept } from '../retrieval/query.js';
import { matchFactor } from '../retrieval/query.js';
import { searchTerms } from '../retrieval/terms.js';
import type { DifferingFigure, Quote } from './answer.js';
import { conjoinsAnotherHarm, countsUnaskedHarm, eventOfFigure, missesAskedEvent } from './counted-event.js';
import { blankDates, isYear } from '../text/calendar-dates.js';
import { SCALE_FACTORS, blankDesignations, normaliseFigures } from '../text/number-words.js';
import { splitSentences } from '../text/sentences.js';
import { isEntityTerm } from '../text/aliases.js';
import { SPEECH_VERBS, claimSource } from './speaker.js';
import { isVerbForm } from '../text/synonyms.js';
import { figureContext, fitsQuestion } from './figure-qualifiers.js';

/** What a figure is read from: a quote's words and its article, or a whole passage's with its article. */
export type QuotedText = Pick<Quote, 'text' | 'article'>;

// "3,000", "10 000", "1.5 million", "1.5m"; "ten thousand" is left to the words below: the figures a news sentence
// reports.
const FIGURE = /(?<![\d,.])\d{1,3}(?:[,\s\u00a0\u202f]\d{3})+(?:\.\d+)?(?!\d|,\d)(?:\s+(?:million|billion))?|(?<![\d,.])\d+(?:\.\d+)?(?!\d|,\d)(?:(?:m|mn|bn|k)\b|\s+(?:million|billion|thousand|hundred))?/g;
// Figures in words. A share ("half of", "a third of") counts nothing, as a percentage does not. Vague amounts
// ("thousands", "several hundred") say there is a figure but are not one to set against another, so figureOf finds
// them only when asked to.
const FIGURE_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a million|a billion|a dozen)(?:\s+(?:hundred|thousand|million|billion))?\b/gi;
const VAGUE_AMOUNT = /\b(?:(?:several|a few|some|many)\s+(?:hundred|thousand|dozen)|hundreds|thousands|dozens|tens of thousands)\b/gi;
const SMALL_COUNT_IN_WORDS = /^(?:two|three|four|five|six|seven|eight|nine)$/i;
// How many words after a figure may stand before the thing it counts ("3,000 North Korean troops").
const COUNTED_WITHIN = 5;
// … and, loosely, how many before it ("the number of North Korean soldiers dispatched to Russia … to about 14,000").
const COUNTED_BEFORE_WITHIN = 8;

const RANGE_END = String.raw`(?:\d{1,3}(?:[,\s\u00a0\u202f]\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:million|billion|thousand|hundred))?\b`;
const RANGE_TAIL = new RegExp(
  String.raw`^\s*(?:or|to|-|–)\s*${RANGE_END}|^\s+(?:or|to)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b`,
  'i',
);
// "Between 10 000 and 12 000 troops": a range too.
const BETWEEN = /\bbetween\s+$/i;
const AND_RANGE_TAIL = new RegExp(String.raw`^\s+and\s+${RANGE_END}`, 'i');
// What stands before the "five" of "one shell in five" or "one in five shells".
const RATIO_BEFORE = /\b(?:one|1)\b(?:\s+[\p{L}-]+){0,3}\s+in\s+$/iu;
// "Seven wounded for every death", "three shells to each gun": a ratio too.
const RATIO_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}(?:for|to|per)\s+(?:every|each)\b/u;
const TIME_UNIT = /^(?:seconds|minutes|hours|days|weeks|months|years|decades)$/;
// Nouns that count instances of the thing before them: "four Pantsir units" are four Pantsirs.
const INSTANCES = /^(?:units|systems|sets|pieces|items|copies|batteries)$/;
// What happened to the people a figure counts, standing for them: "around 600 dead", "2,700 wounded", "about 2,000
// have died", "2,000 of them had been killed".
const PEOPLE_BY_WHAT_HAPPENED = /^(?:(?:of\s+(?:them|those|these)\s+)?(?:(?:have|has|had|were|was)\s+)?(?:been\s+)?)?(?:dead|died|killed|wounded|injured|captured|missing)\b/i;
const PEOPLE_TERMS: ReadonlySet<string> = new Set(searchTerms('soldiers troops forces servicemen personnel fighters combatants men people'));
// How many words before the thing counted may name whose it is ("North Korean soldiers").
const OWNER_WITHIN = 3;
// A plural is counted ("how many shells"); a mass noun is measured ("how much oil").
const COUNT_NOUN = /[^s]s$/;
const HOLDING = /^(?:of|for|with|carrying|containing)$/;
const CONJUNCTION = /^(?:and|or|&)$/i;
// "The two countries would expand all-round cooperation": a verb between a figure and the word counted ends what
// the figure counts.
const AUXILIARY = /^(?:would|will|could|should|can|may|might|must|is|are|was|were|has|have|had)$/i;
const PART_OF = /^\s*of\s+(?:its|their|his|her|our)\s+/i;
// A figure followed by a unit measures that unit: "shells … about 60 kilometres away" gives no count of shells.
const MEASURE = /^(?:-?\s*)(?:mm|cm|km|kg|kilomet(?:re|er)s?|met(?:re|er)s?|miles?|millimet(?:re|er)s?|kilograms?|tonnes?|tons?|percent|per cent|%|minutes?|hours?|days?|weeks?|months?|years?|degrees?)(?![a-z])/i;

/** A figure a sentence gives for the thing counted, exactly as written, with the source that sentence names. */
export interface FigureClaim {
  figure: string;
  source: string;
  /** What the figure amounts to, however written: "ten thousand" and "10,000" are one value. */
  value: string;
}

/** What the question says of the thing it counts, beyond the thing: see CountedThing, and the question itself. */
export interface CountedAsked {
  /** What happened to it ("killed"). */
  verb?: Concept | null;
  /** Whose it is ("Russian"). */
  owner?: Concept | null;
  /** The question's text, for the kind of figure it asks for (see fitsQuestion). */
  question?: string;
}

/**
 * The figures a text gives for the thing counted, one for each sentence that gives one. Each sentence names its own
 * source: "… at least 9 million rounds, the monitors say. South Korea's Joint Chiefs of Staff gave a lower figure,
 * about 6 million shells" is two claims. When the question says what happened to the thing (`verb`: "killed"), a
 * sentence that counts another event gives none, so that troops sent and troops killed are never set against each
 * other; nor is a figure of another kind than the question asks for (a rate, an increment, a limit: fitsQuestion).
 */
function figureClaims(text: QuotedText, counted: Concept, { verb = null, owner = null, question = '' }: CountedAsked): FigureClaim[] {
  const claims: FigureClaim[] = [];
  const questionTerms = new Set(searchTerms(question));
  let countedBefore = false;
  for (const { sentence: words, source } of attributedSentences(text)) {
    const sentence = { ...text, text: words };
    const afterCount = countedBefore;
    countedBefore = false;
    if (missesAskedEvent(new Set(searchTerms(words)), verb)) continue;
    const referred = referredFigure(words, counted, { verb, owner }, afterCount);
    if (referred && fitsQuestion(figureContext(words, words.indexOf(referred), referred), question)) {
      claims.push({ figure: referred, source, value: valueOf(referred) });
      countedBefore = true;
      continue;
    }
    // "4,700 soldiers had been killed or wounded" counts casualties, which are not the killed a question asks for; the
    // same sentence's "including around 600 dead" does count them.
    // "About 15,000 soldiers have gone to Russia, and about 2,000 have died": the 2,000 are the dead; a figure of
    // another event ("15,000 have been sent") counts none.
    const eventOf = (found: string) => {
      const at = sentence.text.indexOf(found);
      return eventOfFigure(sentence.text.slice(0, at), sentence.text.slice(at + found.length), verb);
    };
    const candidates = [...figuresOf(sentence.text, counted, false, owner)].filter((found) => {
      const context = figureContext(sentence.text, sentence.text.indexOf(found), found);
      return !conjoinsAnotherHarm(afterFigure(sentence.text, found), verb) && !countsUnaskedHarm(context.before, context.after, verb, questionTerms) && fitsQuestion(context, question);
    });
    const events = candidates.map(eventOf);
    const figure = candidates[events.indexOf('asked')] ?? candidates[events.indexOf(null)];
    // A count of people in words below ten is nearly always of some beside the figure asked for ("the two who had
    // been captured"): it may answer "how many", but is never set against another's figure. Things are counted so
    // ("at least four Pantsir units").
    if (figure && !(SMALL_COUNT_IN_WORDS.test(figure) && countsPeople(counted))) claims.push({ figure, source, value: valueOf(figure) });
    countedBefore = figure !== undefined;
  }
  return claims;
}

// "Seoul says around 300 were trained. Kyiv puts the figure at more than 1,000": a figure of what the sentence before
// counted; "the JCS put the number of Koksans at about 160", "put total North Korean losses at roughly 3,000": a
// figure of the thing it names.
const PUTS_FIGURE_AT =
  /\b(?:puts?|putting|places?|placed|sets?|estimates?|estimated)\s+(?:(?:the|its|their|that|this)\s+(?:figure|number|count|total|toll|tally|estimate)(?:\s+of\s+([^,;:()]{1,60}?))?|([^,;:()]{1,60}?))\s+(?:at|as)\s+(?:(?:about|around|some|roughly|nearly|almost|at least|at most|more than|fewer than|less than|no more than|no fewer than|up to|over|under)\s+)*/i;
// "The number of North Korean dead": people, named by what happened to them.
const HARMED_PEOPLE = /\b(?:dead|killed|wounded|injured|captured|missing)\b/i;

/** Does the sentence give a figure for what the sentence before it counted ("Kyiv puts the figure at 1,000")? */
export function refersToFigureBefore(sentence: string): boolean {
  const match = PUTS_FIGURE_AT.exec(sentence);
  return match !== null && match[1] === undefined && match[2] === undefined;
}

// The figure a sentence puts a count at, exactly as written: of the thing counted where the sentence names it, else
// of what the sentence before counted (`countedBefore`); null when it puts none at a figure of the thing counted.
function referredFigure(sentence: string, counted: Concept, { verb, owner }: { verb: Concept | null; owner: Concept | null }, countedBefore: boolean): string | null {
  const undated = blankDesignations(blankDates(sentence));
  const match = PUTS_FIGURE_AT.exec(undated);
  if (!match) return null;
  const thing = match[1] ?? match[2];
  const ofCounted = (words: string) => matchFactor(counted, new Set(searchTerms(words))) > 0 || (countsPeople(counted) && HARMED_PEOPLE.test(words));
  // "Put North Korean casualties at around 4,000": casualties, not the killed a question asks for.
  const another = (words: string) => !ofCounted(words) || missesAskedEvent(new Set(searchTerms(words)), verb) || ownedByAnother(words, undated.slice(0, match.index), owner);
  if (thing === undefined ? !countedBefore : another(thing)) return null;
  const at = match.index + match[0].length;
  const figure = [FIGURE, FIGURE_WORDS].map((pattern) => new RegExp(pattern.source, 'iy')).map((sticky) => sticky.exec(undated.slice(at))?.[0]).find(Boolean);
  return figure ? sentence.slice(at, at + figure.length) : null;
}

// "Russia's mission to the U.N. rejected the figure. In a statement it said Russia had delivered 312,000 barrels":
// a sentence whose speaker is a pronoun speaks for the source the sentence before it named.
const PRONOUN_SPEAKS = new RegExp(String.raw`\b(?:it|he|she|they)\s+(?:(?:also|later|then|further)\s+)?${SPEECH_VERBS}\b`, 'i');

/** Each sentence of a text with its source (see sourceOf), a pronoun's being the one named just before it. */
function attributedSentences(text: QuotedText): { sentence: string; source: string }[] {
  let named: string | null = null;
  return splitSentences(text.text).map(({ start, end }) => {
    const sentence = text.text.slice(start, end);
    named = claimSource(sentence) ?? (PRONOUN_SPEAKS.test(sentence) ? named : null);
    return { sentence, source: named ?? articleSource(text.article) };
  });
}

// The words after a figure, up to the next figure: what it counts and what happened to it.
function afterFigure(text: string, figure: string): string {
  const rest = text.slice(text.indexOf(figure) + figure.length);
  return rest.slice(0, rest.search(/\d|$/));
}

/**
 * The claims each sentence of the quotes makes, as `read` finds them (a sum of money, a pair of ages), each with the
 * source its sentence names; listed when they differ (see claimsDiffer), null when they agree.
 */
export function differingSentenceClaims(
  quotes: readonly QuotedText[],
  read: (sentence: string) => { figure: string; value: string } | null,
): DifferingFigure[] | null {
  const claims: (FigureClaim & { quote: number })[] = [];
  quotes.forEach((quote, i) => {
    for (const { sentence, source } of attributedSentences(quote)) {
      const claim = read(sentence);
      if (claim) claims.push({ ...claim, source, quote: i });
    }
  });
  return listedIfDiffer(claims);
}

// The claims as the answer lists them, when they differ.
function listedIfDiffer(claims: (FigureClaim & { quote: number })[]): DifferingFigure[] | null {
  return claimsDiffer(claims) ? claims.map(({ figure, source, quote }) => ({ figure, source, quote })) : null;
}

/** Do these claims differ: two values at least, from two sources at least? */
export function claimsDiffer(claims: FigureClaim[]): boolean {
  return new Set(claims.map((c) => c.value)).size >= 2 && new Set(claims.map((c) => c.source)).size >= 2;
}

/**
 * When the answer to a "how many" question quotes different figures for the thing the question counts, from
 * different sources, lists each with its source so that the reader sees that the sources differ instead of taking
 * one number as the answer. A figure counts only when the thing counted follows it closely ("10,000 soldiers"), so
 * that a date is never set against a count (see figureClaims). Null when they agree.
 */
export function differingFigures(quotes: readonly QuotedText[], counted: Concept | null, asked: CountedAsked = {}): DifferingFigure[] | null {
  if (!counted) return null;
  return listedIfDiffer(quotes.flatMap((quote, i) => figureClaims(quote, counted, asked).map((claim) => ({ ...claim, quote: i }))));
}

/**
 * The figure a text gives for the thing counted, exactly as written, with its source: the one the sentence names,
 * else the article's publisher, else its title. Null when no figure is followed closely by the thing counted. With
 * `loose`, for telling whether a text answers at all: "thousands of soldiers" counts too, and so does a figure the
 * thing counted comes shortly before ("the number of soldiers sent … to about 14,000"). With `owner`, whose things
 * the question counts ("Russian" in "how many Russian soldiers"): a figure of another's ("100 North Korean
 * soldiers") is none of them.
 */
export function countedFigure(
  quote: QuotedText,
  counted: Concept,
  { loose = false, owner = null }: { loose?: boolean; owner?: Concept | null } = {},
): { figure: string; source: string } | null {
  const { value: figure } = figuresOf(quote.text, counted, loose, owner).next();
  return figure ? { figure, source: sourceOf(quote) } : null;
}

/** Whose claim a text makes: the source it names, else its article's publisher, else the article's title. */
export function sourceOf(text: QuotedText): string {
  return claimSource(text.text) ?? articleSource(text.article);
}

// Whose words an article is, where its sentence names no one.
function articleSource({ publisher, title }: QuotedText['article']): string {
  return publisher ?? title;
}

// The figures in the text that the counted thing follows, in order, exactly as written: digits, or words ("two",
// "several hundred"). Where the thing counted is people, what happened to them may stand for them: "600 dead",
// "some 2,700 wounded". Read one at a time, as most callers want only the first.
function* figuresOf(text: string, counted: Concept, loose: boolean, owner: Concept | null): Generator<string> {
  // Dates are never figures: "September 13, 2023", "Nov. 5", "June 2024"; nor are the digits of "KN-23".
  const undated = blankDesignations(blankDates(text));
  const found = [...undated.matchAll(FIGURE), ...undated.matchAll(FIGURE_WORDS), ...(loose ? undated.matchAll(VAGUE_AMOUNT) : [])];
  const counts = (words: string) => matchFactor(counted, new Set(searchTerms(words))) > 0;
  for (const match of found.sort((a, b) => a.index - b.index)) {
    if (isYear(match[0])) continue;
    // "One North Korean shell in five", "one in three of the soldiers": a ratio, no count.
    if (RATIO_BEFORE.test(undated.slice(0, match.index)) || RATIO_AFTER.test(undated.slice(match.index + match[0].length))) continue;
    // "two or three", "10,000 to 12,000": a range is one figure, and what it counts follows its end.
    const rest = undated.slice(match.index + match[0].length);
    const range = (RANGE_TAIL.exec(rest) ?? (BETWEEN.test(undated.slice(0, match.index)) ? AND_RANGE_TAIL.exec(rest) : null))?.[0] ?? '';
    const end = match.index + match[0].length + range.length;
    // "About 100 of its 240mm multiple rocket launchers" are 100 launchers: the words from "of its" on are counted.
    const after = undated.slice(end).split(/[.;:!?,()]/)[0]!.replace(PART_OF, ' ').split(/\s+/).filter(Boolean).slice(0, COUNTED_WITHIN).join(' ');
    const clause = undated.slice(0, match.index).split(/[.;:!?()]/).at(-1)!.split(/\s+/).filter(Boolean);
    const before = clause.slice(-COUNTED_BEFORE_WITHIN).join(' ');
    // "A 155mm shell" gives the calibre of one shell, not a count of shells; "five days" may count days.
    const unit = MEASURE.exec(after)?.[0];
    if (unit !== undefined && !counts(unit)) continue;
    const afterWords = after.split(/\s+/);
    const countedAt = afterWords.findIndex((word) => counts(word));
    // "9 million artillery shells and rockets" counts shells and rockets together, no rockets alone.
    if (countedAt > 0 && afterWords.slice(0, countedAt).some((word) => CONJUNCTION.test(word) || AUXILIARY.test(word))) continue;
    // "13,000 containers of artillery shells" counts containers, "about 70 vertical launch cells for missiles" cells:
    // the thing counted after a preposition is what the figure's own noun holds. "A million barrels of oil" is how
    // much oil there is.
    const holder = afterWords.findIndex((word, at) => at > 0 && at < countedAt && HOLDING.test(word));
    if (holder > 0 && !counts(afterWords[holder - 1]!) && COUNT_NOUN.test(counted.word)) continue;
    if (countedAt >= 0 && COUNT_NOUN.test(counted.word) && modifiesNoun(afterWords[countedAt + 1], counts)) continue;
    // The words from the figure to the thing counted ("North Korean soldiers" in "100 North Korean soldiers have…").
    const phrase = counts(after)
      ? afterWords.slice(0, countedAt + 1).join(' ')
      : PEOPLE_BY_WHAT_HAPPENED.test(after) && countsPeople(counted)
        ? afterWords[0]!
        : loose && counts(before)
          ? countedPhraseBefore(clause, counts)
          : null;
    if (phrase !== null && !ownedByAnother(phrase, clause.join(' '), owner)) yield text.slice(match.index, end);
  }
}

// Is the thing counted people ("soldiers", "North Koreans")?
function countsPeople(counted: Concept): boolean {
  return counted.kind === 'entity' || matchFactor(counted, PEOPLE_TERMS) > 0;
}

// "100 North Korean soldiers" are not the Russian soldiers a question counts: the words of the thing counted name
// someone of the domain who is not its owner, or, where they name no one, the clause before the figure does
// ("North Korea had dispatched about 3,000 troops to Russia"), its speaker aside ("Seoul said 11,000 troops…").
function ownedByAnother(phrase: string, clause: string, owner: Concept | null): boolean {
  if (!owner) return false;
  const named = new Set(searchTerms(phrase));
  const speaker = new Set(searchTerms(claimSource(clause) ?? ''));
  const terms = [...named].some(isEntityTerm) ? named : new Set(searchTerms(clause).filter((term) => !speaker.has(term)));
  return [...terms].some(isEntityTerm) && matchFactor(owner, terms) === 0;
}

// The thing counted and the words just before it, when it stands before the figure in its clause ("the number of
// North Korean soldiers sent … to about 14,000").
function countedPhraseBefore(words: string[], counts: (words: string) => boolean): string {
  let at = words.length - 1;
  while (at >= 0 && !counts(words[at]!)) at--;
  return words.slice(Math.max(0, at - OWNER_WITHIN), at + 1).join(' ');
}

// "200 rocket launchers" counts launchers, not rockets: the thing counted is only a modifier when a plural noun
// follows it (`next`). "Troops killed" and "troops months ago" are no such noun, nor the "units" of "four Pantsir
// units".
function modifiesNoun(next: string | undefined, counts: (words: string) => boolean): boolean {
  return next !== undefined && /^[a-z]+[^s]s$/.test(next) && !TIME_UNIT.test(next) && !INSTANCES.test(next) && !isVerbForm(next) && !counts(next);
}

// What a figure amounts to, however it is written: "10,000", "10 000" and "ten thousand" agree, so do "1.5m" and
// "1.5 million"; a figure in other words ("a dozen") is its own words.
function valueOf(figure: string): string {
  const written = figure.toLowerCase().replace(/^a\s+/, '').replace(/[,\s\u00a0\u202f](?=\d{3}\b)/g, '');
  const match = /^(\d+(?:\.\d+)?)\s*(hundred|thousand|k|million|mn|m|billion|bn)?$/.exec(written);
  return match ? String(Math.round(Number(match[1]) * (match[2] ? SCALE_FACTORS[match[2]]! : 1))) : normaliseFigures(written);
}
