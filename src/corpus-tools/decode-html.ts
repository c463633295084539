/**
 * Decodes a page's bytes as a browser would: a byte-order mark wins, then the charset the server declared,
 * then a <meta charset> near the top, else UTF-8. Ukrainian and Russian sites still serve windows-1251 and
 * KOI8 pages, which read as UTF-8 would turn every letter into a replacement character.
 */
export function decodeHtml(bytes: Uint8Array, declaredCharset: string | null = null): string {
  const encoding = bomEncoding(bytes) ?? known(declaredCharset) ?? known(metaCharset(bytes)) ?? 'utf-8';
  // ignoreBOM: false strips a matching BOM; a stray invalid byte becomes U+FFFD rather than failing the page.
  return new TextDecoder(encoding).decode(bytes);
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetOf(contentType: string | null): string | null {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

// HTML requires the charset declaration within the first 1024 bytes, which are ASCII in every legal encoding.
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
  // A page whose bytes are readable as ASCII cannot be UTF-16, whatever its meta tag says (HTML spec rule).
  return label !== null && /^utf-?16/i.test(label) ? 'utf-8' : label;
}

// A label TextDecoder does not know (a typo in a server config) is ignored rather than fatal.
function known(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}
