import type { EntityId } from '../text/aliases.js';
import { entityTerm, findMentions } from '../text/aliases.js';
import { foldForSearch, isStopword, stemOf } from './terms.js';

/** A search term that expresses a concept, and how much a match on it counts (1 for the question's own word). */
export interface Alternative {
  term: string;
  factor: number;
}

/**
 * One thing the question asks about: a word with the other forms that say the same ("began", "begin"), or a name
 * of the domain with everything that stands for it ("Pyongyang", "North Korea", "DPRK"). A passage matches the
 * concept when it holds any alternative, and the concept counts once however many it holds.
 */
export interface Concept {
  /** As the question writes it (folded). */
  word: string;
  kind: 'word' | 'entity';
  alternatives: Alternative[];
  /** The entity a name stands for; null for a word. */
  entity: EntityId | null;
}

/** A concept weighted by how rare it is in the corpus (IDF of the union of its alternatives). */
export interface WeightedConcept extends Concept {
  weight: number;
}

/** Other words for the same thing: irregular forms, synonyms (see src/text/). */
export interface WordForms {
  of(word: string): Promise<{ word: string; factor: number }[]>;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
// What chat wraps a question in ("is it true…", "…right now", "…or something"), which says nothing of what it asks.
const CHAT_FILLER = /\b(?:is it true(?: that)?|right now|or something|or what|or nah|or not|and stuff|in ages)\b/g;
// "On what date…", "in which year…", "which think tank…", "how long…", "how often…": the words that name the kind
// of answer asked for, which the answer need not repeat ("The Institute for the Study of War quoted…", "for about a
// month", "twice a week"). Not "how old" or "how far": "20-year-old" and "as far as" hold their word.
const ANSWER_KIND = /(?<=\bhow\s+)(?:long|often|frequently|regularly)\b|(?<=\b(?:what|which)\s+)(?:dates?|days?|years?|months?)\b|(?<=\bwhich\s+(?:[\p{L}-]+\s+){0,2})(?:news outlet|outlet|newspaper|paper|think tank|website|site|media|agency)\b/gu;

// "…? kyiv and seoul dont seem to agree", "what are the different estimates", "monitors and moscow say diff things",
// "seeing diff numbers", "numbers all over the place": words that say sources disagree, which the answer shows by
// quoting them, not by saying so. The sources named stay.
const SOURCES_DISAGREE = new RegExp(
  [
    String.raw`\b(?:do|does|did)\s*(?:n[o']?t)\s+(?:seem\s+to\s+)?agree\b|\b(?:dont|doesnt|didnt)\s+(?:seem\s+to\s+)?agree\b`,
    String.raw`\b(?:seem\s+to\s+)?(?:disagree|differ|vary)\b`,
    String.raw`\b(?:seem\s+to\s+)?(?:have|give|say|report|put\s+out|see(?:ing)?|saw|seen|get(?:ting)?|got|hear(?:ing)?|heard|read(?:ing)?|find(?:ing)?|found)\s+(?:different|differing|diff|conflicting|contradictory|mixed)\s+(?:numbers|figures|things|estimates|counts|tallies|reports)\b`,
    String.raw`\b(?:different|differing|various|conflicting)\s+(?:estimates|figures|numbers|counts|tallies)\b`,
    String.raw`\b(?:seem\s+)?(?:way\s+|far\s+|so\s+|miles\s+)?(?:off|apart)\s+(?:from\s+)?(?:each\s+other|one\s+another)\b`,
    String.raw`\b(?:(?:the\s+)?(?:numbers|figures|estimates|counts|reports)\s+(?:are\s+|seem\s+|look\s+)?)?all\s+over\s+the\s+(?:place|map|shop)\b`,
    String.raw`\b(?:do|does|did)\s*(?:n[o']?t)\s+match\b|\b(?:dont|doesnt|didnt)\s+match\b|\bcontradict(?:s|ing)?\s+(?:each\s+other|one\s+another)\b`,
  ].join('|'),
  'gu',
);

/**
 * The question's concepts: its words without stop words, without the word that names the kind of answer ("what
 * date") and without chat's wrapping ("is it true…"), each with its stem, and with `aliases` the names of the
 * domain, each as one concept that any of its names matches.
 */
export function questionConcepts(question: string, { aliases }: { aliases: boolean }): Concept[] {
  const folded = foldForSearch(question);
  const concepts = new Map<string, Concept>();
  const mentions = aliases ? findMentions(folded) : [];
  for (const mention of mentions) {
    const entity = mention.entities[0]!;
    const term = entityTerm(entity);
    if (!concepts.has(term)) {
      concepts.set(term, { word: folded.slice(mention.start, mention.end), kind: 'entity', alternatives: [{ term, factor: 1 }], entity });
    }
  }
  const unasked = [...folded.matchAll(ANSWER_KIND), ...folded.matchAll(SOURCES_DISAGREE), ...folded.matchAll(CHAT_FILLER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const match of folded.matchAll(TOKEN)) {
    const word = match[0];
    // The "s" of "Russia's" is no concept; a passage's own "s" never meets a question's term.
    if (isStopword(word) || word === 's' || within(mentions, match.index) || within(unasked, match.index)) continue;
    const term = stemOf(word);
    if (!concepts.has(term)) concepts.set(term, { word, kind: 'word', alternatives: [{ term, factor: 1 }], entity: null });
  }
  return [...concepts.values()];
}

function within(spans: { start: number; end: number }[], at: number): boolean {
  return spans.some((span) => at >= span.start && at < span.end);
}

/**
 * Adds the other forms of each word concept of the question (an alternative already present keeps its higher
 * factor), and those of the two-word phrases it stands in. The verb of a phrasal verb ("made" of "made up",
 * "brushed" of "brushed off") says something else alone, so it and its own forms count `verbAloneFactor` of a match;
 * the phrase's forms count in full.
 */
export async function withWordForms(concepts: Concept[], forms: WordForms, question: string, { verbAloneFactor }: { verbAloneFactor: number }): Promise<Concept[]> {
  const { lent, phrasalVerbs } = await formsOfPhrases(question, forms);
  return Promise.all(
    concepts.map(async (concept) => {
      // A figure has no other forms: WordNet's "deuce" is not what "2" means in a news question.
      if (concept.kind !== 'word' || /^\d+$/.test(concept.word)) return concept;
      const alone = phrasalVerbs.has(concept.word) ? verbAloneFactor : 1;
      const alternatives = new Map(concept.alternatives.map((a) => [a.term, a.factor * alone]));
      const own = (await forms.of(concept.word)).map((form) => ({ ...form, factor: form.factor * alone }));
      for (const form of [...own, ...(lent.get(concept.word) ?? [])]) {
        // Without word positions a phrase cannot be matched: one of several words ("lives" of "lost their lives")
        // would match far more than the phrase, so a form counts only when it has one content word.
        const words = [...foldForSearch(form.word).matchAll(TOKEN)].map(([token]) => token).filter((token) => !isStopword(token));
        // A number among a word's synonyms ("eleven" for a football team) would be read as a figure.
        if (words.length !== 1 || /^\d+$/.test(words[0]!)) continue;
        const term = stemOf(words[0]!);
        if ((alternatives.get(term) ?? 0) < form.factor) alternatives.set(term, form.factor);
      }
      return { ...concept, alternatives: [...alternatives].map(([term, factor]) => ({ term, factor })) };
    }),
  );
}

/** Words around a text that speak of it too (an article's headline), each match counting `factor` of the text's own. */
export interface CoverageContext {
  terms: ReadonlySet<string>;
  factor: number;
}

/**
 * Share (0..1) of the question's concept weight that a text with these terms holds, alternatives counting by factor;
 * a concept the text lacks counts at the context's factor where the context holds it.
 */
export function conceptCoverage(concepts: WeightedConcept[], terms: ReadonlySet<string>, context?: CoverageContext): number {
  let total = 0;
  let found = 0;
  for (const concept of concepts) {
    total += concept.weight;
    const inContext = context ? context.factor * matchFactor(concept, context.terms) : 0;
    found += concept.weight * Math.max(matchFactor(concept, terms), inContext);
  }
  return total === 0 ? 0 : found / total;
}

/** How well a text with these terms expresses the concept: the best factor among the alternatives it holds, else 0. */
export function matchFactor(concept: Concept, terms: ReadonlySet<string>): number {
  let best = 0;
  for (const { term, factor } of concept.alternatives) if (factor > best && terms.has(term)) best = factor;
  return best;
}

// The particles of phrasal verbs whose verb alone means something else ("made up", "show up", "brushed off"); not
// "on", which follows nouns as often ("the price tag on", "Washington's take on").
const PARTICLE = /^(?:up|off|out|down|back|over|away)$/;

// "space center" is a cosmodrome, though neither "space" nor "center" is: a two-word phrase of the question that
// WordNet or the domain thesaurus knows as one lends its forms to each of its content words, so a passage saying
// "cosmodrome" holds both. A known phrase of a word and a particle is a phrasal verb.
async function formsOfPhrases(question: string, forms: WordForms): Promise<{ lent: Map<string, { word: string; factor: number }[]>; phrasalVerbs: Set<string> }> {
  const words = [...foldForSearch(question).matchAll(TOKEN)].map(([word]) => word);
  const lent = new Map<string, { word: string; factor: number }[]>();
  const phrasalVerbs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = [words[i]!, words[i + 1]!] as const;
    if (pair.every(isStopword)) continue;
    const found = await forms.of(pair.join(' '));
    if (found.length === 0) continue;
    for (const word of pair) if (!isStopword(word)) lent.set(word, [...(lent.get(word) ?? []), ...found]);
    if (PARTICLE.test(pair[1])) phrasalVerbs.add(pair[0]);
  }
  return { lent, phrasalVerbs };
}
