import type { Embedder } from '../embedding/embedder.js';
import type { IndexedPassage } from '../index/indexed-passage.js';
import type { PassageIndex } from '../index/open.js';
import type { Candidate, RankedCandidate } from '../retrieval/hybrid.js';
import { rankCandidates } from '../retrieval/hybrid.js';
import type { ConceptPair } from '../retrieval/proximity.js';
import { nearPairShare, neighbouringPairs } from '../retrieval/proximity.js';
import type { Concept, WeightedConcept } from '../retrieval/query.js';
import { conceptCoverage, questionConcepts, withWordForms } from '../retrieval/query.js';
import { respelledQuestion } from '../retrieval/misspelling.js';
import { placedSearchTerms, searchTerms } from '../retrieval/terms.js';
import { foldForMatching } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { countWords } from '../text/words.js';
import { wordForms } from '../text/word-forms.js';
import { normaliseFigures } from '../text/number-words.js';
import { blankDates, isMonthName, isYear } from '../text/calendar-dates.js';
import type { Answer, Quote } from './answer.js';
import { RELATED_NOTE, differenceNote } from './answer-text.js';
import { givesDayOfMonth, hasAnswerType } from './answer-type.js';
import { missesAskedEvent } from './counted-event.js';
import type { CountedThing } from './counted-thing.js';
import { countedThing, withoutSource } from './counted-thing.js';
import { askedEvents, eventObject } from './asked-event.js';
import { withoutDisagreementAside } from './disagreement-aside.js';
import { differingAges } from './differing-ages.js';
import { differingDurations } from './differing-durations.js';
import { differingSums } from './differing-sums.js';
import type { QuotedText } from './disagreement.js';
import { countedFigure, differingFigures } from './disagreement.js';
import { sentencesAbout } from './claim-sentences.js';
import { parseQuestion } from './question.js';
import type { QuestionIntent } from './question-intent.js';
import { questionIntent } from './question-intent.js';
import { chooseWindow, leansOnPrevious, padWindow } from './quote-window.js';
import { relevance, relevanceGate } from './relevance.js';
import type { ScoringProfile } from './scoring-profile.js';
import { DEFAULT_PROFILE } from './scoring-profile.js';
import { claimSource, namesSpeaker, opensWithQuotation } from './speaker.js';
import { SpeakerMatcher } from './speaker-match.js';
import { withoutNames } from './names-aside.js';
import { questionVector, topicVector } from './question-vector.js';
import { quoteLink } from './text-fragment.js';
import { isOfAskedPeriod, judgeQuotes } from './verdict.js';

export const DEFAULT_TOP = 3;
// Where a figure's source does not matter, only whether there is one.
const NO_SOURCE = { id: '', title: '', publisher: null, url: null, published: null };
// Ranked beyond the quotes asked for, so that a source giving another figure can take the last place, and a
// paragraph repeated by another outlet can give its place to the next.
const SPARE_CANDIDATES = 7;

export interface AnswerOptions {
  /** How many quotes at most. */
  top?: number;
  /** Weights, thresholds and stage switches; the evaluation switches stages off one at a time. */
  profile?: ScoringProfile;
  /** Told how long each stage took, for the benchmark. */
  onStage?: (stage: AnswerStage, milliseconds: number) => void;
}

export type AnswerStage = 'embedding' | 'vector search' | 'lexical search' | 'quote selection';

/** What the engine knows about the question while it answers; the counted thing's fields are null but for "how many". */
export interface Asked extends CountedThing {
  text: string;
  intent: QuestionIntent;
  concepts: WeightedConcept[];
  /** The concepts of what the question asks about ("about the prisoners"); none when it does not say. */
  topic: WeightedConcept[];
  /** For "when" and "has it happened", the verbs in the past that say what happened (see asked-event.ts). */
  events: Concept[];
  /** What those events are said of, for "has it happened" and "which one" (see asked-event.ts). */
  eventObject: Concept[];
  /** The concepts that stand side by side in the question (proximity stage; none when it is off). */
  pairs: ConceptPair[];
  vector: number[] | null;
  /** The concepts that are not names (see withoutNames), and their vector (see topicVector): what the test of topic reads. */
  content: WeightedConcept[];
  topicVector: number[] | null;
  speaker: SpeakerMatcher | null;
}

