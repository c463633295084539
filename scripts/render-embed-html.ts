/**
 * A small HTML rendering of a bot message as Discord's dark theme shows it: the author line, the message text,
 * each embed (colour bar, title, description, fields, footer) and the rows of buttons. It reads the message JSON
 * exactly as the bot sent it and renders the markdown subset the bot writes: backslash escapes, bold, italics,
 * inline code, masked links and block quotes.
 */

export interface RenderedMessage {
  /** What Discord shows above the message, e.g. "used /ask". */
  context: string;
  content: string;
  embeds: Array<{
    title?: string;
    description?: string;
    color?: number;
    fields?: { name: string; value: string }[];
    footer?: { text: string };
  }>;
  components: Array<{ components: Array<{ label?: string; style?: number; disabled?: boolean }> }>;
  ephemeral: boolean;
}

const BUTTON_COLOURS: Record<number, string> = { 1: '#5865f2', 2: '#4e5058', 3: '#248046', 4: '#da373c' };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Escaped characters are set aside (as private-use placeholders) before the markup is read, as Discord does.
function inline(text: string): string {
  const literals: string[] = [];
  const held = text
    .replace(/\u200b/g, '')
    .replace(/\\([^0-9A-Za-z\s])/g, (_, char: string) => {
      literals.push(char);
      return String.fromCharCode(0xe000 + literals.length - 1);
    });
  const html = escapeHtml(held)
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a>$1</a>')
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
  return html.replace(/[\ue000-\uf8ff]/g, (char) => escapeHtml(literals[char.charCodeAt(0) - 0xe000] ?? ''));
}

/** Discord markdown to HTML: lines starting with "> " form block quotes; every other line is inline text. */
export function markdownHtml(text: string): string {
  const blocks: string[] = [];
  let quote: string[] = [];
  const flush = () => {
    if (quote.length > 0) blocks.push(`<blockquote>${quote.join('<br>')}</blockquote>`);
    quote = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('> ')) quote.push(inline(line.slice(2)));
    else {
      flush();
      blocks.push(line === '' ? '<div class="gap"></div>' : `<div>${inline(line)}</div>`);
    }
  }
  flush();
  return blocks.join('');
}

function embedHtml(embed: RenderedMessage['embeds'][number]): string {
  const colour = `#${(embed.color ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
  const fields = (embed.fields ?? []).map((field) => `<div class="field"><div class="name">${inline(field.name)}</div><div>${markdownHtml(field.value)}</div></div>`);
  return [
    `<div class="embed" style="border-left-color:${colour}">`,
    embed.title ? `<div class="title">${inline(embed.title)}</div>` : '',
    embed.description ? `<div class="description">${markdownHtml(embed.description)}</div>` : '',
    ...fields,
    embed.footer ? `<div class="footer">${escapeHtml(embed.footer.text)}</div>` : '',
    '</div>',
  ].join('');
}

export function messageHtml(message: RenderedMessage): string {
  const rows = message.components.map(
    (row) =>
      `<div class="row">${row.components
        .map((button) => `<span class="button${button.disabled ? ' disabled' : ''}" style="background:${BUTTON_COLOURS[button.style ?? 2] ?? '#4e5058'}">${escapeHtml(button.label ?? '')}</span>`)
        .join('')}</div>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<div id="shot"><div class="context">↳ ${escapeHtml(message.context)}</div>
<div class="message"><div class="avatar">cd</div><div class="body">
<div class="author">conflict-desk <span class="app">APP</span></div>
${message.content ? `<div class="content">${markdownHtml(message.content)}</div>` : ''}
${message.embeds.map(embedHtml).join('')}
${rows.join('')}
${message.ephemeral ? '<div class="ephemeral">Only you can see this</div>' : ''}
</div></div></div></body></html>`;
}

const STYLE = `
body { margin: 0; background: #313338; font: 15px/1.375 "DejaVu Sans", "Noto Sans", sans-serif; color: #dbdee1; }
#shot { padding: 16px 20px 16px 16px; width: 700px; background: #313338; }
.context { color: #b5bac1; font-size: 13px; margin: 0 0 4px 56px; }
.message { display: flex; gap: 16px; }
.avatar { flex: none; width: 40px; height: 40px; border-radius: 50%; background: #5865f2; color: #fff; font-weight: bold; display: flex; align-items: center; justify-content: center; }
.body { min-width: 0; flex: 1; }
.author { color: #f2f3f5; font-weight: 600; margin-bottom: 2px; }
.app { background: #5865f2; color: #fff; font-size: 10px; padding: 1px 4px; border-radius: 3px; vertical-align: middle; }
.content { margin-bottom: 4px; }
.embed { background: #2b2d31; border-left: 4px solid; border-radius: 4px; padding: 8px 16px 16px 12px; margin-top: 4px; max-width: 520px; }
.title { color: #f2f3f5; font-weight: 600; margin-top: 8px; }
.description { font-size: 14px; margin-top: 8px; }
.description .gap { height: 8px; }
blockquote { margin: 4px 0 0; padding: 0 0 0 12px; border-left: 4px solid #4e5058; }
a, a:visited { color: #00a8fc; }
code { background: #1e1f22; padding: 0 3px; border-radius: 3px; font-size: 13px; }
.field { margin-top: 8px; font-size: 14px; }
.field .name { color: #f2f3f5; font-weight: 600; }
.footer { color: #b5bac1; font-size: 12px; margin-top: 8px; }
.row { display: flex; gap: 8px; margin-top: 8px; }
.button { color: #fff; font-size: 14px; font-weight: 500; padding: 2px 16px; line-height: 28px; border-radius: 3px; }
.button.disabled { opacity: 0.5; }
.ephemeral { color: #b5bac1; font-size: 12px; margin-top: 6px; }
`;
