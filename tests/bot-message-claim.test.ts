import { describe, expect, it } from 'vitest';
import { messageClaim } from '../src/bot/message-claim.js';

describe('what "Check sources" reads in a message', () => {
  it('keeps the words of a message', () => {
    expect(messageClaim({ content: '  North Korea sent   10,000 troops. ', attachments: 0 })).toEqual({ kind: 'text', text: 'North Korea sent 10,000 troops.' });
  });

  it('leaves out links, bracketed links and Discord tags (mentions, roles, channels, emoji, timestamps)', () => {
    const content = '<@123456789012345678> <@&223456789012345678> in <#323456789012345678> <:flag:423456789012345678> <t:1700000000:R> says troops are in Kursk https://example.org/a <https://example.org/b>';
    expect(messageClaim({ content, attachments: 0 })).toEqual({ kind: 'text', text: 'in says troops are in Kursk' });
  });

  it('says a message is only a link when nothing but links and tags is left', () => {
    expect(messageClaim({ content: 'https://example.org/news <@123456789012345678>', attachments: 1 })).toEqual({ kind: 'link-only' });
  });

  it('says a message has only attachments when it has no words but files', () => {
    expect(messageClaim({ content: '', attachments: 2 })).toEqual({ kind: 'attachments-only' });
  });

  it('counts punctuation and emoji alone as no text', () => {
    expect(messageClaim({ content: '!!! 🙄 ...', attachments: 0 })).toEqual({ kind: 'empty' });
  });
});
