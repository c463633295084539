// Words of the quote that the link names at each end: enough to be unique on a news page, short enough for a URL.
const EDGE_WORDS = 5;

/**
 * The article URL with a text fragment (`#:~:text=start,end`) that makes browsers open the page scrolled to the
 * quoted words and highlight them; a short quote is named whole. Null when the article has no URL.
 */
export function quoteLink(url: string | null, quote: string): string | null {
  if (url === null) return null;
  const words = quote.trim().split(/\s+/);
  const directive =
    words.length <= 2 * EDGE_WORDS
      ? encodeFragmentText(words.join(' '))
      : `${encodeFragmentText(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentText(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${url.replace(/#.*$/, '')}#:~:text=${directive}`;
}

// The directive's own syntax uses ',', '&' and '-', so those must be percent-encoded inside the text too.
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replaceAll('-', '%2D');
}