/**
 * The one answer function behind the CLI and the bot: question in, verbatim attributed quotes out, with a verdict
 * saying how far they answer it, or a refusal when nothing in the index clears the relevance threshold. Throws
 * InvalidQuestionError for unusable input.
 */
export async function answerQuestion(
  index: PassageIndex,
  embedder: Embedder,
  rawQuestion: string,
  { top = DEFAULT_TOP, profile = DEFAULT_PROFILE, onStage = () => {} }: AnswerOptions = {},
): Promise<Answer> {
  let lap = performance.now();
  const stage = (name: AnswerStage) => {
    const now = performance.now();
    onStage(name, now - lap);
    lap = now;
  };
  const text = parseQuestion(rawQuestion);
  const { asked, candidates } = await gatherCandidates(index, embedder, text, top * profile.candidatesPerQuote, profile, stage);
  const relevant = candidates.filter(relevanceGate(index, asked, profile));
  for (const c of relevant) c.boost = passageBoost(index.passage(c.passageId)!, asked, profile);
  const ranked = withDifferingFigure(withoutRepeats(rankCandidates(relevant, top + SPARE_CANDIDATES, profile.fusion), index, profile), top, asked, index, profile);
  const quoted: Quote[] = [];
  for (const chosen of ranked) quoted.push(await quotePassage(index, embedder, chosen.passageId, absoluteScore(chosen, asked, index, profile), asked, profile));
  stage('quote selection');

  const { verdict, quotes } = quoted.length === 0 ? { verdict: 'refused' as const, quotes: quoted } : judgeQuotes(quoted, index, asked, profile);
  const differing = verdict !== 'answered' ? null : differingIn(quotes, asked, profile);
  return {
    question: text,
    verdict,
    quotes,
    notes: [...(verdict === 'related' ? [RELATED_NOTE] : []), ...(differing ? [differenceNote(differing)] : [])],
    differing,
    model: index.manifest.model,
    indexBuiltAt: index.manifest.builtAt,
  };
}

/**
 * Both retrievers' candidates for a question, each with its cosine, BM25 score and coverage measured (a passage
 * only the vector search found still shares words with the question, or not: never assume 0).
 */
export async function gatherCandidates(
  index: PassageIndex,
  embedder: Embedder,
  typed: string,
  limit: number,
  profile: ScoringProfile,
  stage: (name: AnswerStage) => void = () => {},
): Promise<{ asked: Asked; candidates: Candidate[] }> {
  // Everything below reads the question as it was meant; the answer shows it as it was typed.
  const text = profile.stages.respelling ? respelledQuestion(typed, index) : typed;
  const intent = questionIntent(text);
  const { aliases } = profile.stages;
  // "who compared the Koksan to a dinosaur" is answered by '"It is a dinosaur," said …' (speakers stage).
  const framing = (c: Concept) => profile.stages.speakers && c.kind === 'word' && intent.frame.includes(c.word);
  // What is asked, without an aside that sources differ ("…? seen diff numbers"), which only the intent reads.
  const meant = withoutDisagreementAside(text);
  const concepts = questionConcepts(meant, { aliases }).filter((c) => !framing(c));
  const vector = await questionVector(embedder, meant, concepts, profile);
  stage('embedding');
  const asked: Asked = {
    text,
    intent,
    vector,
    content: [],
    topicVector: null,
    concepts: index.weigh(profile.stages.wordForms ? await withWordForms(concepts, wordForms(profile.formFactors), text, { verbAloneFactor: profile.formFactors.verbAlone }) : concepts, profile.absentTermFactor),
    topic: [],
    speaker: profile.stages.speakers && intent.speaker ? new SpeakerMatcher(intent.speaker, { aliases }) : null,
    events: [],
    eventObject: [],
    pairs: [],
    counted: null,
    countedVerb: null,
    countedAgent: null,
    countedOwner: null,
  };
  asked.content = withoutNames(asked.concepts, index, profile.relevance.subjectShare);
  asked.topicVector = await topicVector(embedder, { concepts: asked.concepts, content: asked.content, vector }, profile);
  if (intent.topic) {
    const topicTerms = new Set(searchTerms(intent.topic));
    asked.topic = asked.concepts.filter((c) => c.alternatives.some(({ term, factor }) => factor === 1 && topicTerms.has(term)));
  }
  if (intent.answerType === 'number') Object.assign(asked, countedThing(text, asked.concepts, intent.speaker));
  if (profile.stages.proximity) asked.pairs = neighbouringPairs(text, asked.concepts);
  asked.events = askedEvents(text, intent.answerType === 'date' || intent.answerType === 'day', asked.concepts);
  asked.eventObject = eventObject(text, asked.events, asked.concepts);
  const candidates = new Map<string, Candidate>();
  const candidate = (passageId: string, articleId: string): Candidate => {
    let found = candidates.get(passageId);
    if (!found) candidates.set(passageId, (found = { passageId, articleId, cosine: 0, bm25: 0, coverage: -1, boost: 0 }));
    return found;
  };
  if (asked.vector) for (const hit of index.vectorSearch(asked.vector, limit)) candidate(hit.passage.id, hit.passage.articleId).cosine = hit.score;
  stage('vector search');
  if (profile.stages.lexical) {
    for (const hit of index.lexicalSearch(asked.concepts, limit)) {
      Object.assign(candidate(hit.passageId, index.passage(hit.passageId)!.articleId), { bm25: hit.score, coverage: hit.coverage });
    }
  }
  stage('lexical search');
  for (const c of candidates.values()) if (c.coverage < 0) c.coverage = index.coverageOf(c.passageId, asked.concepts);
  return { asked, candidates: [...candidates.values()] };
}

