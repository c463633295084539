import { Readability } from '@mozilla/readability';
import { contentParagraphs } from '../corpus/content-paragraphs.js';
import { countWords } from '../text/words.js';
import { cleanArticleUrl } from './article-url.js';
import type { DomDocument, DomElement, DomNode } from './html-document.js';
import { ELEMENT_NODE, parseHtmlDocument, TEXT_NODE } from './html-document.js';
import type { PageMetadata } from './page-metadata.js';
import { readPageMetadata } from './page-metadata.js';
import { collapseText } from './plain-text.js';

/** An article as found on a page: its metadata (null where the page states none) and plain-text paragraphs. */
export interface ExtractedArticle extends Omit<PageMetadata, 'title'> {
  title: string;
  paragraphs: string[];
}

/** The page holds no article text worth keeping: an index, a login or consent wall, a script-built page. */
export class NotAnArticleError extends Error {
  override name = 'NotAnArticleError';
}

// Fewer content words than this is a teaser, a paywall stub or a page of links, not an article to quote from.
const MIN_ARTICLE_WORDS = 50;

/**
 * Extracts the article of an HTML page as plain-text paragraphs plus metadata. `baseUrl` is where the page came
 * from: an http(s) address becomes the article's url when the page names no canonical one; a file: URL never does.
 * Pure: the same HTML and base URL always give the same article.
 */
export function extractArticle(html: string, baseUrl: string): ExtractedArticle {
  const { document, close } = parseHtmlDocument(html, baseUrl);
  try {
    // Metadata first: the clean-up below removes the JSON-LD scripts, and Readability rewrites the document.
    const metadata = readPageMetadata(document, baseUrl);
    removeBoilerplate(document);
    const result = new Readability<DomNode>(document, { serializer: (node) => node as DomNode, disableJSONLD: true }).parse();
    const paragraphs = result?.content ? keptParagraphs(textBlocks(result.content)) : [];

    const body = paragraphs.join('\n\n');
    const words = contentParagraphs(body).reduce((sum, p) => sum + countWords(body.slice(p.start, p.end)), 0);
    if (words < MIN_ARTICLE_WORDS) {
      throw new NotAnArticleError(
        `readability found ${words === 0 ? 'no article text' : `only ${words} words of article text`} (at least ${MIN_ARTICLE_WORDS} are needed)`,
      );
    }
    const title = metadata.title ?? (result?.title ? collapseText(result.title) || null : null);
    if (title === null) throw new NotAnArticleError('the page has no title (no og:title, JSON-LD headline, <title> or <h1>)');
    return {
      ...metadata,
      title,
      author: metadata.author ?? bylineName(result?.byline),
      url: metadata.url ?? cleanArticleUrl(baseUrl),
      paragraphs,
    };
  } finally {
    close();
  }
}

// Parts of a page that are never article text. Readability drops most of them by itself; these are the ones it
// keeps often enough to matter (figures and their credits, newsletter boxes, banners without telltale ids).
const NEVER_TEXT = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'nav', 'aside', 'figure', 'figcaption', 'picture', 'video', 'audio', 'form', 'button', 'dialog',
].join(', ');
// Hidden parts and page furniture by role; like class names below, removed only when they are not most of the page.
const HIDDEN_OR_FURNITURE = [
  '[hidden]', '[aria-hidden="true"]',
  '[role="dialog"]', '[role="alertdialog"]', '[role="navigation"]', '[role="complementary"]', '[role="banner"]', '[role="contentinfo"]',
].join(', ');

// Class and id words of boxes around an article: "ad-slot", "cookie-banner", "related-articles", "newsletter-signup".
const BOILERPLATE_NAME =
  /(?:^|[^a-z0-9])(ads?|advert\w*|sponsor\w*|promo\w*|cookies?|consent|gdpr|newsletters?|signup|subscribe|subscription|paywall|related|recommended|read-?more|share|sharing|social|outbrain|taboola|caption|credits?)(?:[^a-z0-9]|$)/i;

const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

