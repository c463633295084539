import type { PassageIndex } from '../index/open.js';
import type { Concept } from '../retrieval/query.js';
import { conceptCoverage, matchFactor } from '../retrieval/query.js';
import { searchTerms } from '../retrieval/terms.js';
import { MONTH_NAMES, WEEKDAY_NAMES, blankDates, isYear, mentionsDate, namesMonth, writesYear } from '../text/calendar-dates.js';
import { blankDesignations } from '../text/number-words.js';
import type { Quote } from './answer.js';
import type { AnswerType } from './answer-type.js';
import { hasAnswerType } from './answer-type.js';
import type { Asked } from './engine.js';
import type { ScoringProfile } from './scoring-profile.js';
import { eventOfFigure, missesAskedEvent } from './counted-event.js';
import type { CountedThing } from './counted-thing.js';
import { countedFigure } from './disagreement.js';
import { asksPlan, datesPlan, givesOnlyPlans } from './planned-event.js';
import { namesSpeaker } from './speaker.js';
import { RATE, asksRate } from './figure-qualifiers.js';
import { splitSentences } from '../text/sentences.js';

// A figure that counts something: digits that are not a year or a day of the month, or a number word.
const COUNT = /\b\d[\d,.\s]*\b|\b(?:dozens?|hundreds?|thousands?|millions?|billions?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|third|quarter)\b/gi;
const MONTH_WORD = new RegExp(`^(?:${MONTH_NAMES.join('|')})$`, 'i');
// "Last year" is the year before publication; "last October" and "last autumn" may be that year's or the one before.
const LAST_YEAR = new RegExp(`\\blast (?:year|autumn|fall|winter|spring|summer|${MONTH_NAMES.join('|')})\\b`, 'i');
// "This year" and "the first half of the year" are the year of publication, as a month without its year is.
const THIS_YEAR = /\bthis year\b|\b(?:half|quarter|start|beginning|end|rest) of the year\b/i;
const AS_OF = /\bas of\b/i;
// "Has sent 28,000 containers since August 2023": a total to date, not the figure of 2023.
const SINCE_DATE = new RegExp(String.raw`\b(?:since|from)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:\d{1,2}\s+)?(?:${MONTH_NAMES.join('|')})\.?(?:\s+\d{1,2})?,?\s+)?(?:1[89]|20)\d{2}\b`, 'gi');
const ASKS_SINCE = /\bsince\b|\bfrom\s+(?:[a-z.]+\s+){0,2}(?:1[89]|20)\d{2}\b/i;
// "How far can it fire", "how old is he", "how heavy is it": the measure the question names is what a distance, an age
// or a weight gives, in words that need not repeat it ("hits targets 40 kilometres away", "he is 20", "displaces
// 5,000 tonnes"), and so does a figure for "how big" ("the first contingent, of roughly 1,500 troops"). The terms
// are the search terms of the measure's words ("how far away").
const MEASURES: Partial<Record<AnswerType, { asked: RegExp; terms: string[] }>> = {
  distance: { asked: /\bhow far\b/i, terms: ['far', 'awai'] },
  age: { asked: /\bhow old\b/i, terms: ['old'] },
  weight: { asked: /\bhow heavy\b/i, terms: ['heavi'] },
  // "How big was the first batch": its size is the count.
  number: { asked: /\bhow (?:big|large)\b/i, terms: ['big', 'larg'] },
};
const NOW = new RegExp(`\\b(?:now|currently|today|yesterday|this (?:week|month)|${WEEKDAY_NAMES.join('|')})\\b`, 'i');

// The month and year an article was published, as search terms; none without a date.
function publishedMonth(published: string | null): string[] {
  const name = published ? MONTH_NAMES[Number(published.slice(5, 7)) - 1] : undefined;
  return name ? searchTerms(`${name} ${published!.slice(0, 4)}`) : [];
}

// The text before and after each figure a text gives (years, dates and the digits of names aside).
function figuresIn(sentence: string): { before: string; after: string }[] {
  const blanked = blankDesignations(blankDates(sentence));
  return [...blanked.matchAll(COUNT)]
    .filter(([match]) => !isYear(match.trim()))
    .map((match) => ({ before: sentence.slice(0, match.index), after: sentence.slice(match.index + match[0].length) }));
}