// A quote's score, comparable across questions: its relevance with its own cosine, which a passage only BM25 found
// also has (ranking scales the retrievers' scores among the candidates instead, and leaves such a passage at 0).
function absoluteScore(candidate: RankedCandidate, asked: Asked, index: PassageIndex, profile: ScoringProfile): number {
  const cosine = asked.vector ? dot(asked.vector, index.vectorOf(candidate.passageId)!) : candidate.cosine;
  return Math.min(1, relevance({ cosine, coverage: candidate.coverage }, profile));
}

// Sums of money for "how much did it cost", ages for "how old", stretches of time for "how long", counts of the
// thing counted for "how many"; only from quotes of the year and month the question gives, if it gives any.
function differingIn(all: readonly QuotedText[], asked: Asked, profile: ScoringProfile) {
  const kept = all.flatMap((quote, i) => (isOfAskedPeriod(quote, asked) ? [i] : []));
  const differing = differingOf(kept.map((i) => all[i]!), asked, profile);
  return differing && differing.map((d) => ({ ...d, quote: kept[d.quote]! }));
}

function differingOf(quotes: readonly QuotedText[], asked: Asked, profile: ScoringProfile) {
  const { answerType, speaker } = asked.intent;
  const question = withoutSource(asked.text, speaker);
  if (answerType === 'money') return differingSums(quotes, asked.concepts, question);
  if (answerType === 'age') return differingAges(quotes);
  // Counts and stretches of time come only from the sentences about the question (see verdict.minClaimCoverage).
  const { minClaimCoverage, headlineFactor } = profile.verdict;
  // A claim must give the names the question gives of what it counts (see sentencesAbout): not the domain's names,
  // whose countries and agencies are often the sources that differ ("seoul and kyiv have different numbers"), nor the
  // speaker's, nor a month, which the period test reads.
  const names = asked.concepts.filter((c) => c.kind === 'word' && !asked.content.includes(c) && !isMonthName(c.word) && !(asked.speaker?.isNamedIn(c) ?? false));
  const about = quotes.map((quote) => sentencesAbout(quote, asked.concepts, names, minClaimCoverage, headlineFactor));
  if (answerType === 'duration') return differingDurations(about, asked.content);
  return differingFigures(about, asked.counted, { verb: asked.countedVerb, owner: asked.countedOwner, question });
}

