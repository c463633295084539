import type { Concept } from '../retrieval/query.js';
import { foldForSearch, isStopword } from '../retrieval/terms.js';
import { looksInflectedAsVerb } from '../text/lemmas.js';
import { escapeRegExp } from '../text/regexp-literal.js';
import { isVerbForm } from '../text/synonyms.js';

/** What a "how many" question counts, and what it says happened to it. */
export interface CountedThing {
  /** The head of the words after "how many": "soldiers" in "How many North Korean soldiers are…". */
  counted: Concept | null;
  /** The verb that says what happened to it ("killed", "sent"), when the question says; null otherwise. */
  countedVerb: Concept | null;
  /**
   * What did it, when the question says so in words that are no name: "drones" in "how many were killed by
   * drones". A name ("killed by Ukrainian forces") is left out: copy seldom repeats who fought whom.
   */
  countedAgent: Concept | null;
  /** Whose things are counted, when a name of the domain says so: "Russian" in "how many Russian soldiers". */
  countedOwner: Concept | null;
}

// A word after "at" or "the" is a noun ("at war").
const AFTER_NOUN_MARKER = /^(?:the|a|an|at|in|on|of|for|from|by|with|into)$/;
const DO_AUXILIARY = /^(?:did|does|do)$/;
// "Has" before its subject, a name or a determiner: "how many missiles has Ukraine's air force managed to intercept"
// (not "how many soldiers have actually been killed").
const HAVE_AUXILIARY = /^(?:has|have|had)$/;
const SUBJECT_DETERMINER = /^(?:the|a|an|its|their|his|her)$/;
const PASSIVE_AUXILIARY = /^(?:got|get|gets|were|was|been|are|is)$/;
const PARTICLE = /^(?:down|up|out|off|back|over|away)$/;
const INCREMENT = /^(?:more|additional|extra|further|new)\s+/i;
// "How many nk troops total…", "how many soldiers overall…": how much of the count is asked, not the thing counted.
const AMOUNT_ADVERB = /^(?:total|overall|altogether|combined|approximately|roughly|exactly)$/;
// The speaker's verb ("does the NIS say…") is not what happened to the thing counted.
const REPORTING_VERB = /^(?:say|says|said|claim|claims|claimed|report|reports|reported|estimate|estimates|estimated|think|thinks|believe|believes|tell|tells|told)$/;

/**
 * The thing counted is the head of the words after "how many", up to the first function word or verb in the past
 * ("North Koreans" in "How many North Koreans came…", "troops" in "how many troops died"), or an irregular one
 * ("troops" in "troops sent once…"). Its verb follows it, past names and function words: "killed" in "how many
 * soldiers have been killed", "send" in "how many troops did Kim send". What did it follows the verb with "by".
 */
