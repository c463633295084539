/** How well one sentence of a passage answers the question. */
export interface SentenceEvidence {
  /** Cosine similarity between the sentence and the question. */
  cosine: number;
  /** Share of the question's term weight the sentence contains, 0..1. */
  coverage: number;
  /** Does the sentence lean on the one before it ("It said…", "However, …")? */
  leansOnPrevious: boolean;
  /** Does it hold the kind of fact the question asks for (a number for "how many")? */
  hasAnswerType: boolean;
  /** Does it name who is speaking ("… Zelenskyy said")? */
  namesSpeaker: boolean;
  /** Does it open with a quotation, whose speaker may be named only in the next sentence? */
  opensWithQuotation: boolean;
  /** Does it give its words to someone by name ("…, said Park Min-jae"), not only to "he" or "she"? */
  namesWhoSpeaks: boolean;
  /** Are its words those of the speaker the question names ("according to the NIS")? False when it names none. */
  speaksAsAsked: boolean;
  /** Its length in words. */
  words: number;
}

/** How a quote is cut from its passage (see ScoringProfile.quote). */
export interface WindowRules {
  /** A neighbour joins the quote when it scores at least this share of the best sentence. */
  neighbourShare: number;
  /** Added to the score of a sentence that holds the kind of fact asked for. */
  answerTypeBonus: number;
  /** The question asks who said something, or what someone said: the quote must name the speaker. */
  wantsSpeaker: boolean;
  /** A paragraph of at most three sentences and this many words is quoted whole: it is one statement. */
  wholeParagraphWords: number;
}

/** The first and last sentence (inclusive) of a quote. */
export interface Window {
  first: number;
  last: number;
}

const MAX_QUOTE_SENTENCES = 3;
// How far from the best sentence the name of its speaker is looked for, when the question asks who spoke.
const SPEAKER_REACH = 4;

const LEANING_START =
  /^[“"‘']?(it|its|it’s|it's|this|that|these|those|they|their|he|she|his|her|however|but|and|also|still|yet|meanwhile|in exchange|instead|such)\b/i;

/** Does a sentence start by pointing back at the sentence before it? */
export function leansOnPrevious(sentence: string): boolean {
  return LEANING_START.test(sentence.trimStart());
}

function sentenceScore(evidence: SentenceEvidence, rules: WindowRules): number {
  return evidence.cosine + evidence.coverage + (evidence.hasAnswerType ? rules.answerTypeBonus : 0);
}

/**
 * Picks the one to three contiguous sentences that best answer the question: the best sentence (of the speaker the
 * question names, where it names one and the passage gives their words), the sentence it leans on, the sentence that
 * names the speaker of a quotation (or of any words, when the question asks who), and neighbours that score nearly as
 * well.
 */
export function chooseWindow(sentences: SentenceEvidence[], rules: WindowRules): Window {
  if (sentences.length === 0) throw new Error('chooseWindow needs at least one sentence');
  const words = sentences.reduce((sum, s) => sum + s.words, 0);
  if (sentences.length <= MAX_QUOTE_SENTENCES && words <= rules.wholeParagraphWords) return { first: 0, last: sentences.length - 1 };
  const scores = sentences.map((s) => sentenceScore(s, rules));
  // "According to Ukraine's military intelligence, how many…": the quote is cut around that speaker's words, where the
  // passage gives them, though another source's sentence holds more of the question.
  const asked = sentences.some((s) => s.speaksAsAsked);
  const best = scores.reduce((top, score, i) => ((!asked || sentences[i]!.speaksAsAsked) && (top < 0 || score > scores[top]!) ? i : top), -1);
  const window: Window = { first: best, last: best };
  const size = () => window.last - window.first + 1;
  if (sentences[best]!.leansOnPrevious && best > 0) window.first -= 1;
  includeSpeaker(sentences, window, rules.wantsSpeaker);
  const strong = (i: number) => i >= 0 && i < scores.length && scores[i]! >= rules.neighbourShare * scores[best]!;
  while (size() < MAX_QUOTE_SENTENCES) {
    const before = window.first - 1;
    const after = window.last + 1;
    const takeBefore = strong(before) && (!strong(after) || scores[before]! >= scores[after]!);
    if (takeBefore) window.first = before;
    else if (strong(after)) window.last = after;
    else break;
  }
  return window;
}

/**
 * The window widened to `minSentences` where its passage of `count` sentences has them: the sentences after it join
 * it, else those before. The sentence that meets the question's words is often the one before the answer ("On May 21
 * the second destroyer was launched sideways…", then "The stern slid into the water…"); what was chosen on its
 * merits stays what the verdict reads.
 */
export function padWindow(window: Window, count: number, minSentences: number): Window {
  const padded = { ...window };
  while (padded.last - padded.first + 1 < Math.min(minSentences, MAX_QUOTE_SENTENCES)) {
    if (padded.last + 1 < count) padded.last += 1;
    else if (padded.first > 0) padded.first -= 1;
    else break;
  }
  return padded;
}

// A quotation without its speaker could be anyone's words: take in the nearest sentence that names the speaker.
// When the question asks who spoke, "he said" is not an answer: go back through the speaker's quoted sentences
// ("“…,” he said. “…”") to the one that gives the name, as far as SPEAKER_REACH sentences.
function includeSpeaker(sentences: SentenceEvidence[], window: Window, wantsSpeaker: boolean): void {
  const inside = sentences.slice(window.first, window.last + 1);
  const names = (s: SentenceEvidence | undefined) => s !== undefined && (wantsSpeaker ? s.namesWhoSpeaks : s.namesSpeaker);
  if (inside.some(names) || (!wantsSpeaker && !inside.some((s) => s.opensWithQuotation))) return;
  const reach = wantsSpeaker ? SPEAKER_REACH : 1;
  for (let step = 1; step <= reach; step++) {
    if (names(sentences[window.first - step]) && (wantsSpeaker || !names(sentences[window.last + step]))) {
      window.first -= step;
      return;
    }
    if (names(sentences[window.last + step])) {
      window.last += step;
      return;
    }
  }
}
