const MONTHS_BUT_MAY = 'january|february|march|april|june|july|august|september|october|november|december';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]|20)\\d{2}';
// A day number that is not the start of a larger figure: "May 10, 2024" is a date, "May 10,000" is not.
const DAY_ALONE = `${DAY}(?!\\d|,\\d{3})`;
// Words that put a month after them: "in May", "early May", "mid-May", "since May", "by May".
const BEFORE_MONTH = 'in|early|late|mid|since|until|till|by|from|through|during|before|after|last|next|end of|beginning of';

// "May" is a month only where it reads as one; elsewhere it is the modal verb ("troops may be sent").
const MAY_AS_MONTH = `(?:\\b(?:${BEFORE_MONTH})[\\s-]+may\\b|\\bmay\\s+(?:${DAY_ALONE}|${YEAR}\\b)|\\b${DAY}\\s+(?:of\\s+)?may\\b)`;

const MENTIONS_DATE = new RegExp(`\\b${YEAR}\\b|\\b(?:${MONTHS_BUT_MAY}|${WEEKDAYS})\\b|${MAY_AS_MONTH}`, 'i');

/** The months, January first, capitalised as news copy writes them. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

// Capitalised, as news copy writes month names: a lower-case "3 may" is a figure before the modal verb.
const MONTH = `(?:${MONTH_NAMES.join('|')})`;

/**
 * A day of a month as news copy writes it: "September 13", "September 13, 2023", "13 September 2023", "5th of May".
 * Global, for replace: the day numbers of dates are not figures.
 */
export const DAY_OF_MONTH = new RegExp(
  `\\b${MONTH}\\s+${DAY_ALONE}(?:,?\\s*${YEAR}\\b)?|\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s*${YEAR}\\b)?`,
  'g',
);

/** Does the text name a year, a month or a weekday? "May" counts only as a date ("in May", "May 5", "May 2024"). */
export function mentionsDate(text: string): boolean {
  return MENTIONS_DATE.test(text);
}
