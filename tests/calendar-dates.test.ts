import { describe, expect, it } from 'vitest';
import { blankDates, isMonthName, isYear, mentionsDate, namesDay, namesMonth, writesYear } from '../src/text/calendar-dates.js';

describe('recognising dates in text', () => {
  it('takes "May" for a month where it reads as a date', () => {
    for (const text of ['the talks of May 2024', 'signed in May', 'on May 5', 'on 5 May', 'by early May', 'since mid-May', 'on the 5th of May']) {
      expect(mentionsDate(text), text).toBe(true);
    }
  });

  it('does not take the modal verb "may" for a month', () => {
    for (const text of ['troops may be sent', 'May more troops follow?', 'Pyongyang may send 10,000 more', 'this may change within weeks']) {
      expect(mentionsDate(text), text).toBe(false);
    }
  });

  it('still finds years, the other months and weekdays', () => {
    expect(mentionsDate('began in February 2022')).toBe(true);
    expect(mentionsDate('signed in June')).toBe(true);
    expect(mentionsDate('announced on Tuesday')).toBe(true);
    expect(mentionsDate('TOKYO, Nov. 20 — The government froze the assets')).toBe(true);
    expect(mentionsDate('signed recently')).toBe(false);
  });

  it('finds days of the month in either order, abbreviated or not, and weekdays', () => {
    for (const text of ['on September 13, 2023', 'on 5 May 2024', 'on the 5th of May', 'captured on Jan. 9', 'on Sept. 13', 'announced on Saturday']) {
      expect(namesDay(text), text).toBe(true);
    }
  });

  it('does not take a month, a year or a figure for a day', () => {
    for (const text of ['in late December', 'in 2024', 'May 10,000 troops come?', 'troops may be sent']) expect(namesDay(text), text).toBe(false);
  });

  it('names a month only where one is written, not in words that start like one', () => {
    for (const text of ['in November', 'on Nov. 5', 'by early May']) expect(namesMonth(text), text).toBe(true);
    for (const text of ['Moscow decided', 'they marched', 'troops may be sent', 'separately, the JCS said']) expect(namesMonth(text), text).toBe(false);
  });

  it('blanks dates character for character, so that their numbers are never read as figures', () => {
    const text = 'On Nov. 5, 2024 and 19 June and in June 2024, 3,000 troops; in May 10,000 more.';
    const blanked = blankDates(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.match(/\d[\d,]*/g)).toEqual(['3,000', '10,000']);
  });
});

describe('a month’s name as a word', () => {
  it('is a month written out or cut short, in any case', () => {
    expect(['november', 'Nov', 'sept', 'May'].map(isMonthName)).toEqual([true, true, true, true]);
  });

  it('is no other word', () => {
    expect(['novel', 'marching', 'decade'].map(isMonthName)).toEqual([false, false, false]);
  });
});

describe('a year', () => {
  it('is four digits from 1800 to 2099, written in digits', () => {
    expect(isYear('2024')).toBe(true);
    expect(isYear('1500')).toBe(false);
    expect(writesYear('About 1,800 Russian tourists visited in 2025.')).toBe(true);
    expect(writesYear('Roughly two thousand Russian tourists visited in the first half of the year.')).toBe(false);
  });
});
