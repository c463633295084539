import type { Concept } from '../retrieval/query.js';
import { matchFactor } from '../retrieval/query.js';
import { placedSearchTerms, stemOf } from '../retrieval/terms.js';
import { domainEvents } from '../text/thesaurus.js';

interface EventTerms {
  group: ReadonlySet<string>;
  harm: boolean;
}

// How near a figure, stop words aside, its verb says what it counts: "has already sent about 3,000", "3,000
// additional soldiers had been sent".
const WORDS_AROUND = 3;
const CLAUSE_BREAK = /[.;:!?,()]|\b(?:and|or)\b|\d/;

// The domain's event groups as search terms; phrases ("lost their lives") are left to their single-word synonyms.
let eventTerms: EventTerms[] | undefined;

/**
 * Does a text with these terms fail to count the event the question asks about (its verb: "died")? True when it
 * does not say that event but another thing that happens to the people or things counted ("dispatched",
 * "wounded"): its figures count that. True too when the question asks for a harm (killed, wounded, captured,
 * casualties) and the text says no event at all: "3,000 troops are in Kursk" counts none killed, though it may count
 * the troops sent. A verb outside the domain's events ("seen") tells nothing apart.
 */
export function missesAskedEvent(terms: ReadonlySet<string>, verb: Concept | null): boolean {
  if (!verb || matchFactor(verb, terms) > 0) return false;
  const { events, asked } = eventsNamedBy(verb);
  if (asked.length === 0) return false;
  const says = (event: EventTerms) => holds(terms, event);
  if (asked.some(says)) return false;
  return asked.some(({ harm }) => harm) || events.some((event) => !asked.includes(event) && says(event));
}

/**
 * Which event a figure counts, where the question asks for one of the domain's events (`verb`: "wounded"): the one
 * asked, another, or none said. The words just after it in its own clause say it ("600 of them had been killed and
 * some 4,100 wounded"; not "killing seven people and wounding 31"), else a verb just before it in its own clause
 * ("has sent about 3,000 soldiers to replace the dead"), else the first that the rest of the sentence says, up to
 * the next figure ("3,000 soldiers arrived in January to replace the dead" counts soldiers who arrived, whatever
 * else the sentence says). Null too when the verb is no event of the domain ("fighting"): it tells nothing apart.
 */
export function eventOfFigure(before: string, after: string, verb: Concept | null): 'asked' | 'other' | null {
  if (!verb) return null;
  const { events, asked } = eventsNamedBy(verb);
  if (asked.length === 0) return null;
  const said = (terms: Set<string>) =>
    matchFactor(verb, terms) > 0 || asked.some((event) => holds(terms, event)) ? 'asked' : events.some((event) => holds(terms, event)) ? 'other' : null;
  const first = (words: Set<string>[]) => words.map(said).find((event) => event !== null) ?? null;
  // The rest of the sentence stops at the next figure, which says what happened to its own ("15,000 sent … and 2,000
  // of them killed").
  const untilNextFigure = placedSearchTerms(after.split(/\d/)[0]!).atWord;
  // Its own clause: a comma, "and" or another figure ends it ("killed and some 4,100 wounded", "killing seven people
  // and wounding 31").
  const clauseAfter = placedSearchTerms(after.split(CLAUSE_BREAK)[0]!).atWord;
  const clauseBefore = before.split(CLAUSE_BREAK).at(-1)!;
  return first(clauseAfter.slice(0, WORDS_AROUND)) ?? first(placedSearchTerms(clauseBefore).atWord.slice(-WORDS_AROUND).reverse()) ?? first(untilNextFigure.slice(Math.min(WORDS_AROUND, clauseAfter.length)));
}

/**
 * Does a figure count a harm ("destroyed five Koksan guns", "brought down 563 of the drones", "600 dead") that the
 * question, with these search terms, does not ask about? Such a figure is no count of the guns handed over or the
 * drones launched that a question asks for without a verb of the domain's events ("hand over", "throw"); where its
 * verb is one (`verb`), eventOfFigure tells the figures apart. Read in the figure's own clause: the words just before
 * it and just after it.
 */
export function countsUnaskedHarm(before: string, after: string, verb: Concept | null, question: ReadonlySet<string>): boolean {
  if (verb && eventsNamedBy(verb).asked.length > 0) return false;
  const harms = (eventTerms ??= readEventTerms()).filter(({ harm }) => harm);
  if (harms.some((event) => holds(question, event))) return false;
  const near = [
    ...placedSearchTerms(after.split(CLAUSE_BREAK)[0]!).atWord.slice(0, WORDS_AROUND),
    ...placedSearchTerms(before.split(CLAUSE_BREAK).at(-1)!).atWord.slice(-WORDS_AROUND),
  ];
  return near.some((terms) => harms.some((event) => holds(terms, event))) || HARM_PHRASE_BEFORE.test(before);
}

// The domain's harms in two words ("shot down"), which search terms read one word at a time, just before a figure.
const HARM_PHRASE_BEFORE = /\b(?:shot|shoot|brought|bring)\s+down\s+(?:(?:about|around|some|roughly|nearly|at least|more than)\s+)?$/i;

/**
 * Does the text count two harms as one ("killed or wounded", "dead and injured") where the question asks for one
 * of them (`verb`: "killed")? Its figure counts casualties, not the killed.
 */
export function conjoinsAnotherHarm(text: string, verb: Concept | null): boolean {
  if (!verb) return false;
  const { events, asked: named } = eventsNamedBy(verb);
  const harms = events.filter(({ harm }) => harm);
  const groupOf = (word: string) => harms.findIndex(({ group }) => group.has(stemOf(word)));
  const asked = named.filter(({ harm }) => harm);
  for (const [, first, second] of text.toLowerCase().matchAll(/\b([a-z]+)\s+(?:or|and)\s+([a-z]+)\b/g)) {
    const [a, b] = [groupOf(first!), groupOf(second!)];
    if (a >= 0 && b >= 0 && a !== b && !(asked.includes(harms[a]!) && asked.includes(harms[b]!))) return true;
  }
  return false;
}

// The domain's events, and those of them that the verb names ("killed": the killed; "sent": the sent).
function eventsNamedBy(verb: Concept): { events: EventTerms[]; asked: EventTerms[] } {
  eventTerms ??= readEventTerms();
  return { events: eventTerms, asked: eventTerms.filter(({ group }) => verb.alternatives.some(({ term }) => group.has(term))) };
}

// Does a text with these terms say the event?
function holds(terms: ReadonlySet<string>, { group }: EventTerms): boolean {
  return [...group].some((term) => terms.has(term));
}

function readEventTerms(): EventTerms[] {
  const { harms, movements } = domainEvents();
  const termsOf = (group: readonly string[]) => new Set(group.filter((word) => !word.includes(' ')).map(stemOf));
  return [...harms.map((group) => ({ group: termsOf(group), harm: true })), ...movements.map((group) => ({ group: termsOf(group), harm: false }))];
}
