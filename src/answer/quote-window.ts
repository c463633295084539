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
}

/** The first and last sentence (inclusive) of a quote. */
export interface Window {
  first: number;
  last: number;
}

export const MAX_QUOTE_SENTENCES = 3;
// A neighbour joins the quote when it answers nearly as well as the best sentence.
const NEIGHBOUR_SHARE = 0.8;
const SENTENCE_ANSWER_TYPE_BONUS = 0.35;

const LEANING_START =
  /^[“"‘']?(it|its|it’s|it's|this|that|these|those|they|their|he|she|his|her|however|but|and|also|still|yet|meanwhile|in exchange|instead|such)\b/i;

/** Does a sentence start by pointing back at the sentence before it? */
export function leansOnPrevious(sentence: string): boolean {
  return LEANING_START.test(sentence.trimStart());
}

export function sentenceScore(evidence: SentenceEvidence): number {
  return evidence.cosine + evidence.coverage + (evidence.hasAnswerType ? SENTENCE_ANSWER_TYPE_BONUS : 0);
}

/**
 * Picks the one to three contiguous sentences that best answer the question: the best sentence, the sentence it
 * leans on, the sentence that names the speaker of a quotation, and neighbours that score nearly as well.
 */
export function chooseWindow(sentences: SentenceEvidence[]): Window {
  if (sentences.length === 0) throw new Error('chooseWindow needs at least one sentence');
  const scores = sentences.map(sentenceScore);
  const best = scores.indexOf(Math.max(...scores));
  const window: Window = { first: best, last: best };
  const size = () => window.last - window.first + 1;
  if (sentences[best]!.leansOnPrevious && best > 0) window.first -= 1;
  includeSpeaker(sentences, window);
  const strong = (i: number) => i >= 0 && i < scores.length && scores[i]! >= NEIGHBOUR_SHARE * scores[best]!;
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

// A quotation without its speaker could be anyone's words: take in the neighbour that names the speaker.
function includeSpeaker(sentences: SentenceEvidence[], window: Window): void {
  const inside = sentences.slice(window.first, window.last + 1);
  if (!inside.some((s) => s.opensWithQuotation) || inside.some((s) => s.namesSpeaker)) return;
  if (sentences[window.last + 1]?.namesSpeaker) window.last += 1;
  else if (sentences[window.first - 1]?.namesSpeaker) window.first -= 1;
}
