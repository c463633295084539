import { describe, expect, it } from 'vitest';
import { DAY_OF_MONTH, mentionsDate } from '../src/text/calendar-dates.js';

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
    expect(mentionsDate('signed recently')).toBe(false);
  });

  it('finds days of the month in either order, with or without the year', () => {
    const text = 'Talks on September 13, 2023, on 5 May 2024 and on the 5th of May; May 10,000 troops come?';
    expect(text.match(DAY_OF_MONTH)).toEqual(['September 13, 2023', '5 May 2024', '5th of May']);
  });
});
