import { describe, expect, it } from 'vitest';
import type { Answer, Quote } from '../src/answer/answer.js';
import { quoteLink } from '../src/answer/text-fragment.js';
import { answerEmbed } from '../src/bot/format/answer-embed.js';
import { escapeForDiscord } from '../src/bot/format/discord-text.js';
import { DISCORD_LIMITS } from '../src/bot/format/limits.js';
import { quoteOf } from './support/quotes.js';

const quote = quoteOf;
const answer = (quotes: Quote[], question = 'Where are the troops?'): Answer => ({
  question,
  verdict: quotes.length > 0 ? 'answered' : 'refused',
  quotes,
  notes: [],
  differing: null,
  model: 'm',
  indexBuiltAt: '2026-11-27T08:40:43.834Z',
});
const embedSize = (e: ReturnType<typeof answerEmbed>) => (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
// What a reader sees once Discord has rendered the escapes: backslashes gone, zero-width spaces invisible.
const rendered = (text: string) => text.replace(/\\(.)/g, '$1').replace(/\u200b/g, '');

describe('the /ask embed', () => {
  it('shows each quote as a block quote followed by its attribution', () => {
    const embed = answerEmbed(answer([quote('Troops arrived.', { publisher: 'Example News', published: '2024-10-23' })]));
    expect(embed.description).toBe('> Troops arrived.\n— (1) A title · Example News · 2024-10-23');
  });

  it('links the title to the quoted words when the quote has a text-fragment link', () => {
    const text = 'Troops arrived in the region on Monday, officials said.';
    const link = quoteLink('https://example.org/a', text)!;
    const embed = answerEmbed(answer([{ ...quote(text, { url: 'https://example.org/a' }), link }]));
    expect(link).toMatch(/^https:\/\/example\.org\/a#:~:text=Troops%20arrived/);
    expect(embed.description).toContain(`— (1) [A title](${link}) · publisher not recorded`);
  });

  it('links the title when the article URL is known', () => {
    const embed = answerEmbed(answer([quote('Troops arrived.', { url: 'https://example.org/a' })]));
    expect(embed.description).toContain('— (1) [A title](https://example.org/a) · publisher not recorded · date not recorded');
  });

  it('says in the footer that every line is verbatim and when the index was built', () => {
    expect(answerEmbed(answer([quote('Troops arrived.')])).footer!.text).toBe(
      'Every line above is quoted verbatim from the corpus · index built 2026-11-27 08:40 UTC',
    );
  });

  it('drops whole quotes to stay within the limits, and says how many', () => {
    const long = (n: number) => `${'word '.repeat(300)}${n}.`;
    const embed = answerEmbed(answer([quote(long(1)), quote(long(2)), quote(long(3)), quote(long(4))]));
    expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embedSize(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(embed.description).toContain('word 1.');
    expect(embed.description).not.toContain('word 4.');
    expect(embed.footer!.text).toMatch(/(\d) more quote\(s\) left out to fit Discord's limits$/);
  });

  it('cuts a single over-long quote at a word with a visible marker, keeping its attribution', () => {
    const embed = answerEmbed(answer([quote('longword '.repeat(2000))]));
    expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.description).toMatch(/longword \[…\]\n— \(1\) A title · publisher not recorded · date not recorded$/);
  });

  it('escapes quoted text so that it cannot format, link or mention', () => {
    const text = '**Bold** [click](https://evil.example) @everyone <@&1> <#2> https://x.example';
    const description = answerEmbed(answer([quote(text)])).description!;
    expect(description).not.toMatch(/(^|[^\\])\*\*Bold/);
    expect(description).not.toMatch(/(^|[^\\])\[click\]\(/);
    expect(description).not.toMatch(/@everyone|(^|[^\\])<[@#]|https:\/\//);
    expect(rendered(description.split('\n')[0]!.slice(2))).toBe(text);
  });

  it('puts the notes above the quotes they refer to, in bold', () => {
    const quotes = [quote('Politico said 3,000 troops went.'), quote('The Kyiv Independent claimed 10,000 went.')];
    const embed = answerEmbed({ ...answer(quotes), notes: ['Sources differ on this figure: 3,000 (Politico, quote 1) · 10,000 (The Kyiv Independent, quote 2).'] });
    expect(embed.description).toMatch(/^\*\*Sources differ on this figure: 3,000 \(Politico, quote 1\) · 10,000 \(The Kyiv Independent, quote 2\)\.\*\*\n\n> Politico/);
  });

  it('gives a related answer its own colour, apart from answers and refusals', () => {
    const answered = answerEmbed(answer([quote('Troops arrived.')]));
    const related = answerEmbed({ ...answer([quote('Troops arrived.')]), verdict: 'related', notes: ['The corpus does not answer this directly. The closest passages:'] });
    expect(related.color).not.toBe(answered.color);
    expect(related.color).not.toBe(answerEmbed(answer([])).color);
    expect(related.description).toMatch(/^\*\*The corpus does not answer this directly\. The closest passages:\*\*\n\n> Troops/);
  });

  it('tells the reader plainly when the corpus has nothing on the question', () => {
    expect(answerEmbed(answer([])).description).toContain('The corpus has nothing on this question');
  });

  it('keeps a question of any length inside the title limit', () => {
    expect(answerEmbed(answer([], 'why '.repeat(200))).title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
  });
});

describe('escaping text for Discord', () => {
  it('escapes every backtick, even the fourth of a run that escapeMarkdown leaves live', () => {
    expect(escapeForDiscord('```` x')).toBe('\\`\\`\\`\\` x');
  });

  it('leaves plain prose as it is', () => {
    expect(escapeForDiscord('North Korea sent 3,000 troops, Zelenskyy said.')).toBe('North Korea sent 3,000 troops, Zelenskyy said.');
  });
});
