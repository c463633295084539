import { escapeRegExp } from './regexp-literal.js';

/**
 * The domain's names that stand for one another in news copy: capitals for governments ("Pyongyang", "Moscow"),
 * seats of power ("the Kremlin", "the White House"), demonyms ("North Korean"), abbreviations ("DPRK", "NIS") and
 * the people and agencies that speak for a country. A mention of any name yields the entity's term, and the terms of
 * the bodies it is part of: "the Pentagon" is also the United States, but "the United States" is not only the
 * Pentagon, so a question about the Pentagon stays about the Pentagon.
 */
interface Entity {
  /** Names as matched: lower case, whole words; "." stands for itself. */
  names: string[];
  /** Ids of the bodies a mention of this entity also stands for. */
  partOf?: string[];
  /** Its names' words say nothing as words: "General Staff" is no general, the "Workers' Party" no workers. */
  opaque?: boolean;
}

const ENTITIES = {
  'north-korea': {
    names: ['north korea', 'north korean', 'north koreans', 'dprk', 'd.p.r.k.', "democratic people's republic of korea", 'pyongyang', 'nk', "kim's"],
  },
  'kim-jong-un': { names: ['kim jong un', 'kim jong-un', 'kim jong‑un', 'kim jongun'], partOf: ['north-korea'] },
  'choe-son-hui': { names: ['choe son hui', 'choe son-hui', 'choe'], partOf: ['north-korea'] },
  kpa: { names: ['kpa', "korean people's army", "north korea's army", 'north korean army', "north korea's military", 'north korean military'], partOf: ['north-korea'] },
  wpk: { names: ['wpk', "workers' party of korea", "workers' party"], partOf: ['north-korea'], opaque: true },
  // "Putin's war", like "Kim's soldiers", is the country's.
  russia: { names: ['russia', 'russian', 'russians', 'russian federation', 'moscow', 'kremlin', 'ru', "putin's"] },
  putin: { names: ['putin', 'vladimir putin'], partOf: ['russia'] },
  peskov: { names: ['peskov', 'dmitry peskov', 'dmitri peskov'], partOf: ['russia'] },
  shoigu: { names: ['shoigu', 'sergei shoigu', 'sergey shoigu'], partOf: ['russia'] },
  lavrov: { names: ['lavrov', 'sergei lavrov', 'sergey lavrov'], partOf: ['russia'] },
  belousov: { names: ['belousov', 'andrei belousov', 'andrey belousov'], partOf: ['russia'] },
  medvedev: { names: ['medvedev', 'dmitry medvedev', 'dmitri medvedev'], partOf: ['russia'] },
  zakharova: { names: ['zakharova', 'maria zakharova'], partOf: ['russia'] },
  ukraine: { names: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev', 'ukr'] },
  zelenskyy: { names: ['zelenskyy', 'zelensky', 'zelenskiy', 'zelenskii', 'zelenskyi'], partOf: ['ukraine'] },
  'ukraine-military-intelligence': {
    names: [
      'hur', 'gur', 'main intelligence directorate', 'defence intelligence of ukraine', 'defense intelligence of ukraine',
      "ukraine's military intelligence", 'ukrainian military intelligence', "ukraine's defence intelligence", "ukraine's defense intelligence",
      "ukraine's spies", 'ukrainian spies', "kyiv's spies",
    ],
    partOf: ['ukraine'],
  },
  budanov: { names: ['budanov', 'kyrylo budanov', 'kirill budanov'], partOf: ['ukraine-military-intelligence'] },
  sybiha: { names: ['sybiha', 'andrii sybiha', 'andriy sybiha'], partOf: ['ukraine'] },
  kuleba: { names: ['kuleba', 'dmytro kuleba'], partOf: ['ukraine'] },
  'ukraine-general-staff': {
    names: ["ukraine's general staff", 'ukrainian general staff', 'general staff of the armed forces of ukraine', "ukraine's armed forces general staff"],
    partOf: ['ukraine'],
    opaque: true,
  },
  'south-korea': { names: ['south korea', 'south korean', 'south koreans', 's. korea', 's korea', 'seoul', 'republic of korea', 'rok'] },
  nis: {
    names: [
      'nis', 'national intelligence service', "south korea's spy agency", "seoul's spy agency", "south korea's intelligence agency", 'south korean intelligence',
      "seoul's spies", "south korea's spies", 'south korean spies',
    ],
    partOf: ['south-korea'],
  },
  // Wire copy names the JCS by what it is: "South Korea's military said".
  jcs: { names: ['jcs', 'joint chiefs of staff', 'joint chiefs', "south korea's military", 'south korean military', "seoul's military"], partOf: ['south-korea'] },
  kcna: { names: ['kcna', 'korean central news agency'], partOf: ['north-korea'] },
  'kim-yo-jong': { names: ['kim yo jong', 'kim yo-jong'], partOf: ['north-korea'] },
  duma: { names: ['duma', 'state duma'], partOf: ['russia'] },
  gerasimov: { names: ['gerasimov', 'valery gerasimov'], partOf: ['russia'] },
  sbu: { names: ['sbu', 'security service of ukraine'], partOf: ['ukraine'] },
  umerov: { names: ['umerov', 'rustem umerov'], partOf: ['ukraine'] },
  syrskyi: { names: ['syrskyi', 'oleksandr syrskyi', 'syrsky'], partOf: ['ukraine'] },
  yoon: { names: ['yoon suk yeol', 'yoon suk-yeol', 'yoon'], partOf: ['south-korea'] },
  'lee-jae-myung': { names: ['lee jae-myung', 'lee jae myung'], partOf: ['south-korea'] },
  'united-states': { names: ['united states', 'u.s.', 'u.s.a.', 'usa', 'the us', 'america', 'american', 'americans', 'washington', 'white house'] },
  pentagon: { names: ['pentagon', 'department of defense', 'defense department', 'defence department'], partOf: ['united-states'] },
  china: { names: ['china', 'chinese', 'beijing', 'prc', "people's republic of china"] },
  'xi-jinping': { names: ['xi jinping', 'xi'], partOf: ['china'] },
  japan: { names: ['japan', 'japanese', 'tokyo'] },
  iran: { names: ['iran', 'iranian', 'iranians', 'tehran'] },
  nato: { names: ['nato', 'north atlantic treaty organization', 'north atlantic treaty organisation'] },
  rutte: { names: ['rutte', 'mark rutte'], partOf: ['nato'] },
  blinken: { names: ['blinken', 'antony blinken'], partOf: ['united-states'] },
  trump: { names: ['trump', 'donald trump'], partOf: ['united-states'] },
  biden: { names: ['biden', 'joe biden'], partOf: ['united-states'] },
  rubio: { names: ['rubio', 'marco rubio'], partOf: ['united-states'] },
  hegseth: { names: ['hegseth', 'pete hegseth'], partOf: ['pentagon', 'united-states'] },
  austin: { names: ['lloyd austin'], partOf: ['pentagon', 'united-states'] },
  'united-nations': { names: ['united nations', 'u.n.', 'un'] },
  'european-union': { names: ['european union', 'eu', 'brussels'] },
  isw: { names: ['isw', 'institute for the study of war'] },
} satisfies Record<string, Entity>;

export type EntityId = keyof typeof ENTITIES;

/** One mention of a name in folded text: where it is, and every entity term it stands for. */
export interface Mention {
  start: number;
  end: number;
  entities: EntityId[];
  /** Its words are only a name (see Entity.opaque): search reads them as the entity alone. */
  opaque: boolean;
}

// Search terms of entities start with a character that tokenising never keeps, so they never meet a word.
const ENTITY_TERM_PREFIX = '@';

const byName = new Map<string, EntityId>();
for (const [id, entity] of Object.entries(ENTITIES) as [EntityId, Entity][]) for (const name of entity.names) byName.set(name, id);
// Longest names first, so that "kim jong un" wins over a shorter name it contains.
const NAMES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...byName.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(name).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

function withParents(id: EntityId): EntityId[] {
  const parents = ((ENTITIES[id] as Entity).partOf ?? []) as EntityId[];
  return [id, ...parents.flatMap(withParents)];
}

/** The names of the domain in folded (lower-case) text, each with the entities it stands for. */
export function findMentions(folded: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of folded.matchAll(NAMES)) {
    const id = byName.get(match[0].replace(/\s+/g, ' '))!;
    mentions.push({ start: match.index, end: match.index + match[0].length, entities: [...new Set(withParents(id))], opaque: (ENTITIES[id] as Entity).opaque === true });
  }
  return mentions;
}

/** Is the search term one that stands for an entity (added beside the words of its names)? */
export function isEntityTerm(term: string): boolean {
  return term.startsWith(ENTITY_TERM_PREFIX);
}

/** The search term of an entity. */
export function entityTerm(id: EntityId): string {
  return `${ENTITY_TERM_PREFIX}${id}`;
}
