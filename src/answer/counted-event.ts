import type { Concept } from '../retrieval/query.js';
import { matchFactor } from '../retrieval/query.js';
import { stemOf } from '../retrieval/terms.js';
import { domainEvents } from '../text/thesaurus.js';

// The domain's event groups as search terms; phrases ("lost their lives") are left to their single-word synonyms.
let eventTerms: ReadonlySet<string>[] | undefined;

/**
 * Does a text with these terms count another event than the one the question asks about? True when it does not
 * say the question's verb ("died") but says another thing that happens to the people or things counted
 * ("dispatched", "wounded"): its figures count that. A verb outside the domain's events ("seen") tells nothing
 * apart, and a text that says no event at all ("3,000 troops will be part of the battalion") may count the one asked.
 */
export function tellsOfAnotherEvent(terms: ReadonlySet<string>, verb: Concept | null): boolean {
  if (!verb || matchFactor(verb, terms) > 0) return false;
  eventTerms ??= domainEvents().map((group) => new Set(group.filter((word) => !word.includes(' ')).map(stemOf)));
  const asked = eventTerms.filter((group) => verb.alternatives.some(({ term }) => group.has(term)));
  if (asked.length === 0) return false;
  return eventTerms.some((group) => !asked.includes(group) && [...group].some((term) => terms.has(term)));
}
