import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Makes text from a question or the corpus display literally in Discord: no formatting, no mention, channel,
 * emoji or timestamp tag, no clickable link, no @everyone. The only additions are backslashes and invisible
 * zero-width spaces, so the reader still sees the text character for character. allowed_mentions stops pings
 * as well; this stops the text from even looking like a mention.
 */
export function escapeForDiscord(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/</g, '\\<')
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`);
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut so that it is never silent. */
export function shortenAtWord(text: string, max: number, marker = ' […]'): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - marker.length));
  const lastSpace = room.search(/\s\S*$/);
  return `${(lastSpace > 0 ? room.slice(0, lastSpace) : room).trimEnd()}${marker}`;
}
