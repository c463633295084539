import type { APIEmbed } from 'discord.js';
import type { Answer, Quote } from '../../answer/answer.js';
import { REFUSAL_TEXT } from '../../answer/answer-text.js';
import { attributionParts } from '../../answer/attribution.js';
import { escapeForDiscord, escapeShortened, maskedLink, shortenAtWord } from './discord-text.js';
import { DISCORD_LIMITS } from './limits.js';

const QUOTE_COLOUR = 0x3b82f6;
// Amber: the quotes are about the topic but do not answer the question.
const RELATED_COLOUR = 0xf59e0b;
const REFUSAL_COLOUR = 0x9ca3af;

/**
 * The /ask reply: each quote as a block quote with its attribution underneath, and a footer that says the
 * lines are verbatim and how old the index is. Whole quotes are dropped to stay within Discord's limits (and the
 * footer says so); a single quote longer than a whole embed is cut at a word with a visible […].
 */
export function answerEmbed(answer: Answer): APIEmbed {
  const title = shortenAtWord(escapeForDiscord(answer.question), DISCORD_LIMITS.embedTitle);
  if (answer.verdict === 'refused') {
    return { title, color: REFUSAL_COLOUR, description: `${REFUSAL_TEXT} Moderators can run \`/sources\` to see which articles it holds.` };
  }
  const built = `index built ${formatTimestamp(answer.indexBuiltAt)}`;
  const footerFor = (omitted: number) =>
    `Every line above is quoted verbatim from the corpus · ${built}` +
    (omitted > 0 ? ` · ${omitted} more quote(s) left out to fit Discord's limits` : '');
  const room = (omitted: number) =>
    Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - title.length - footerFor(omitted).length);

  // Notes come first: that the quotes do not answer directly, or that figures differ, so no reader takes one as the answer.
  const note = answer.notes.map((line) => `**${escapeForDiscord(line)}**\n\n`).join('');
  const blocks = answer.quotes.map((quote, i) => quoteBlock(quote, i, Infinity));
  let description = note;
  let used = 0;
  for (const block of blocks) {
    const next = `${description}${used > 0 ? '\n\n' : ''}${block}`;
    if (next.length > room(blocks.length - used - 1)) break;
    description = next;
    used += 1;
  }
  if (used === 0) {
    description = `${note}${quoteBlock(answer.quotes[0]!, 0, room(blocks.length - 1) - note.length)}`;
    used = 1;
  }
  const color = answer.verdict === 'related' ? RELATED_COLOUR : QUOTE_COLOUR;
  return { title, color, description, footer: { text: footerFor(blocks.length - used) } };
}

// A block quote of the quote, then its attribution; the quote is shortened (visibly) if the block must fit `max`.
// Numbered, because a note on differing figures refers to the quotes by number.
function quoteBlock(quote: Quote, index: number, max: number): string {
  const source = attributionParts(quote.article);
  const title = escapeShortened(source.title, DISCORD_LIMITS.embedTitle);
  // The text-fragment link opens the article scrolled to the quoted words; it is null exactly when the URL is unknown.
  const target = quote.link ?? source.url;
  const linked = (target && maskedLink(title, target)) ?? title;
  const attribution = `\n— (${index + 1}) ${linked} · ${escapeShortened(source.publisher, 100)} · ${escapeForDiscord(source.date)}`;
  // A quote longer than a whole description is never shown whole: escape only what can be shown (see escapeShortened).
  const shown = quote.text.length > DISCORD_LIMITS.embedDescription ? quote.text.slice(0, DISCORD_LIMITS.embedDescription + 1) : quote.text;
  const quoted = `> ${escapeForDiscord(shown).replace(/\n/g, '\n> ')}`;
  return `${shortenAtWord(quoted, max - attribution.length)}${attribution}`;
}

function formatTimestamp(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
