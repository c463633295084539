import type { Concept } from '../retrieval/query.js';
import { looksInflectedAsVerb } from '../text/lemmas.js';
import { isVerbForm } from '../text/synonyms.js';

// "Has…", "have…", "did…": a question whether something happened.
const ASKS_WHETHER = /^\s*(?:has|have|had|did)\b/i;
// "Which North Korean general was killed…": a question which one something happened to, and the participle after
// "was" that says what happened.
const ASKS_WHICH = /^\s*(?:which|who|what)\b/i;
// A participle after its article, and the first verb of a relative clause: after "who", "that" or "which", or after
// a pronoun that follows a noun rather than the question's auxiliary ("has he visited" is the question's own verb).
const DESCRIBING_PARTICIPLE = /\b(?:the|a|an|its|their|his|her)\s+([a-z]+ed)\b/g;
const RELATIVE_CLAUSE_VERB = /\b(?:who|that|which)\s+(?:(?:had|have|has|was|were)\s+)?([a-z]+)\b|\b(?!(?:has|have|had|did|was|were)\b)[a-z]+\s+(?:they|he|she|we|you)\s+([a-z]+)\b/g;
const ASKS_WHICH_WAS = /^\s*(?:which|who|what)\b([^?]*?)\b(?:was|were|has been|have been|had been|got)\s+([a-z]+)\b/i;

/**
 * The verbs that say, in the past, what happened, in a question that asks when it happened, whether it did, or which
 * one it happened to ("flown" in "When was the captured soldier flown to Seoul?", "moved" in "Have the families moved
 * into the new street yet?", "killed" in "Which general was killed in Kursk?"): a quote dates that event, says it
 * happened or names whom, only where it says it, in any of its forms. A verb in its base form ("When did they
 * sign…") is left out, as WordNet cannot tell it from a noun ("sign", "front"). None for any other question.
 */
export function askedEvents(question: string, asksDate: boolean, concepts: Concept[]): Concept[] {
  if (!asksDate && !ASKS_WHETHER.test(question)) {
    const which = ASKS_WHICH_WAS.exec(question);
    // "Who said the families were warned…": the participle is the reported words', not the question's own verb.
    const between = which ? (which[1]!.match(/[a-z]+/gi) ?? []) : [];
    const participle = between.some((word) => looksInflectedAsVerb(word) && isVerbForm(word)) ? undefined : which?.[2]?.toLowerCase();
    return concepts.filter((c) => c.kind === 'word' && c.word === participle && looksInflectedAsVerb(c.word) && isVerbForm(c.word));
  }
  // "the bereaved families", "the captured soldiers": a participle after its article describes, and happened before;
  // so does the verb of a relative clause ("the guys they sent", "the men who fought"). "Lobbing" in "when did they
  // start lobbing missiles" is no verb in the past but what was started.
  const folded = question.toLowerCase();
  const describing = new Set([...folded.matchAll(DESCRIBING_PARTICIPLE), ...folded.matchAll(RELATIVE_CLAUSE_VERB)].map((match) => match[1] ?? match[2]));
  return concepts.filter((c) => c.kind === 'word' && !describing.has(c.word) && !c.word.endsWith('ing') && looksInflectedAsVerb(c.word) && isVerbForm(c.word));
}

/**
 * What the event of a question whether something happened, or which one it happened to, is said of: the question's
 * words after the verb ("his soldiers on the front line" in "Has Kim visited his soldiers on the front line?"), or
 * before it for "which" ("general" in "Which general was killed?"). A quote answers only where one sentence says
 * the event of one of them. None for any other question.
 */
export function eventObject(question: string, events: Concept[], concepts: Concept[]): Concept[] {
  const which = ASKS_WHICH.test(question);
  if (events.length === 0 || !(which || ASKS_WHETHER.test(question))) return [];
  const folded = question.toLowerCase();
  const at = Math.min(...events.map((verb) => folded.indexOf(verb.word)).filter((i) => i >= 0));
  return concepts.filter(
    (c) => c.kind === 'word' && !events.includes(c) && (which ? folded.indexOf(c.word) < at : folded.indexOf(c.word, at) > at),
  );
}
