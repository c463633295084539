/** What "Check sources" can check in a message: its words, or why there are none. */
export type MessageClaim =
  | { kind: 'text'; text: string }
  | { kind: 'empty' }
  | { kind: 'link-only' }
  | { kind: 'attachments-only' };

const LINK = /<?\bhttps?:\/\/[^\s>]+>?/gi;
// Mentions, channels, roles, custom emoji, timestamps and slash-command tags: markup, not words of the claim.
const TAG = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:-?\d+(?::\w)?|\/[^:>]+:\d+)>/g;

/**
 * The words of a message, without the links and Discord tags that the corpus cannot answer about. A message with
 * no words left says why: it was empty, only links, or only attachments (`attachments` counts files, stickers and
 * embeds).
 */
export function messageClaim(message: { content: string; attachments: number }): MessageClaim {
  const withoutLinks = message.content.replace(LINK, ' ');
  const text = withoutLinks.replace(TAG, ' ').replace(/\s+/g, ' ').trim();
  if (/[\p{L}\p{N}]/u.test(text)) return { kind: 'text', text };
  if (withoutLinks !== message.content) return { kind: 'link-only' };
  return message.attachments > 0 ? { kind: 'attachments-only' } : { kind: 'empty' };
}
