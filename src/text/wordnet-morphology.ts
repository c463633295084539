import { wordnetExceptions, type InflectingPartOfSpeech } from './wordnet-exceptions.js';

export type WordnetPartOfSpeech = InflectingPartOfSpeech | 'adverb';

/** A form that may be a WordNet lemma of the given part of speech. */
export interface BaseForm {
  lemma: string;
  partOfSpeech: WordnetPartOfSpeech;
  /** Given by an exception list, so a guess where the word is also a lemma of its own ("wound": "wind"). */
  irregular: boolean;
}

// WordNet's detachment rules (its morphy documentation): the suffixes each part of speech inflects with, and what
// replaces them.
const DETACHMENTS: Record<InflectingPartOfSpeech, [suffix: string, replacement: string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adjective: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};
const INFLECTING: InflectingPartOfSpeech[] = ['noun', 'verb', 'adjective'];

/**
 * The forms WordNet's morphology would look up for a lower-case word: the word itself in every part of speech, the
 * base form its exception lists give, and what each detachment rule leaves. Unchecked: the caller keeps the ones
 * the dictionary holds ("troops" gives noun "troops" and "troop", verb "troops" and "troop", ...).
 */
export function baseFormCandidates(word: string): BaseForm[] {
  const candidates: BaseForm[] = [{ lemma: word, partOfSpeech: 'adverb', irregular: false }];
  for (const partOfSpeech of INFLECTING) {
    const forms = new Set([word]);
    for (const [suffix, replacement] of DETACHMENTS[partOfSpeech]) {
      if (word.length > suffix.length && word.endsWith(suffix)) forms.add(word.slice(0, -suffix.length) + replacement);
    }
    for (const lemma of forms) candidates.push({ lemma, partOfSpeech, irregular: false });
    const exception = wordnetExceptions(partOfSpeech).get(word);
    if (exception !== undefined && !forms.has(exception)) {
      candidates.push({ lemma: exception, partOfSpeech, irregular: true });
    }
  }
  return [...candidates, ...phrasalVerbCandidates(word)];
}

// A phrasal verb inflects its verb: "brushed_off" is looked up as "brush_off", "taken_prisoner" as "take_prisoner".
function phrasalVerbCandidates(word: string): BaseForm[] {
  const space = word.indexOf('_');
  if (space < 0) return [];
  const [verb, rest] = [word.slice(0, space), word.slice(space)];
  return baseFormCandidates(verb)
    .filter((candidate) => candidate.partOfSpeech === 'verb' && candidate.lemma !== verb)
    .map((candidate) => ({ ...candidate, lemma: candidate.lemma + rest }));
}