// One wire story run by several outlets repeats its paragraphs word for word ("the same wire story lightly edited") or
// nearly so: a paragraph that another ranked above already holds, that holds it, or that shares most of its terms
// (`profile.repeatOverlap`) and no figure of its own, says nothing new and takes a place from another outlet's words.
// A rerun that changes a figure keeps its place: it may show that sources differ.
function withoutRepeats(ranked: RankedCandidate[], index: PassageIndex, profile: ScoringProfile): RankedCandidate[] {
  const seen: { text: string; terms: Set<string>; figures: Set<string> }[] = [];
  return ranked.filter((c) => {
    const raw = index.passage(c.passageId)!.text;
    const text = foldForMatching(raw).replace(/\s+/g, ' ').trim();
    const terms = new Set(searchTerms(raw));
    const figures = new Set(figureValues(raw));
    const repeats = (other: (typeof seen)[number]) =>
      other.text.includes(text) || text.includes(other.text) || (overlap(terms, other.terms) >= profile.repeatOverlap && [...figures].every((f) => other.figures.has(f)));
    if (seen.some(repeats)) return false;
    seen.push({ text, terms, figures });
    return true;
  });
}

// The Jaccard similarity of two sets of terms.
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

// When the quotes of an answer that asks for a figure (how many, how much did it cost, how long, how old) do not show
// that sources differ, and a passage ranked just below would, in place of the last quote, that passage takes the
// last place: the reader should see that sources differ rather than take one number as the answer. Each passage is
// read whole, as its quote may be cut from it.
function withDifferingFigure(ranked: RankedCandidate[], top: number, asked: Asked, index: PassageIndex, profile: ScoringProfile): RankedCandidate[] {
  const chosen = ranked.slice(0, top);
  if (chosen.length < top) return chosen;
  const whole = (c: RankedCandidate): QuotedText => {
    const { text, articleId: id, title, publisher, url, published } = index.passage(c.passageId)!;
    return { text, article: { id, title, publisher, url, published } };
  };
  const chosenWhole = chosen.map(whole);
  if (differingIn(chosenWhole, asked, profile)) return chosen;
  const kept = chosenWhole.slice(0, -1);
  // A last quote that gives a figure of the kind asked that none above it gives keeps its place: it may be the answer.
  const last = chosenWhole.at(-1)!.text;
  const above = new Set(kept.flatMap(({ text }) => figureValues(text)));
  if (answersInKind(last, new Set(searchTerms(last)), asked) && figureValues(last).some((value) => !above.has(value))) return chosen;
  const other = ranked.slice(top).find((c) => differingIn([...kept, whole(c)], asked, profile));
  return other ? [...chosen.slice(0, -1), other] : chosen;
}

// The figures a text gives, however written ("$5.5bn" and "5.5 billion dollars" are one); dates and years are none.
function figureValues(text: string): string[] {
  return (normaliseFigures(blankDates(text).toLowerCase()).match(/\d+(?:\.\d+)?/g) ?? []).filter((value) => !isYear(value));
}

// Does the text (with these search terms) hold the kind of fact asked for? For "how many", a figure of the thing
// counted, not any number, in a text that does not count another event ("sent" for "killed"). Ranking asks for the
// figure itself ("3,000 North Korean troops"), not the vague amount the verdict accepts ("thousands of its soldiers"),
// and for "what day" the day of a month ("on Jan. 10"), not the weekday the verdict accepts ("on Friday").
function answersInKind(text: string, terms: ReadonlySet<string>, asked: Asked): boolean {
  const { answerType } = asked.intent;
  if (answerType === 'number' && asked.counted) {
    if (missesAskedEvent(terms, asked.countedVerb)) return false;
    return countedFigure({ text, article: NO_SOURCE }, asked.counted, { owner: asked.countedOwner }) !== null;
  }
  if (answerType === 'day') return givesDayOfMonth(text);
  return answerType !== 'any' && hasAnswerType(text, answerType);
}

// "Good morning. It's Wednesday, 18 June. Five things you need to know today: …": a newsletter's greeting previews
// its items in a line each, sharing words with many questions and answering none.
const NEWSLETTER_GREETING = /^(?:good (?:morning|afternoon|evening)|welcome to|hello and welcome)\b/i;

