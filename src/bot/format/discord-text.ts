import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Makes text from a question or the corpus display literally in Discord: no formatting, no mention, channel,
 * emoji or timestamp tag, no clickable link, no @everyone. The only additions are backslashes and invisible
 * zero-width spaces, so the reader still sees the text character for character. allowed_mentions stops pings
 * as well; this stops the text from even looking like a mention.
 */
export function escapeForDiscord(text: string): string {
  // Each piece between a `<` and a `://` is escaped on its own: escapeMarkdown leaves the markdown inside what
  // looks like a URL or an emoji tag alone, and neither is left standing here. Every `[` and `]` is escaped, not
  // only the first masked link of a line as escapeMarkdown's maskedLink does.
  return text
    .split(/(<|:\/\/)/)
    .map((piece, i) => {
      // Backticks are escaped here, every one: escapeMarkdown leaves the fourth of "````" live.
      if (i % 2 === 0) return escapeMarkdown(piece, { heading: true, bulletedList: true, numberedList: true, codeBlock: false, inlineCode: false }).replace(/`/g, '\\`');
      return piece === '<' ? '\\<' : `:${ZERO_WIDTH_SPACE}//`;
    })
    .join('')
    .replace(/[[\]]/g, '\\$&')
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`);
}

/**
 * escapeForDiscord then shortenAtWord, escaping no more of the text than can be shown: discord.js's escaping
 * takes time quadratic in a line's length, so escaping a megabyte-long corpus line whole blocks the bot for minutes.
 */
export function escapeShortened(text: string, max: number): string {
  // Escaping only adds characters, so the first max + 1 characters tell whether the text must be cut.
  return shortenAtWord(escapeForDiscord(text.length > max ? text.slice(0, Math.max(0, max + 1)) : text), max);
}

// A masked link cannot be shortened; a URL longer than this is not linked, so that it cannot crowd a reply past
// Discord's limits.
const MAX_LINKED_URL = 1024;

/** `[text](url)` with the URL's parentheses percent-encoded; null when the URL is too long to link. */
export function maskedLink(text: string, url: string): string | null {
  return url.length > MAX_LINKED_URL ? null : `[${text}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut so that it is never silent. */
export function shortenAtWord(text: string, max: number, marker = ' […]'): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - marker.length));
  const lastSpace = room.search(/\s\S*$/);
  return `${(lastSpace > 0 ? room.slice(0, lastSpace) : room).trimEnd()}${marker}`;
}