/** Does the text give a figure, other than a year, a date or the digits of a name ("KN-23")? */
function givesFigure(text: string): boolean {
  return figuresIn(text).length > 0;
}

// "About 600 of them have been killed": a figure of the thing counted in the sentence before.
const REFERS_BACK = /\b(?:of|among)\s+(?:them|those|these|whom)\b/i;

// A figure of the thing counted, and a sentence that gives a figure and does not say that another thing happened:
// in "Ukraine gave higher figures for the number killed. Two soldiers captured in January are held in Kyiv", the two
// were captured, not killed; "about 14,000 soldiers… The JCS estimated that 600 of them had been killed" counts the
// killed. A sentence that says both counts what its figures are followed by: "3,000 soldiers had been sent to
// replace the dead" counts none killed. What did it must be in that sentence too: 600 killed are not 600 killed by
// drones. So must the thing counted, or "of them": "two missiles hit Kharkiv, killing seven people. Four children were
// among the wounded" counts no children killed.
function countsAskedEvent(quote: Quote, counted: Concept, { countedVerb, countedAgent, countedOwner }: CountedThing): boolean {
  if (countedFigure(quote, counted, { loose: true, owner: countedOwner }) === null) return false;
  return splitSentences(quote.text).some(({ start, end }) => {
    const sentence = quote.text.slice(start, end);
    const terms = new Set(searchTerms(sentence));
    if (countedAgent && matchFactor(countedAgent, terms) === 0) return false;
    const figures = figuresIn(sentence);
    if (figures.length === 0 || missesAskedEvent(terms, countedVerb)) return false;
    if (!REFERS_BACK.test(sentence) && countedFigure({ ...quote, text: sentence }, counted, { loose: true, owner: countedOwner }) === null) return false;
    const events = figures.map(({ before, after }) => eventOfFigure(before, after, countedVerb));
    return events.includes('asked') || !events.includes('other');
  });
}

/** The verdict on ranked quotes, and the quotes in the order the answer shows them. */
export interface Judged {
  verdict: 'answered' | 'related';
  quotes: Quote[];
}

/**
 * `answered` when some quote states what the question asks: its names stand in the quote's article, its sentences
 * hold most of the question's concept weight, and the kind of answer asked for is there (a figure for "how many", a
 * date for "when", a name for "what are the names of" and the leader's for "who is the commander of", a named
 * speaker for "who said", the speaker's own words for "according to X"); else `related`. With the statingFirst
 * stage, the quotes that state it come first, each group in ranking order: "How many North Korean troops are
 * fighting for Russia?" opens with the figure of troops sent, not with the passage that holds "fighting" beside
 * "troops" and no figure.
 */
export function judgeQuotes(quotes: Quote[], index: PassageIndex, asked: Asked, profile: ScoringProfile): Judged {
  const says = quotes.map((quote) => states(quote, index, asked, profile));
  const verdict = says.some(Boolean) ? 'answered' : 'related';
  if (!profile.stages.statingFirst) return { verdict, quotes };
  return { verdict, quotes: [...quotes.filter((_, i) => says[i]), ...quotes.filter((_, i) => !says[i])] };
}

// A count or a calibre the question gives ("the 3,000 troops", "240mm rockets"); "the two countries" only counts
// them, and a year ("in 2023") is the quote's to give.
function isFigure(concept: Concept): boolean {
  const figure = /^(\d+)(?:mm|cm|km|kg)?$/.exec(concept.word);
  return figure !== null && Number(figure[1]) >= 10 && !isYear(concept.word);
}

// The text with the figures the question gives blanked, character for character.
function withoutFigures(text: string, given: Concept[]): string {
  if (given.length === 0) return text;
  const values = new Set(given.map((c) => c.word));
  return text.replace(/\d[\d,]*/g, (digits) => (values.has(digits.replaceAll(',', '')) ? ' '.repeat(digits.length) : digits));
}

// "How many factories are running three shifts?": the three shifts are the question's, and count no factories. A
// small figure the question gives with the word it counts is blanked where the quote gives it with the same word
// (alone, "the two countries" may still count what is asked).
function withoutCountsGiven(text: string, question: string): string {
  const given = new Set(countPairs(question).map(({ pair }) => pair));
  if (given.size === 0) return text;
  let blanked = text;
  for (const { pair, start, end } of countPairs(text)) if (given.has(pair)) blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end);
  return blanked;
}

