import { mentionsDate } from '../text/calendar-dates.js';

/** The kind of fact a question asks for, when its wording makes that plain. */
export type AnswerType = 'number' | 'date' | 'any';

const ASKS_NUMBER = /\b(how (many|much|far|long|old|heavy|fast|big|large)|number of|what (size|share|percentage|range|distance|age))\b/i;
const ASKS_DATE = /^\s*when\b|\b(what|which) (year|month|date|day)\b|\bsince when\b/i;

const HAS_NUMBER = /\d|\b(dozens?|hundreds?|thousands?|millions?|billions?|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/** "How many…" wants a number and "When…" a date: stop-word removal would otherwise lose that signal. */
export function expectedAnswerType(question: string): AnswerType {
  if (ASKS_NUMBER.test(question)) return 'number';
  if (ASKS_DATE.test(question)) return 'date';
  return 'any';
}

/** Does the text contain the kind of fact asked for? Always true when the question does not ask for one. */
export function hasAnswerType(text: string, type: AnswerType): boolean {
  if (type === 'number') return HAS_NUMBER.test(text);
  if (type === 'date') return mentionsDate(text);
  return true;
}
