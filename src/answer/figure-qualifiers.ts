// What a figure is a figure of, beyond the thing it counts: so many a night, so much for each worker, so many more
// than before, a ceiling. "A thousand drones a night" is no count of the drones fired on one night, "$12 million a
// month" for 12,000 workers is no pay for each, "3,000 additional troops" are not all the troops sent, and "the cap of
// 500,000 barrels" is no delivery: none is set against the figure a question asks for, unless it asks for that kind.

// So many a day, a night, a month or a year; "a year ago" and "a day after" date something instead.
export const RATE = /\b(?:a|an|per|each|every)\s+(?:day|night|week|month|year)\b(?!\s+(?:ago|after|before|later|earlier))|\b(?:daily|nightly|weekly|monthly|annually|yearly)\b/i;
// "The annual cap of 500,000 barrels", "a daily average of 40 trains": a rate named before its figure.
const RATE_BEFORE = /\b(?:annual|yearly|monthly|weekly|daily|nightly)\s+(?:[\p{L}-]+\s+){0,2}(?:of|at)\s+(?:(?:about|around|some|roughly|nearly|up to)\s+)?$/iu;
// "$1,000 for each worker", "80,000 roubles per soldier", "$500 a head"; "per month" is a rate.
const PER_UNIT = /\b(?:for\s+each|for\s+every|per|each|apiece|a\s+head)\b(?!\s+(?:day|night|week|month|year|hour|other)s?\b)/i;
// "3,000 additional troops", "1,500 more soldiers" ("more than 1,500" is a bound of the figure, not an increment).
const INCREMENT_AFTER = /^\s+(?:additional|extra|further|fresh|more\b(?!\s+than))/i;
// "Another 3,000", "a further 1,500", "a first group of around 1,500", "added 105 ships".
const INCREMENT_BEFORE =
  /\b(?:(?:an?\s+)?(?:additional|further|another|extra)|(?:a|the|its)\s+(?:first|second|third|new|fresh|latest|next)\s+(?:group|batch|wave|contingent|round|rotation|shipment|tranche|package),?\s+of|added|adding|adds)\s+(?:(?:about|around|some|roughly|nearly|up to|at least|more than)\s+)?$/i;
// "Cap the imports at 500,000 barrels", "a ceiling of 8,000": a limit, not what happened.
const LIMIT_BEFORE = /\b(?:caps?|capped|ceiling|limit|quota|maximum|target|goal)\s+(?:[\p{L}-]+\s+){0,3}?(?:of|at)\s+(?:(?:about|around|some|roughly|nearly|up to)\s+)?$/iu;
// The question asks for what was added, a group of them or a rate: "how many more", "the first group", "the reinforcements".
const ASKS_INCREMENT = /\b(?:additional|more|extra|another|further|fresh|reinforcements?|add|added|first|second|third|new|latest|next)\b/i;
const ASKS_PER_UNIT = /\b(?:each|per|every|apiece|a\s+head)\b(?!\s+(?:day|night|week|month|year|hour|other)s?\b)/i;

/** The words around a figure in its clause: `before` up to it, `after` from its end to the clause's end. */
export interface FigureContext {
  before: string;
  after: string;
}

/** Does the question ask for so many a day, a night, a month or a year? */
export function asksRate(question: string): boolean {
  return RATE.test(question);
}

/**
 * May this figure be set against others as an answer to the question? Only when it is of the kind the question asks
 * for: a rate where it asks for one and a total where it does not, so much for each where it asks "for each", an
 * increment only where it asks for one, and never a limit.
 */
export function fitsQuestion({ before, after }: FigureContext, question: string): boolean {
  const clauseBefore = before.split(/[.;:!?]/).at(-1)!;
  const rate = RATE.test(after) || RATE_BEFORE.test(clauseBefore);
  if (rate !== asksRate(question)) return false;
  if (PER_UNIT.test(after) !== ASKS_PER_UNIT.test(question)) return false;
  if (LIMIT_BEFORE.test(clauseBefore)) return false;
  return ASKS_INCREMENT.test(question) || !(INCREMENT_AFTER.test(after) || INCREMENT_BEFORE.test(clauseBefore));
}

/** The figure's clause around it: what stands before it in its sentence, and after it up to the clause's end. */
export function figureContext(sentence: string, at: number, figure: string): FigureContext {
  const rest = sentence.slice(at + figure.length);
  return { before: sentence.slice(0, at), after: rest.split(/[.;:!?()]|,\s/)[0]! };
}
