import type { Concept } from '../retrieval/query.js';
import { matchFactor } from '../retrieval/query.js';
import { searchTerms } from '../retrieval/terms.js';
import { splitSentences } from '../text/sentences.js';
import type { AnswerType } from './answer-type.js';
import { hasAnswerType } from './answer-type.js';

// What copy writes for what is to come, not what happened: "would send", "should open", "is due to", "plans to".
// Case matters for "may": the month is written "May".
const PLAN =
  /\b(?:will|would|shall|should|could|might|'ll|(?:is|are|was|were)\s+(?:due|expected|set|scheduled|slated|going|supposed)\s+to|(?:plans?|planned|planning|aims?|aimed|intends?|intended|hopes?|hoped|promised|pledged|vowed)\s+to)\b|\bmay\b(?=\s+[a-z])/g;
// A plan's clause, its subject included ("the bridge should open"), runs between a clause's punctuation or the words
// that open a clause ("…said that", "when", "but"): "Trade will be ramped up, Putin said when he signed it in June".
const CLAUSE_BREAK = String.raw`[;:.!?]|,\s|\s(?:that|said|says|told|when|after|before|since|while|because|but|as|until|once)\s`;
const CLAUSE_END = new RegExp(CLAUSE_BREAK, 'g');
const CLAUSE_START = new RegExp(`(?:${CLAUSE_BREAK})(?!.*(?:${CLAUSE_BREAK}))`, 's');
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * For "when did it happen": does the quote date only what was planned? True when every sentence of it that gives
 * the kind of answer asked for (a date, a day) holds the question's words only inside clauses of plans
 * ("Shoigu said in June that North Korea would send 1,000 deminers": the deminers' arrival is not dated), and at
 * least one does. Names are left out: "Kursk" is where, not what.
 */
export function givesOnlyPlans(text: string, answerType: AnswerType, concepts: readonly Concept[]): boolean {
  const sentences = questionWordsInPlans(text, answerType, concepts);
  return sentences.every((words) => words.every(Boolean)) && sentences.some((words) => words.length > 0);
}

// "When is the museum supposed to open", "what date is Kim going to Moscow": the question asks when a plan is for.
const ASKS_PLAN = /\b(?:will|gonna|(?:supposed|expected|due|scheduled|set|slated|planned|planning|going)\s+to|plans?\s+to)\b/i;

/** Does the question ask when something is to happen, not when it happened? */
export function asksPlan(question: string): boolean {
  return ASKS_PLAN.test(question);
}

/**
 * For "when is it to happen": does some sentence of the quote that gives the kind of answer asked for hold one of
 * the question's words inside a clause of a plan ("the museum is due to open in May")? "Kim arrived on Tuesday"
 * dates a visit made, not one to come. Names are left out, as in givesOnlyPlans.
 */
export function datesPlan(text: string, answerType: AnswerType, concepts: readonly Concept[]): boolean {
  return questionWordsInPlans(text, answerType, concepts).some((words) => words.some(Boolean));
}

// For each sentence of the text that gives the kind of answer asked for, whether each of the question's words it holds
// (names left out) stands inside a clause of a plan.
function questionWordsInPlans(text: string, answerType: AnswerType, concepts: readonly Concept[]): boolean[][] {
  const words = concepts.filter((c) => c.kind === 'word');
  return splitSentences(text).flatMap(({ start, end }) => {
    const sentence = text.slice(start, end);
    if (!hasAnswerType(sentence, answerType)) return [];
    const plans = planSpans(sentence);
    return [
      [...sentence.matchAll(WORD)]
        .filter((match) => words.some((c) => matchFactor(c, new Set(searchTerms(match[0]))) > 0))
        .map((match) => plans.some(([from, to]) => from <= match.index && match.index < to)),
    ];
  });
}

// Each plan's clause, from the clause's start to its end.
function planSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const plan of sentence.matchAll(PLAN)) {
    const before = CLAUSE_START.exec(sentence.slice(0, plan.index));
    CLAUSE_END.lastIndex = plan.index + plan[0].length;
    const end = CLAUSE_END.exec(sentence);
    spans.push([before ? before.index + before[0].length : 0, end ? end.index : sentence.length]);
  }
  return spans;
}