// Each figure of a text (not a year) with the search term of the word after it ("three shifts": "3 shift").
function countPairs(text: string): { pair: string; start: number; end: number }[] {
  return [...text.matchAll(COUNT)].flatMap((match) => {
    const [value] = searchTerms(match[0]);
    const [word] = searchTerms(text.slice(match.index + match[0].length).split(/[.;:!?,()]/)[0]!.split(/\s+/).filter(Boolean)[0] ?? '');
    if (value === undefined || word === undefined || !/^\d+$/.test(value) || isYear(value)) return [];
    return [{ pair: `${value} ${word}`, start: match.index, end: match.index + match[0].trimEnd().length }];
  });
}

// "Has Kim visited his soldiers on the front line?": the sentence that says he visited must say whom or what
// ("visit the Vostochny Cosmodrome" is another visit); "Which general was killed?": the sentence that says who was
// killed must say a general (see eventObject).
function saysEventOfObject(text: string, { events, eventObject }: Asked): boolean {
  return splitSentences(text).some(({ start, end }) => {
    const terms = new Set(searchTerms(text.slice(start, end)));
    return events.some((verb) => matchFactor(verb, terms) > 0) && eventObject.some((c) => matchFactor(c, terms) > 0);
  });
}

/**
 * Is the quote of the year and the month the question gives, if it gives any? "How much oil did Russia deliver in
 * 2023?" is not answered by a quote of 2024, nor "how many were captured in December" by the capture of Jan. 9; and
 * a figure of 2024 is not set against one of 2023 as sources differing.
 */
export function isOfAskedPeriod(quote: Pick<Quote, 'text' | 'article'>, asked: Pick<Asked, 'concepts' | 'text'>): boolean {
  // Most questions give no period: the quote's terms are then not worth reading.
  return !asked.concepts.some(namesPeriod) || ofAskedPeriod(asked, periodTerms(quote, new Set(searchTerms(quote.text)), asked));
}

// The quote's dated terms, for the period the question gives: a year that only begins a total to date ("since August
// 2023", "from 2023") is not the period of its figures, unless the question asks from when too ("since 2023").
function periodTerms(quote: Pick<Quote, 'text' | 'article'>, quoted: ReadonlySet<string>, asked: Pick<Asked, 'text'>): Set<string> {
  const text = ASKS_SINCE.test(asked.text) ? quote.text : quote.text.replace(SINCE_DATE, ' ');
  return datedTerms({ ...quote, text }, text === quote.text ? quoted : new Set(searchTerms(text)), asked);
}

function ofAskedPeriod({ concepts }: Pick<Asked, 'concepts'>, dated: ReadonlySet<string>): boolean {
  return !concepts.some((c) => namesPeriod(c) && matchFactor(c, dated) === 0);
}

function namesPeriod(concept: Concept): boolean {
  return isYear(concept.word) || MONTH_WORD.test(concept.word);
}

// The quote's terms with the year and month its dates are of. The year an article was published is the year its "in
// January", "this year" and "last month" mean, when the quote gives a month, a day or "this year" without its year;
// "in 2024" is not the year it was published, and a sentence that dates nothing is not of any year. Its "now" and
// "this week" are the month it was published, where the quote names no month of its own. A question "as of June
// 2025" asks how things stood then, which an article published then tells, whatever months it names ("has sent
// 14,000 since last October").
function datedTerms(quote: Pick<Quote, 'text' | 'article'>, quoted: ReadonlySet<string>, asked: Pick<Asked, 'text'>): Set<string> {
  const year = quote.article.published ? Number(quote.article.published.slice(0, 4)) : null;
  const years = year !== null && !writesYear(quote.text) && (mentionsDate(quote.text) || THIS_YEAR.test(quote.text)) ? [String(year)] : [];
  const lastYear = year !== null && LAST_YEAR.test(quote.text) ? [String(year - 1)] : [];
  const now = AS_OF.test(asked.text) || (NOW.test(quote.text) && !namesMonth(quote.text));
  const month = now ? publishedMonth(quote.article.published) : [];
  return new Set([...quoted, ...years, ...month, ...lastYear]);
}

// The quote's terms, with the measure the question names where the quote gives one (see MEASURES).
function withMeasure(terms: Set<string>, text: string, asked: Asked): Set<string> {
  const { answerType } = asked.intent;
  const measure = MEASURES[answerType];
  if (!measure || !measure.asked.test(asked.text) || !hasAnswerType(text, answerType)) return terms;
  return new Set([...terms, ...measure.terms]);
}

