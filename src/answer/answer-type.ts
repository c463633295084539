import { mentionsDate, namesDay, namesDayOfMonth } from '../text/calendar-dates.js';
import { blankDesignations } from '../text/number-words.js';
import { RANKS } from '../text/titles.js';

/** The kind of fact a question asks for, when its wording makes that plain. */
export type AnswerType = 'money' | 'number' | 'distance' | 'weight' | 'duration' | 'frequency' | 'age' | 'day' | 'date' | 'reason' | 'name' | 'leader' | 'any';

// "What share of the missile programme is paid for with crypto": a share, which a sum of money is not.
const ASKS_SHARE = /\bwhat (?:share|percentage|proportion|fraction)\b|\bhow much of\b/i;
// "What is Moscow paying Pyongyang with", "what does it pay in return": what is given, which may be no money.
const PAYS_IN_KIND = /\b(?:pay|pays|paying|paid)\b.*\bwith\b|\bin (?:exchange|return)\b/i;
// Prices, payments and earnings: the answer is a sum of money, not any figure.
const ASKS_MONEY =
  /\bhow much (?:money|cash)\b|\bhow much (?:is|are|was|were|does|do) (?:a|an|one)\b|\b(?:price|prices|cost|costs|costing|worth|earnings|revenue|paid|pay|pays|paying|earn|earned|earns|earning|spend|spent|spends|spending|fare|fares|fee|fees)\b/i;
