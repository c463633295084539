import { searchTerms } from '../retrieval/terms.js';
import { isEntityTerm } from '../text/aliases.js';
import { lemmaOf } from '../text/lemmas.js';
import type { Gap } from './store.js';

/**
 * Two wordings are one gap when their search terms' Jaccard similarity reaches this. At 0.75 a wording that adds
 * one term to four still merges ("How many North Korean troops are fighting in Kursk?" with "... are in Kursk?",
 * 0.8), while one term changed among four or five does not (Kursk and Donetsk, 0.6; missiles and shells, 0.67).
 * Measured on the wordings in tests/feedback-gaps.test.ts: a missed merge only splits a count, a wrong merge hides
 * a question, so the threshold sits above every pair that asks something different.
 */
const SAME_GAP_SIMILARITY = 0.75;
const MAX_EXAMPLES = 3;

/** How often one exact wording was asked, with the verdict it got the last time. */
export interface AskedWording {
  question: string;
  verdict: Gap['verdict'];
  asked: number;
  lastAsked: string;
}

interface Wording extends AskedWording {
  terms: Set<string>;
}

/**
 * Groups wordings of the same question. Each group starts from its most asked wording and takes the wordings close
 * enough to that one (not to any member, so that a chain of small changes cannot join unrelated questions). A gap
 * carries the verdict its latest asking got, as that reflects the corpus today.
 */
export function mergeGaps(asked: readonly AskedWording[]): Gap[] {
  const groups: Wording[][] = [];
  for (const wording of sameWordingsTogether(asked).sort(byAskedThenRecent)) {
    const group = groups.find((members) => jaccard(members[0]!.terms, wording.terms) >= SAME_GAP_SIMILARITY);
    if (group) group.push(wording);
    else groups.push([wording]);
  }
  return groups.map(toGap).sort(byAskedThenRecent);
}

// Wordings that differ only in case or spacing are one wording, shown as its most asked spelling.
function sameWordingsTogether(asked: readonly AskedWording[]): Wording[] {
  const byKey = new Map<string, Wording[]>();
  for (const row of asked) {
    const key = row.question.toLowerCase().replace(/\s+/g, ' ').trim();
    const spellings = byKey.get(key) ?? [];
    spellings.push({ ...row, terms: wordsOf(row.question) });
    byKey.set(key, spellings);
  }
  return [...byKey.values()].map((spellings) => {
    const latest = spellings.reduce((a, b) => (b.lastAsked > a.lastAsked ? b : a));
    const mostAsked = spellings.reduce((a, b) => (b.asked > a.asked ? b : a));
    return { ...mostAsked, verdict: latest.verdict, lastAsked: latest.lastAsked, asked: sum(spellings.map((s) => s.asked)) };
  });
}

// The words only: an entity's term repeats its name's words and would make any two questions about it alike. An
// irregular form counts as its dictionary form, so that "What has China said…" and "What did China say…" meet.
function wordsOf(question: string): Set<string> {
  const words = question.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).map((word) => lemmaOf(word) ?? word);
  return new Set(searchTerms(words.join(' ')).filter((term) => !isEntityTerm(term)));
}

function toGap(members: Wording[]): Gap {
  const latest = members.reduce((a, b) => (b.lastAsked > a.lastAsked ? b : a));
  return {
    question: members[0]!.question,
    asked: sum(members.map((m) => m.asked)),
    verdict: latest.verdict,
    lastAsked: latest.lastAsked,
    examples: members.slice(0, MAX_EXAMPLES).map((m) => m.question),
  };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function byAskedThenRecent(a: { asked: number; lastAsked: string }, b: { asked: number; lastAsked: string }): number {
  return b.asked - a.asked || b.lastAsked.localeCompare(a.lastAsked);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
