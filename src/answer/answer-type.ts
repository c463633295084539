import { mentionsDate } from '../text/calendar-dates.js';

/** The kind of fact a question asks for, when its wording makes that plain. */
export type AnswerType = 'money' | 'number' | 'date' | 'any';

// Prices, payments and earnings: the answer is a sum of money, not any figure.
const ASKS_MONEY =
  /\bhow much (?:money|cash)\b|\b(?:price|prices|cost|costs|worth|earnings|revenue|paid|pay|pays|paying|earn|earned|earns|spend|spent|spends)\b/i;
const ASKS_NUMBER = /\b(how (many|much|far|long|old|heavy|fast|big|large)|number of|what (size|share|percentage|range|distance|age))\b/i;
const ASKS_DATE = /^\s*when\b|\b(what|which) (year|month|date|day)\b|\bsince when\b/i;

const HAS_MONEY =
  /[$€£₩¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|trillion|m|bn)?\s*(?:dollars|euros|pounds|won|rubles|roubles|yuan|yen)\b|\b(?:US|U\.S\.)\s?\$/i;
const HAS_NUMBER = /\d|\b(dozens?|hundreds?|thousands?|millions?|billions?|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/** "How many…" wants a number, "What does it cost" a sum of money and "When…" a date: stop-word removal would otherwise lose that signal. */
export function expectedAnswerType(question: string): AnswerType {
  if (ASKS_MONEY.test(question) && (ASKS_NUMBER.test(question) || /^\s*what\b/i.test(question))) return 'money';
  if (ASKS_NUMBER.test(question)) return 'number';
  if (ASKS_DATE.test(question)) return 'date';
  return 'any';
}

/** Does the text contain the kind of fact asked for? Always true when the question does not ask for one. */
export function hasAnswerType(text: string, type: AnswerType): boolean {
  if (type === 'money') return HAS_MONEY.test(text);
  if (type === 'number') return HAS_NUMBER.test(text);
  if (type === 'date') return mentionsDate(text);
  return true;
}