export function countedThing(question: string, concepts: Concept[], source: string | null = null): CountedThing {
  const asked = withoutSource(question, source);
  // "How many of those missiles…" counts the missiles, "how many of Kim's gunners" his gunners; "how much of Russia's
  // ammunition" asks for a share of it.
  const after =
    /\b(?:how\s+(?:many(?:\s+of(?:\s+(?:the|those|these|its|their|his|her|our))?)?|much(?:\s+of\s+(?:the|those|these|its|their|his|her|our))?)|(?:number|total|count|tally|toll)\s+of)\s+(.+)/i.exec(asked)?.[1] ??
    countNamedBefore(asked);
  // "How many times did the North jam GPS": occurrences, which any figure of the event counts ("1,400 jamming incidents").
  if (!after || /^times\b/i.test(after)) return { counted: null, countedVerb: null, countedAgent: null, countedOwner: null };
  // "How many more soldiers…" counts soldiers.
  const words = [...foldForSearch(after.replace(INCREMENT, '')).matchAll(/[\p{L}\p{N}]+/gu)].map(([word]) => word);
  const conceptOf = (word: string) => concepts.find((c) => (c.kind === 'word' ? c.word === word : c.word.split(/\s+/).includes(word)));
  const phrase: Concept[] = [];
  let end = 0;
  for (; end < words.length; end++) {
    const word = words[end]!;
    if (isStopword(word) || (phrase.length > 0 && (looksInflectedAsVerb(word) || AMOUNT_ADVERB.test(word)))) break;
    const concept = conceptOf(word);
    if (concept && !phrase.includes(concept)) phrase.push(concept);
  }
  const isVerb = (concept: Concept | undefined, at: number): concept is Concept =>
    concept !== undefined &&
    concept.kind === 'word' &&
    !AFTER_NOUN_MARKER.test(words[at - 1] ?? '') &&
    !REPORTING_VERB.test(concept.word) &&
    !AMOUNT_ADVERB.test(concept.word) &&
    isVerbForm(concept.word);
  let verb: Concept | undefined;
  let i = end;
  const subjectFollows = SUBJECT_DETERMINER.test(words[end + 1] ?? '') || conceptOf(words[end + 1] ?? '')?.kind === 'entity';
  if (DO_AUXILIARY.test(words[end] ?? '') || (HAVE_AUXILIARY.test(words[end] ?? '') && subjectFollows)) {
    // "How many missiles did Ukraine's air defence shoot down?": the verb ends the subject after "did", which may hold
    // words that can be verbs too ("air").
    for (i = end + 1; i < words.length && SUBJECT_DETERMINER.test(words[i]!); i++);
    for (; i < words.length && !AFTER_NOUN_MARKER.test(words[i]!) && !PARTICLE.test(words[i]!); i++) {
      const concept = conceptOf(words[i]!);
      if (isVerb(concept, i)) verb = concept;
    }
  }
  if (!verb) {
    for (i = end; i < words.length && !verb; i++) {
      const concept = conceptOf(words[i]!);
      if (isVerb(concept, i)) verb = concept;
    }
    // "How many of the missiles fired at Ukraine got shot down?": a participle right after the thing counted
    // describes it, and the verb after a later auxiliary says what happened to it.
    const passive = words.findIndex((word, at) => at >= i && PASSIVE_AUXILIARY.test(word) && isVerb(conceptOf(words[at + 1] ?? ''), at + 1));
    if (passive >= 0) verb = conceptOf(words[passive + 1]!);
  }
  // "Killed or wounded" asks for both together.
  const other = verb && (words[i] === 'or' || words[i] === 'and') ? conceptOf(words[i + 1] ?? '') : undefined;
  if (verb && other?.kind === 'word') verb = { ...verb, alternatives: [...verb.alternatives, ...other.alternatives] };
  const agent = verb && words[i] === 'by' ? conceptOf(words[i + 1] ?? '') : undefined;
  return {
    counted: phrase.at(-1) ?? null,
    countedVerb: verb ?? null,
    countedAgent: agent?.kind === 'word' ? agent : null,
    countedOwner: phrase.slice(0, -1).find((c) => c.kind === 'entity') ?? null,
  };
}

/**
 * The question without the words that name who gives the figure (its `source`, see QuestionIntent.speaker): "…, per
 * the sanctions monitors" says nothing of what happened to the thing counted, nor is its "per" a rate.
 */
export function withoutSource(question: string, source: string | null): string {
  return source ? question.replace(new RegExp(String.raw`,?\s*\b(?:according to|per)\s+${escapeRegExp(source)}`, 'i'), ' ') : question;
}

// "What casualty numbers did Seoul give…", "what's the death toll": the thing counted stands before the word for a
// count, and what follows may say what happened to it.
function countNamedBefore(question: string): string | undefined {
  const match = /\b([\p{L}-]+)\s+(?:numbers|figures|toll|tally|count)\b(.*)/iu.exec(question);
  return match ? `${match[1]}${match[2]}` : undefined;
}