// "Shoigu said in June that North Korea would send deminers" does not say when they arrived, but it does say when
// the plan was announced, and when they are to come; "what date is Kim going to Moscow" is not answered by the day he
// arrived in Beijing.
function datesAskedKind(text: string, asked: Asked): boolean {
  const { answerType, aboutWords } = asked.intent;
  if (asksPlan(asked.text)) return datesPlan(text, answerType, asked.concepts);
  return aboutWords || !givesOnlyPlans(text, answerType, asked.concepts);
}

function states(shown: Quote, index: PassageIndex, asked: Asked, profile: ScoringProfile): boolean {
  const quote = { ...shown, text: shown.stated ?? shown.text };
  // Names and figures the question gives are what it is about: an article without them is about something else.
  const inArticle = (c: Concept) => c.alternatives.some(({ term }) => index.articleHas(quote.article.id, term));
  if (asked.concepts.some((c) => (c.kind === 'entity' || isFigure(c)) && !inArticle(c))) return false;
  const passage = index.passage(quote.passageId)!.text;
  const { answerType, asksSpeaker } = asked.intent;
  const { minCoverage, minCoverageTyped, minTopicCoverage, headlineFactor } = profile.verdict;
  const quoted = new Set(searchTerms(quote.text));
  // A paragraph's "the men" and "it" are the headline's captured soldiers and Koksan gun.
  const headline = { terms: new Set(searchTerms(quote.article.title)), factor: headlineFactor };
  const dated = withMeasure(datedTerms(quote, quoted, asked), quote.text, asked);
  if (asked.concepts.some(namesPeriod) && !ofAskedPeriod(asked, periodTerms(quote, quoted, asked))) return false;
  // The speaker the question names may be named by the passage or be the publisher ("per the harrowgate report": "the
  // report said"): its words then count as held by the quote.
  const spoken = asked.speaker !== null && (asked.speaker.speaksIn(quote.text) || asked.speaker.speaksIn(passage) || asked.speaker.publishes(quote.article));
  const held = spoken ? new Set([...dated, ...asked.concepts.filter((c) => asked.speaker!.isNamedIn(c)).flatMap((c) => c.alternatives.map(({ term }) => term))]) : dated;
  const coverage = conceptCoverage(asked.concepts, held, headline);
  // A cause can be given in any words, so "why" is judged as any question is; a figure, a date, an age or a name must
  // be there.
  if (coverage < (answerType === 'any' || answerType === 'reason' ? minCoverage : minCoverageTyped)) return false;
  // "What did the Pentagon say about the prisoners?": the Pentagon speaking of casualties does not answer it.
  if (asked.topic.length > 0 && conceptCoverage(asked.topic, quoted, headline) < minTopicCoverage) return false;
  if (answerType === 'number') {
    // "How many of the 6,000 engineers have arrived?": the 6,000 is the question's, and answers nothing.
    const counting = { ...quote, text: withoutCountsGiven(withoutFigures(quote.text, asked.concepts.filter(isFigure)), asked.text) };
    if (!(asked.counted ? countsAskedEvent(counting, asked.counted, asked) : givesFigure(counting.text))) return false;
  }
  // "How many shells a month?" asks for a rate, which "millions of shells" over months of transfers is not.
  if (asksRate(asked.text) && !RATE.test(quote.text)) return false;
  // Troops killed are not troops sent; the day a prisoner asked to go to Seoul is not the day he was flown there, and
  // a street announced is not one moved into.
  if (missesAskedEvent(quoted, asked.countedVerb)) return false;
  if (asked.events.some((verb) => matchFactor(verb, quoted) === 0 && matchFactor(verb, headline.terms) === 0)) return false;
  if (asked.eventObject.length > 0 && !saysEventOfObject(quote.text, asked)) return false;
  if (answerType !== 'number' && answerType !== 'reason' && !hasAnswerType(quote.text, answerType)) return false;
  if ((answerType === 'date' || answerType === 'day') && !datesAskedKind(quote.text, asked)) return false;
  if (asksSpeaker && !namesSpeaker(quote.text)) return false;
  if (asked.speaker && !spoken) return false;
  return true;
}
