import { describe, expect, it } from 'vitest';
import { quoteLink } from '../src/answer/text-fragment.js';

describe('links that open an article at the quoted words', () => {
  it('names a short quote whole, percent-encoded', () => {
    expect(quoteLink('https://news.example/a', 'Troops arrived, officials said.')).toBe('https://news.example/a#:~:text=Troops%20arrived%2C%20officials%20said.');
  });

  it('names a long quote by its first and last five words', () => {
    const quote = 'North Korea has sent about 11,000 soldiers to Russia, according to an intelligence briefing on Tuesday.';
    expect(quoteLink('https://news.example/a', quote)).toBe(
      'https://news.example/a#:~:text=North%20Korea%20has%20sent%20about,an%20intelligence%20briefing%20on%20Tuesday.',
    );
  });

  it('encodes the hyphen, which the directive uses as a delimiter', () => {
    expect(quoteLink('https://news.example/a', 'the Russia-Ukraine war')).toBe('https://news.example/a#:~:text=the%20Russia%2DUkraine%20war');
  });

  it('replaces a fragment the URL already has', () => {
    expect(quoteLink('https://news.example/a#comments', 'Troops arrived.')).toBe('https://news.example/a#:~:text=Troops%20arrived.');
  });

  it('gives no link for an article without a URL', () => {
    expect(quoteLink(null, 'Troops arrived.')).toBeNull();
  });
});