function removeBoilerplate(document: DomDocument): void {
  for (const element of Array.from(document.querySelectorAll(NEVER_TEXT))) element.remove();
  const pageLength = (document.body?.textContent ?? '').length;
  const candidates = new Set([
    ...Array.from(document.querySelectorAll(HIDDEN_OR_FURNITURE)),
    ...Array.from(document.querySelectorAll('[class], [id]')).filter((element) =>
      BOILERPLATE_NAME.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`),
    ),
  ]);
  for (const element of candidates) {
    if (!element.isConnected || CONTAINERS.has(element.localName)) continue;
    if ((element.textContent ?? '').length <= pageLength / 2) {
      element.remove();
      continue;
    }
    // A wrapper that holds most of the page ("page has-ads") is not a box around the article. If it is hidden, it
    // is the page's root hidden behind a consent dialog that was open when the page was saved: un-hide it, since
    // Readability skips hidden elements.
    element.removeAttribute('hidden');
    element.removeAttribute('aria-hidden');
  }
}

interface TextBlock {
  text: string;
  /** Share of the block's letters that are link text: a list of headlines is nearly all links. */
  linkDensity: number;
  heading: boolean;
}

// Elements that start and end a paragraph of their own.
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'footer', 'header', 'hgroup', 'li', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
const HEADING = /^h[1-6]$/;
// Media and widgets whose text (alt text, captions, labels) is not prose, and tables, which flatten into nonsense.
const SKIPPED = new Set(['img', 'picture', 'figure', 'figcaption', 'video', 'audio', 'svg', 'math', 'table', 'button', 'select', 'textarea', 'input', 'label']);

/** Flattens the article element into paragraphs of plain text; a single <br> is a space, two end a paragraph. */
function textBlocks(root: DomNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = '';
  let letters = 0;
  let linkLetters = 0;
  let heading = false;
  let afterBreak = false;
  const flush = () => {
    const clean = collapseText(text);
    if (clean !== '') blocks.push({ text: clean, linkDensity: letters === 0 ? 0 : linkLetters / letters, heading });
    text = '';
    letters = linkLetters = 0;
    heading = false;
  };
  const walk = (node: DomNode, inLink: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.textContent ?? '';
      const count = value.replace(/\s/g, '').length;
      if (count > 0) afterBreak = false;
      text += value;
      letters += count;
      if (inLink) linkLetters += count;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as DomElement).localName;
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      if (afterBreak) flush();
      text += ' ';
      afterBreak = true;
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (HEADING.test(name)) heading = true;
    for (const child of Array.from(node.childNodes)) walk(child, inLink || name === 'a');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return blocks;
}

// Short lines that pages put between paragraphs and that are never article text.
const BOILERPLATE_LINE = [
  /^(advertisement|advert|sponsored( content)?|promoted|ad|anzeige|реклама)$/i,
  /^(advertisement|sponsored|promoted|partner content)\s*[:|–—-]/i,
  /^(read more|read also|see also|related( articles| stories| coverage)?|more on this( story)?|recommended( for you)?|most read|watch|listen)\s*[:|–—-]/i,
  /^(read more|related articles|related stories|see also|most read|recommended)$/i,
  /\b(sign up|subscribe)\b.*\b(newsletter|briefing|inbox|e-?mail)\b/i,
  /\bcookies?\b.*\b(accept|consent|agree|settings|preferences)\b/i,
  /^(share( this( article| story)?)?|share on \w+|follow us( on \w+)?)$/i,
  /^(photo|image|picture|video|illustration|graphic|photograph)s?( credit)?\s*:/i,
  /^(©|\(c\)\s|copyright\b)/i,
];
const BOILERPLATE_MAX_WORDS = 40;

function keptParagraphs(blocks: TextBlock[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const block of blocks) {
    if (block.heading || block.linkDensity > 0.5 || !/[\p{L}\p{N}]/u.test(block.text)) continue;
    const line = block.text.replace(/[.!…]+$/u, '');
    if (countWords(block.text) <= BOILERPLATE_MAX_WORDS && BOILERPLATE_LINE.some((pattern) => pattern.test(line))) continue;
    // A pull quote repeats a paragraph word for word; the file keeps the first.
    if (seen.has(block.text)) continue;
    seen.add(block.text);
    kept.push(block.text);
  }
  return kept;
}

// Readability's byline is page text ("By Jane Doe and John Roe"); keep it only when it looks like names.
function bylineName(byline: string | null | undefined): string | null {
  const name = collapseText(byline ?? '').replace(/^by\s+/i, '');
  return name !== '' && name.length <= 120 && !/\d|https?:/i.test(name) ? name : null;
}
