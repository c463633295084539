import { charsetOf, decodeHtml } from './decode-html.js';

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
/** A news article page is well under a megabyte; anything bigger is a feed, a file or a runaway stream. */
export const DEFAULT_MAX_PAGE_BYTES = 5 * 1024 * 1024;

const USER_AGENT = 'conflict-desk/0.1 (+corpus:add; fetches one article page at an editor\'s request)';
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const SAVE_HINT = 'save the page from a browser and pass the .html file instead';

export type FetchFailure = 'address' | 'timeout' | 'network' | 'http-status' | 'content-type' | 'too-large';

/** A page that could not be fetched, with the reason in words and as a code for callers and tests. */
export class PageFetchError extends Error {
  override name = 'PageFetchError';
  constructor(
    readonly reason: FetchFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchPageOptions {
  /** Covers the whole exchange, body included. */
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchedPage {
  /** The address the page was finally served from, after redirects. */
  url: string;
  html: string;
}

/** Fetches one HTML page over http(s) within a time and size budget; every failure is a PageFetchError. */
export async function fetchPage(address: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PAGE_BYTES;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new PageFetchError('address', `${address} is not a valid URL; give a full address such as https://example.com/article.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PageFetchError('address', `Cannot fetch ${address}: only http and https URLs are supported; for a saved page pass the path of the .html file.`);
  }

  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new PageFetchError('http-status', `Fetching ${address} failed: HTTP ${response.status} ${response.statusText}; ${statusHint(response.status)}.`);
    }
    const contentType = response.headers.get('content-type');
    const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (!HTML_TYPES.has(mediaType)) {
      await response.body?.cancel();
      const what = mediaType === '' ? 'sent no Content-Type' : `is ${mediaType}`;
      throw new PageFetchError('content-type', `${address} ${what}, not a web page (expected text/html or application/xhtml+xml); corpus:add only reads HTML articles.`);
    }
    const declaredLength = Number(response.headers.get('content-length') ?? 0);
    if (declaredLength > maxBytes) {
      await response.body?.cancel();
      throw tooLarge(`${address} is ${formatBytes(declaredLength)} (Content-Length), over the ${formatBytes(maxBytes)} limit for one article page; not downloaded`);
    }
    const bytes = await readAtMost(response.body, maxBytes, address);
    return { url: response.url || url.href, html: decodeHtml(bytes, charsetOf(contentType)) };
  } catch (error) {
    if (error instanceof PageFetchError) throw error;
    if (signal.aborted) {
      throw new PageFetchError('timeout', `Fetching ${address} timed out after ${timeoutMs / 1000} s; the site may be slow or stalling automated requests. Try again, or ${SAVE_HINT}.`);
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new PageFetchError('network', `Cannot fetch ${address}: ${cause?.code ?? cause?.message ?? (error as Error).message}; check the address and the network connection.`);
  }
}

// Streams the body and stops as soon as it passes the limit, so a huge or endless response costs nothing more.
async function readAtMost(body: ReadableStream<Uint8Array> | null, maxBytes: number, address: string): Promise<Uint8Array> {
  if (body === null) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(`${address} sent more than ${formatBytes(maxBytes)}, the limit for one article page; stopped reading`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(what: string): PageFetchError {
  return new PageFetchError('too-large', `${what}. If it really is one article, ${SAVE_HINT}.`);
}

function statusHint(status: number): string {
  if (status === 401 || status === 403) return `the site refuses automated requests or needs a login; ${SAVE_HINT}`;
  if (status === 404 || status === 410) return 'check the address';
  if (status === 429 || status >= 500) return 'the site is busy or failing; try again later';
  return `check the address, or ${SAVE_HINT}`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
