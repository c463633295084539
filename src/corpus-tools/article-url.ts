// Query parameters that only say how a reader arrived; the same article is reached with or without them.
const TRACKING_PARAMETER = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|at_\w+)$/i;

/**
 * Resolves an address found on a page against the page's own address and returns it without fragment and
 * tracking parameters, or null when it is not an http(s) URL (a relative link on a local file stays file:).
 */
export function cleanArticleUrl(value: string, baseUrl?: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim(), baseUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  }
  return url.href;
}

/**
 * A key under which two addresses of the same article compare equal: scheme, "www.", a trailing slash,
 * the fragment and tracking parameters do not matter.
 */
export function articleUrlKey(value: string): string {
  const cleaned = cleanArticleUrl(value);
  if (cleaned === null) return value.trim();
  const url = new URL(cleaned);
  const host = url.host.replace(/^www\./, '');
  const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  return `${host}${pathname}${url.search}`;
}
