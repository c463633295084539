/**
 * The ranks and titles news copy writes short before a name ("Gen. Raymond Castellano", "Lt. Col. Ihor Sydorenko",
 * "Rep. Han Ji-seok"), whose period ends no sentence.
 */

/** Military and diplomatic ranks, with the word each stands for: a member writes them out ("which us general said…"). */
export const RANK_WORDS: Readonly<Record<string, string>> = {
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  maj: 'major',
  capt: 'captain',
  adm: 'admiral',
  sgt: 'sergeant',
  cmdr: 'commander',
  brig: 'brigadier',
  amb: 'ambassador',
};

const CIVIL_TITLES = ['Dr', 'Rep', 'Sen', 'Gov', 'Prof', 'Mr', 'Mrs', 'Ms'];
const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** The ranks as a regular expression's alternatives, capitalised as copy writes them ("Gen|Lt|…"). */
export const RANKS = Object.keys(RANK_WORDS).map(capitalised).join('|');

/** The ranks and the civil titles ("Dr", "Rep", "Mr"…), likewise. */
export const TITLES = [...Object.keys(RANK_WORDS).map(capitalised), ...CIVIL_TITLES].join('|');
