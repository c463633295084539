import { createRequire } from 'node:module';
import { z } from 'zod';

/** The parts of speech WordNet keeps exception lists for (adverbs have too few to matter). */
export type InflectingPartOfSpeech = 'noun' | 'verb' | 'adjective';

// wink-lexicon ships WordNet 3.0's noun.exc, verb.exc and adj.exc as plain objects, one file per list; they are
// required one by one because the package's entry point also loads its 1.9 MB word list, which is what made
// wink-lemmatizer cost ~51 MB of resident memory.
const FILES: Record<InflectingPartOfSpeech, string> = {
  noun: 'wink-lexicon/src/wn-noun-exceptions.js',
  verb: 'wink-lexicon/src/wn-verb-exceptions.js',
  adjective: 'wink-lexicon/src/wn-adjective-exceptions.js',
};

const ExceptionList = z.record(z.string(), z.string());
const require = createRequire(import.meta.url);
const loaded = new Map<InflectingPartOfSpeech, ReadonlyMap<string, string>>();

/**
 * WordNet's exception list for one part of speech: inflected forms that its suffix rules cannot undo, each with its
 * base form ("began" → "begin", "children" → "child", "worse" → "bad"). Loaded on first use.
 */
export function wordnetExceptions(partOfSpeech: InflectingPartOfSpeech): ReadonlyMap<string, string> {
  let list = loaded.get(partOfSpeech);
  if (list === undefined) {
    list = new Map(Object.entries(ExceptionList.parse(require(FILES[partOfSpeech]))));
    loaded.set(partOfSpeech, list);
  }
  return list;
}
