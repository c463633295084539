/**
 * How Discord reads message text, enough to tell what would become live: a backslash before any character that
 * is not a letter, a digit or white space escapes it (simple-markdown's rule, which Discord uses); everything
 * else is raw and may form mentions, links or formatting.
 */

const ESCAPABLE = /[^0-9A-Za-z\s]/;
// Stands for an escaped character, so that syntax searches only see raw ones. A private-use code point.
const ESCAPED = '\uE000';

/** The text with every escaped character replaced by a placeholder: what remains is what Discord may parse. */
export function rawSyntax(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1]!)) {
      out += ESCAPED;
      i += 1;
    } else {
      out += text[i];
    }
  }
  return out;
}

/** The part of `text` that `raw` (its rawSyntax) holds from `start` for `length` characters. */
function originalAt(text: string, raw: string, start: number, length: number): string {
  let i = 0;
  let j = 0;
  const map: number[] = [];
  while (i < text.length) {
    map[j] = i;
    i += raw[j] === ESCAPED ? 2 : 1;
    j += 1;
  }
  map[j] = text.length;
  return text.slice(map[start], map[start + length]);
}

function isWebUrl(target: string): boolean {
  try {
    return /^https?:$/.test(new URL(target).protocol);
  } catch {
    return false;
  }
}

/** What a reader sees: escapes resolved. Zero-width spaces are left in (callers compare without them). */
export function shownText(text: string): string {
  return text.replace(/\\([^0-9A-Za-z\s])/g, '$1');
}

/** How the bot writes a URL into a masked link: parentheses percent-encoded. */
export const linkTarget = (url: string) => url.replace(/\(/g, '%28').replace(/\)/g, '%29');

/**
 * Everything in `text` that Discord would turn into a mention, @everyone/@here, a `<…>` tag (mention, channel,
 * emoji, timestamp, command, bracketed link) or a link, except masked links to `allowedUrls`. Empty when safe.
 */
export function liveSyntax(text: string, allowedUrls: Iterable<string> = []): string[] {
  let raw = rawSyntax(text);
  for (const url of allowedUrls) raw = raw.split(`](${linkTarget(url)})`).join(']()');
  const found: string[] = [];
  for (const match of raw.matchAll(/<[^\s<]{0,30}/g)) found.push(`tag ${JSON.stringify(match[0])}`);
  for (const match of raw.matchAll(/@(everyone|here)/gi)) found.push(`mass mention ${match[0]}`);
  for (const match of raw.matchAll(/[a-z][a-z0-9+.-]*:\/\/\S*/gi)) found.push(`link ${JSON.stringify(match[0].slice(0, 60))}`);
  // A masked link is live when its target, once Discord has undone the escapes in it, is an http(s) URL to a
  // browser (which reads `\` as `/`, so `https:\/\/evil.example` counts).
  for (const match of raw.matchAll(/\[[^\n]*?\]\(\s*<?([^\s)>]*)/g)) {
    const start = (match.index ?? 0) + match[0].length - match[1]!.length;
    const target = shownText(originalAt(text, raw, start, match[1]!.length));
    if (isWebUrl(target)) found.push(`masked link to ${JSON.stringify(target.slice(0, 60))}`);
  }
  return found;
}

/** Inline formatting Discord would apply to raw delimiters: bold/italic, underline, code, strike-through, spoiler. */
export function liveFormatting(text: string): string[] {
  const raw = rawSyntax(text);
  const found: string[] = [];
  for (const match of raw.matchAll(/[*_`]|~~|\|\|/g)) found.push(`${JSON.stringify(match[0])} at ${match.index}`);
  return found;
}