const ASKS_AGE = /\bhow old\b|\bwhat (?:age|ages)\b|\bages? of\b/i;
// "How long after…", "a month after the summit": the time between two events, which is no stretch something lasted.
const NOT_BETWEEN_EVENTS = String.raw`(?!\s+(?:after|before|ago|later|earlier)\b)`;
const ASKS_DURATION = new RegExp(String.raw`\bhow long\b${NOT_BETWEEN_EVENTS}|\bfor how many (?:minutes|hours|days|weeks|months|years)\b`, 'i');
// "What casualty numbers did Seoul give", "what's the death toll": a count named by the word for one.
// "How far can it fire", "whats the max range": a distance, which any other figure is not.
const ASKS_DISTANCE = /\bhow far\b|\bwhat(?:['’]s|s|\s+(?:is|was|are))?\s+(?:the\s+|its\s+)?(?:max(?:imum)?\s+|min(?:imum)?\s+|effective\s+)?(?:range|distance)\b/i;
// "How heavy is the destroyer", "what's its displacement": a weight, which a count of days to build it is not.
const ASKS_WEIGHT = /\bhow heavy\b|\bhow much (?:does|do|did) [\w\s'’-]{1,40}? weigh\b|\bwhat(?:['’]s|s|\s+(?:is|was|are))?\s+(?:the\s+|its\s+)?(?:weight|displacement|tonnage)\b/i;
// "How often does the train run": how many times in a stretch of time, which a count alone is not.
const ASKS_FREQUENCY = /\bhow (?:often|frequently|regularly)\b/i;
// "Total shells nk has sent ru since 2023?", "what's the UN ceiling on refined petroleum", "what are the different
// estimates": a figure named by the word for one.
const ASKS_NUMBER =
  /\b(how (many|much|fast|big|large)|number of|what (size|share|percentage))\b|\b(?:what|whats|what’s|which)\b.*\b(?:numbers|figures|tolls?|tally|tallies|counts?|ceilings?|caps?|limits?|totals?|estimates)\b|^\s*total\b/i;
// "What day…", "on what date…", "what dates…": a day, not the month or year of "late December".
const ASKS_DAY = /\b(?:what|which) (?:days?|dates?)\b/i;
const ASKS_DATE = /^\s*when\b|\b(what|which) (years?|months?)\b|\bsince when\b/i;
// "What are the names of…": a name is the answer; "who is the commander of…": the name of the one who leads.
const ASKS_NAME = /\bwhat(?:['’]s|s|\s+(?:is|are|was|were))\s+(?:the\s+)?(?:names?|titles?)\s+of\b/i;
const ASKS_LEADER = /\bwho\s+(?:is|was|are|were)\s+(?:the\s+)?(?:commander|commanders|head|leader|chief)\b/i;
const ASKS_REASON = /^\s*why\b|\bhow come\b|\bfor what reason\b|\bwhat (?:reasons?|explanation|justification|motive)\b|\bwhat (?:caused|causes|led to|drove|drives|prompted|explains)\b/i;

const HAS_MONEY =
  /[$€£₩¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|trillion|m|bn)?\s*(?:dollars|euros|pounds|won|rubles|roubles|yuan|yen)\b|\b(?:US|U\.S\.)\s?\$/i;
const HAS_NUMBER = /\d|\b(dozens?|hundreds?|thousands?|millions?|billions?|two|three|four|five|six|seven|eight|nine|ten)\b/i;
const AMOUNT = String.raw`(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a few|few|many)`;
// "how long" asks for a stretch of time or of distance ("five hours", "two-year", "about 60 kilometres"), or how
// something lasted ("lasted", "will last", "until", "no fixed end date"). "A month after the summit" is the time
// between two events, and "last September" a date.
const HAS_DURATION = new RegExp(
  String.raw`\b${AMOUNT}[\s-]+(?:more\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)\b${NOT_BETWEEN_EVENTS}|\b(?:(?:will|would|could|may|might|can|to)\s+last|lasted|lasting|lasts|until|indefinitely|end date|expires?|expired)\b`,
  'i',
);
// A weight ("5,000 tonnes", "displaces about 5,000", "a 500kg warhead").
const HAS_WEIGHT = new RegExp(String.raw`\b${AMOUNT}[\s-]*(?:tonnes?|tons?|kilograms?|kg|pounds|lbs?)\b|\bdisplac(?:e|es|ing|ement)\b[^.]{0,30}\d`, 'i');
// So many times a stretch of time ("twice a month", "three flights a week", "every Tuesday", "weekly").
const HAS_FREQUENCY =
  /\b(?:once|twice|thrice|times|trips?|runs?|flights?|departures?|services?|trains?)\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year)\b|\b(?:daily|weekly|fortnightly|monthly|annually|yearly|nightly|hourly)\b|\bevery\s+(?:other\s+|\w+\s+)?(?:day|week|fortnight|month|year|morning|night|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\b|\b(?:a|per)\s+(?:day|week|month)\b/i;
// A distance, in words or in figures ("about 60 kilometres", "40km", "half a kilometre"); "3m" is millions.
const HAS_DISTANCE = new RegExp(String.raw`\b(?:${AMOUNT}|half\s+a)[\s-]+(?:more\s+)?(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)\b|\b\d[\d,.]*\s*km\b`, 'i');
const HAS_AGE = /\b\d{1,3}[\s-]years?[\s-]old\b|\b\d{1,3}-year-olds?\b|\baged\s+(?:between\s+)?\d{1,3}\b|\bages?\s+(?:of\s+)?\d{1,3}\b|\bin (?:his|her|their) (?:late |early |mid-)?(?:teens|twenties|thirties|forties|fifties)\b|\bborn in (?:1[89]|20)\d{2}\b/i;
const RANKED = String.raw`(?:(?:${RANKS})\.?\s+)*`;
// A name given as one ("named the Angara", "known as", "identified him as Ri"; not "the so-called Buryat
// Battalion") or after the word for what it names ("the ship Angara", "the soldier Ri").
const HAS_NAME = new RegExp(
  String.raw`\b(?:named|(?<!so-)called|titled|entitled|known as|dubbed|identified (?:him |her |them )?as)\s+(?:the\s+)?[“"‘']?\p{Lu}|\b(?:ship|vessel|freighter|soldier|prisoner)s?,?\s+${RANKED}\p{Lu}[\p{L}-]+`,
  'u',
);
// The one who leads: "led by Col. Gen. Kim Yong Bok", "its commander, Kim", "Kim, the corps commander".
const HAS_LEADER = new RegExp(
  String.raw`\b(?:commanded|led|headed) by\s+${RANKED}\p{Lu}|\b(?:commander|chief|head|leader)s?,?\s+${RANKED}\p{Lu}[\p{L}-]+|\p{Lu}[\p{L}-]+,\s+(?:the\s+|its\s+)?(?:[\p{L}-]+\s+)?(?:commander|chief|head|leader)\b`,
  'u',
);
// What news copy writes to give a cause or a purpose.
const HAS_REASON =
  /\b(?:because|due to|owing to|as a result of|thanks to|the reason|reasons? (?:for|why|was|is)|attribut\w*|blam\w*|in order to|so that|so as to|aim(?:ed|s)? (?:at|to)|intended to|meant to|in return for|in exchange for|motivated by|driven by|caused by|led to)\b/i;

/**
 * "How many…" wants a number, "What does it cost" a sum of money, "How heavy…" a weight, "How long…" a stretch of
 * time, "How often…" so many times a stretch of time, "How old…" an age, "What day…" a day, "When…" a date, "What
 * are the names of…" a name, "Who is the commander of…" the name of who leads, and "Why…" a cause: stop-word removal
 * would otherwise lose that signal.
 */
export function expectedAnswerType(question: string): AnswerType {
  if (ASKS_SHARE.test(question)) return 'number';
  if (ASKS_MONEY.test(question) && (ASKS_NUMBER.test(question) || (/^\s*what\b/i.test(question) && !PAYS_IN_KIND.test(question)))) return 'money';
  if (ASKS_AGE.test(question)) return 'age';
  if (ASKS_DURATION.test(question)) return 'duration';
  if (ASKS_DISTANCE.test(question)) return 'distance';
  if (ASKS_WEIGHT.test(question)) return 'weight';
  if (ASKS_FREQUENCY.test(question)) return 'frequency';
  if (ASKS_NUMBER.test(question)) return 'number';
  if (ASKS_DAY.test(question)) return 'day';
  if (ASKS_DATE.test(question)) return 'date';
  if (ASKS_REASON.test(question)) return 'reason';
  if (ASKS_NAME.test(question)) return 'name';
  if (ASKS_LEADER.test(question)) return 'leader';
  return 'any';
}

/**
 * Does the text give a day of a month ("on Jan. 10"), the day "what day" is best answered with, beside a weekday
 * ("on Friday") that only its article's date places?
 */
export function givesDayOfMonth(text: string): boolean {
  return namesDayOfMonth(withoutDateline(text));
}

/** Does the text contain the kind of fact asked for? Always true when the question does not ask for one. */
export function hasAnswerType(text: string, type: AnswerType): boolean {
  if (type === 'money') return HAS_MONEY.test(text);
  if (type === 'number') return HAS_NUMBER.test(blankDesignations(text));
  if (type === 'distance') return HAS_DISTANCE.test(text);
  if (type === 'weight') return HAS_WEIGHT.test(text);
  if (type === 'duration') return HAS_DURATION.test(text);
  if (type === 'frequency') return HAS_FREQUENCY.test(text);
  if (type === 'age') return HAS_AGE.test(text);
  if (type === 'day') return namesDay(withoutDateline(text));
  if (type === 'date') return mentionsDate(withoutDateline(text));
  if (type === 'reason') return HAS_REASON.test(text);
  if (type === 'name') return HAS_NAME.test(text);
  if (type === 'leader') return HAS_LEADER.test(text);
  return true;
}

// "MOSCOW, 12 November (CPA) –", "KYIV —": the place and day a story was filed, not the date of what it reports.
const DATELINE = /^[\p{Lu}][\p{Lu}\s.'’-]+(?:,[^–—\n]{0,40}?)?(?:\s*\([^)]{1,40}\))?\s*[–—-]\s/u;

function withoutDateline(text: string): string {
  return text.replace(DATELINE, '');
}
