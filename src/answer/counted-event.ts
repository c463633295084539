import type { Concept } from '../retrieval/query.js';
import { matchFactor } from '../retrieval/query.js';
import { stemOf } from '../retrieval/terms.js';
import { domainEvents } from '../text/thesaurus.js';

interface EventTerms {
  group: ReadonlySet<string>;
  harm: boolean;
}

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
  eventTerms ??= readEventTerms();
  const asked = eventTerms.filter(({ group }) => verb.alternatives.some(({ term }) => group.has(term)));
  if (asked.length === 0) return false;
  const says = ({ group }: EventTerms) => [...group].some((term) => terms.has(term));
  if (asked.some(says)) return false;
  return asked.some(({ harm }) => harm) || eventTerms.some((event) => !asked.includes(event) && says(event));
}

/**
 * Does the text count two harms as one ("killed or wounded", "dead and injured") where the question asks for one
 * of them (`verb`: "killed")? Its figure counts casualties, not the killed.
 */
export function conjoinsAnotherHarm(text: string, verb: Concept | null): boolean {
  if (!verb) return false;
  eventTerms ??= readEventTerms();
  const harms = eventTerms.filter(({ harm }) => harm);
  const groupOf = (word: string) => harms.findIndex(({ group }) => group.has(stemOf(word)));
  const asked = harms.filter(({ group }) => verb.alternatives.some(({ term }) => group.has(term)));
  for (const [, first, second] of text.toLowerCase().matchAll(/\b([a-z]+)\s+(?:or|and)\s+([a-z]+)\b/g)) {
    const [a, b] = [groupOf(first!), groupOf(second!)];
    if (a >= 0 && b >= 0 && a !== b && !(asked.includes(harms[a]!) && asked.includes(harms[b]!))) return true;
  }
  return false;
}

function readEventTerms(): EventTerms[] {
  const { harms, movements } = domainEvents();
  const termsOf = (group: readonly string[]) => new Set(group.filter((word) => !word.includes(' ')).map(stemOf));
  return [...harms.map((group) => ({ group: termsOf(group), harm: true })), ...movements.map((group) => ({ group: termsOf(group), harm: false }))];
}
