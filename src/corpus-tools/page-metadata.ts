import { z } from 'zod';
import { frontMatterSchema } from '../corpus/article.js';
import { cleanArticleUrl } from './article-url.js';
import type { DomDocument } from './html-document.js';
import { collapseText } from './plain-text.js';

/** What a page states about itself in machine-readable metadata; null wherever it states nothing usable. */
export interface PageMetadata {
  title: string | null;
  author: string | null;
  publisher: string | null;
  /** Absolute http(s) address; a relative one on a local file cannot be resolved and is dropped. */
  url: string | null;
  /** The calendar date as the publisher wrote it (YYYY-MM-DD), ignoring the time of day. */
  published: string | null;
  language: string | null;
}

type JsonObject = Record<string, unknown>;

// schema.org types of a news page's main entity: NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting...
const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

/**
 * Reads the metadata of a parsed page: JSON-LD (NewsArticle and kin), OpenGraph and article:* tags,
 * <link rel=canonical> and <html lang>. Pure: never guesses a value the page does not state.
 */
export function readPageMetadata(document: DomDocument, baseUrl: string): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLdArticle(document);
  const canonical = Array.from(document.querySelectorAll('link[rel][href]'))
    .filter((link) => (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
    .map((link) => link.getAttribute('href') ?? '');

  return {
    title: firstText(meta.get('og:title'), ldText(ld?.headline), ldText(ld?.name), meta.get('twitter:title')),
    author: firstText(ldNames(ld?.author), meta.get('author'), notUrl(meta.get('article:author'))),
    publisher: firstText(ldNames(ld?.publisher, 1), meta.get('og:site_name')),
    url: firstOf(
      [...canonical, meta.get('og:url'), ldText(ld?.url), ldId(ld?.mainEntityOfPage)],
      (value) => cleanArticleUrl(value, baseUrl),
    ),
    published: firstOf(
      [
        ldText(ld?.datePublished),
        meta.get('article:published_time'),
        meta.get('datepublished'),
        meta.get('pubdate'),
        meta.get('publishdate'),
        meta.get('dc.date.issued'),
        meta.get('dcterms.issued'),
        meta.get('parsely-pub-date'),
      ],
      calendarDate,
    ),
    language: firstOf(
      [ldText(ld?.inLanguage), document.documentElement.getAttribute('lang') ?? undefined, meta.get('og:locale')],
      languageTag,
    ),
  };
}

// <meta property|name|itemprop=... content=...>, keyed in lower case; the first of a name wins.
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta[content]'))) {
    const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
    const content = element.getAttribute('content');
    if (key && content && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
  }
  return tags;
}

// The first article node of all JSON-LD blocks, looking inside top-level arrays and @graph.
function jsonLdArticle(document: DomDocument): JsonObject | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      // CMSs wrap JSON-LD in HTML comments or CDATA markers now and then.
      data = JSON.parse((script.textContent ?? '').replace(/^\s*(<!--|<!\[CDATA\[)|(-->|\]\]>)\s*$/g, ''));
    } catch {
      continue; // a broken block elsewhere on the page must not hide the others
    }
    const nodes = (Array.isArray(data) ? data : [data]).flatMap((node) =>
      isObject(node) && Array.isArray(node['@graph']) ? node['@graph'] : [node],
    );
    const article = nodes.find((node): node is JsonObject => {
      if (!isObject(node)) return false;
      const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
      return types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type));
    });
    if (article) return article;
  }
  return null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ldText(value: unknown): string | undefined {
  return typeof value === 'string' ? decodeEntities(value) : undefined;
}

function ldId(value: unknown): string | undefined {
  return ldText(value) ?? (isObject(value) ? ldText(value['@id']) : undefined);
}

// "author": "A" | {"name": "A"} | [{"name": "A"}, {"name": "B"}] → "A, B"
function ldNames(value: unknown, limit = Infinity): string | undefined {
  const names = (Array.isArray(value) ? value : [value])
    .map((entry) => (isObject(entry) ? ldText(entry.name) : ldText(entry)))
    .map((name) => (name === undefined ? '' : collapseText(name)))
    .filter((name) => name !== '' && notUrl(name) !== undefined)
    .slice(0, limit);
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

// article:author is often the author's profile page rather than a name.
function notUrl(value: string | undefined): string | undefined {
  return value !== undefined && /^https?:\/\//i.test(value.trim()) ? undefined : value;
}

function firstText(...values: (string | undefined)[]): string | null {
  return firstOf(values, (value) => collapseText(value) || null);
}

function firstOf(values: (string | undefined)[], accept: (value: string) => string | null): string | null {
  for (const value of values) {
    const accepted = value === undefined ? null : accept(value);
    if (accepted !== null) return accepted;
  }
  return null;
}

const isoDate = z.iso.date();

// Only ISO dates are read ("2024-10-23", "2024-10-23T09:15:00+03:00"): "10/11/2024" could mean two days.
function calendarDate(value: string): string | null {
  const day = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value)?.[1];
  return day !== undefined && isoDate.safeParse(day).success ? day : null;
}

// "en_GB" (og:locale) and "EN-gb" become "en-GB"; anything the front matter schema rejects is dropped.
function languageTag(value: string): string | null {
  const [primary = '', ...rest] = value.trim().replace(/_/g, '-').split('-');
  const tag = [primary.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
  return frontMatterSchema.shape.language.safeParse(tag).success ? tag : null;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

// JSON-LD is written by templates that often HTML-escape strings a second time ("Kyiv&#8217;s").
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}
