/** The months, January first, capitalised as news copy writes them. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
/** The days of the week, Monday first, capitalised. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

// For patterns that ignore case; "May" is left to MAY_AS_MONTH below.
const MONTHS_BUT_MAY = MONTH_NAMES.filter((month) => month !== 'May').join('|').toLowerCase();
const WEEKDAYS = WEEKDAY_NAMES.join('|').toLowerCase();

const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]|20)\\d{2}';
// A day number that is not the start of a larger figure: "May 10, 2024" is a date, "May 10,000" is not.
const DAY_ALONE = `${DAY}(?!\\d|,\\d{3})`;
// Words that put a month after them: "in May", "early May", "mid-May", "since May", "by May".
const BEFORE_MONTH = 'in|early|late|mid|since|until|till|by|from|through|during|before|after|last|next|end of|beginning of';

// "May" is a month only where it reads as one; elsewhere it is the modal verb ("troops may be sent").
const MAY_AS_MONTH = `(?:\\b(?:${BEFORE_MONTH})[\\s-]+may\\b|\\bmay\\s+(?:${DAY_ALONE}|${YEAR}\\b)|\\b${DAY}\\s+(?:of\\s+)?may\\b)`;

const YEAR_OR_WEEKDAY = new RegExp(`\\b${YEAR}\\b|\\b(?:${WEEKDAYS})\\b`, 'i');
const WRITTEN_YEAR = new RegExp(`\\b${YEAR}\\b`);
const WHOLE_YEAR = new RegExp(`^${YEAR}$`);

// Capitalised, as news copy writes month names: a lower-case "3 may" is a figure before the modal verb. With the
// abbreviations wire copy writes before a day ("Jan. 9", "Sept. 13").
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const ABBREVIATED_MONTH = `(?:${MONTH_ABBREVIATIONS})\\.`;
// A word alone, in any case, as a question's word is folded: "nov", "November".
const MONTH_WORD = new RegExp(`^(?:${MONTH_NAMES.join('|')}|${MONTH_ABBREVIATIONS})$`, 'i');
const MONTH_BEFORE_DAY = `(?:${MONTH}|${ABBREVIATED_MONTH})`;

// A day of a month in either order: "September 13", "Jan. 9", "13 September", "5th of May"; not "May 10,000".
const DAY_OF_MONTH = `(?:\\b${MONTH_BEFORE_DAY}\\s+${DAY_ALONE}|\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b)`;

const NAMES_DAY = new RegExp(`${DAY_OF_MONTH}|\\b(?:${WEEKDAY_NAMES.join('|')})\\b`);

// A date as news copy writes it, day and all, or a month and its year: "September 13, 2023", "June 2024".
const DATE = new RegExp(`${DAY_OF_MONTH}(?:,?\\s*${YEAR}\\b)?|\\b${MONTH}\\s+${YEAR}\\b`, 'g');

/** The text with each date blanked out, character for character: the numbers of a date are never figures. */
export function blankDates(text: string): string {
  return text.replace(DATE, (date) => ' '.repeat(date.length));
}

/** Is the word a month's name, written out or cut short ("november", "nov", "sept"), in any case? */
export function isMonthName(word: string): boolean {
  return MONTH_WORD.test(word);
}

/** Is the word, as written or as a search term, the four digits of a year from 1800 to 2099 ("2024")? */
export function isYear(word: string): boolean {
  return WHOLE_YEAR.test(word);
}

/**
 * Does the text write a year in digits ("in 2024")? "Two thousand tourists" does not, though its search term is
 * "2000".
 */
export function writesYear(text: string): boolean {
  return WRITTEN_YEAR.test(text);
}

/**
 * Does the text name a year, a month or a weekday? "May" counts only as a date ("in May", "May 5", "May 2024"), an
 * abbreviation only as wire copy writes it ("Nov. 20").
 */
export function mentionsDate(text: string): boolean {
  return YEAR_OR_WEEKDAY.test(text) || namesMonth(text);
}

const NAMES_MONTH = new RegExp(`\\b(?:${MONTHS_BUT_MAY})\\b|${MAY_AS_MONTH}`, 'i');
const NAMES_ABBREVIATED_MONTH = new RegExp(`\\b${ABBREVIATED_MONTH}`);

/** Does the text name a month ("in November", "Nov. 5", "early May"; not the verb "may" nor "decided")? */
export function namesMonth(text: string): boolean {
  return NAMES_MONTH.test(text) || NAMES_ABBREVIATED_MONTH.test(text);
}

const NAMES_DAY_OF_MONTH = new RegExp(DAY_OF_MONTH);

/** Does the text name a day of a month ("Jan. 9", "19 June 2024"), not only a weekday? */
export function namesDayOfMonth(text: string): boolean {
  return NAMES_DAY_OF_MONTH.test(text);
}

/** Does the text name a day: a day of a month ("Jan. 9", "19 June 2024") or a weekday ("on Saturday")? */
export function namesDay(text: string): boolean {
  return NAMES_DAY.test(text);
}