// What ranking adds to the retrievers' fused score: the kind of fact asked for, the best sentence's share of the
// question, the question's word pairs standing together, and the speaker the question names, each only where its
// stage is on (without sentence evidence, the paragraph stands for its sentences); less a newsletter's greeting.
function passageBoost({ text: passage, publisher }: IndexedPassage, asked: Asked, profile: ScoringProfile): number {
  return boostOfContent(passage, publisher, asked, profile) - (NEWSLETTER_GREETING.test(passage) ? profile.previewPenalty : 0);
}

function boostOfContent(passage: string, publisher: string | null, asked: Asked, profile: ScoringProfile): number {
  const { answerType } = asked.intent;
  const published = asked.speaker?.publishes({ publisher }) ?? false;
  const { weight, window } = profile.proximity;
  if (!profile.stages.sentenceEvidence) {
    const { terms, atWord } = placedSearchTerms(passage);
    const typed = answersInKind(passage, terms, asked) ? profile.answerTypeBonus : 0;
    return typed + weight * nearPairShare(asked.pairs, atWord, window) + (published || asked.speaker?.speaksIn(passage) ? profile.speakerBonus : 0);
  }
  let best = 0;
  let bestTyped = false;
  let speaking = published;
  let near = 0;
  for (const { start, end } of splitSentences(passage)) {
    const sentence = passage.slice(start, end);
    const { terms, atWord } = placedSearchTerms(sentence);
    near = Math.max(near, nearPairShare(asked.pairs, atWord, window));
    const share = conceptCoverage(asked.concepts, terms);
    const typed = answerType === 'any' || answersInKind(sentence, terms, asked);
    // The best sentence that also holds the kind of fact asked for wins over a better one that does not.
    if ((typed && !bestTyped) || (typed === bestTyped && share > best)) [best, bestTyped] = [share, typed];
    if (asked.speaker?.speaksIn(sentence)) speaking = true;
  }
  const typedBonus = answerType !== 'any' && bestTyped ? profile.answerTypeBonus : 0;
  return typedBonus + profile.sentenceWeight * best + weight * near + (speaking ? profile.speakerBonus : 0);
}

async function quotePassage(index: PassageIndex, embedder: Embedder, passageId: string, score: number, asked: Asked, profile: ScoringProfile): Promise<Quote> {
  const passage = index.passage(passageId)!;
  // Offsets relative to the passage, shifted to the article body at the end.
  const sentences = splitSentences(passage.text);
  const texts = sentences.map((s) => passage.text.slice(s.start, s.end));
  const vectors = asked.vector ? await embedder.embed(texts.map(foldForMatching)) : null;
  const chosen = chooseWindow(
    texts.map((text, i) => {
      const terms = new Set(searchTerms(text));
      return {
        cosine: vectors ? dot(vectors[i]!, asked.vector!) : 0,
        coverage: conceptCoverage(asked.concepts, terms),
        leansOnPrevious: leansOnPrevious(text),
        hasAnswerType: answersInKind(text, terms, asked),
        namesSpeaker: namesSpeaker(text),
        opensWithQuotation: opensWithQuotation(text),
        namesWhoSpeaks: namesSpeaker(text) && claimSource(text) !== null,
        speaksAsAsked: asked.speaker?.speaksIn(text) ?? false,
        words: countWords(text),
      };
    }),
    { ...profile.quote, wantsSpeaker: asked.intent.asksSpeaker || asked.intent.speaker !== null },
  );
  const window = padWindow(chosen, sentences.length, profile.quote.minSentences);
  const start = sentences[window.first]!.start;
  const end = sentences[window.last]!.end;
  const text = passage.text.slice(start, end);
  return {
    text,
    stated: passage.text.slice(sentences[chosen.first]!.start, sentences[chosen.last]!.end),
    score,
    article: { id: passage.articleId, title: passage.title, publisher: passage.publisher, url: passage.url, published: passage.published },
    link: quoteLink(passage.url, text),
    passageId,
    start: passage.start + start,
    end: passage.start + end,
  };
}

function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
