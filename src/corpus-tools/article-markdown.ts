import type { FrontMatter } from '../corpus/article.js';
import { collapseText } from './plain-text.js';

/** Front matter as strings; a field that is null or missing is left out of the file, never filled in. */
export type ArticleFields = { title: string } & { [K in Exclude<keyof FrontMatter, 'title'>]?: string | null };

// The order of the schema in src/corpus/article.ts, so files read alike.
const FIELD_ORDER = ['title', 'publisher', 'author', 'url', 'published', 'language'] as const satisfies readonly (keyof FrontMatter)[];

/**
 * Renders a corpus file: YAML front matter, then the paragraphs as plain text separated by blank lines.
 * `comment` becomes a YAML comment line (provenance); values are always double-quoted so that a title with
 * a colon, quotes or a leading dash cannot break the YAML or turn into another type.
 */
export function renderArticleMarkdown(fields: ArticleFields, paragraphs: string[], comment?: string): string {
  const lines = ['---'];
  for (const name of FIELD_ORDER) {
    const value = fields[name];
    if (value !== null && value !== undefined && collapseText(value) !== '') lines.push(`${name}: ${yamlString(collapseText(value))}`);
  }
  if (comment !== undefined) lines.push(`# ${collapseText(comment)}`);
  lines.push('---');
  // Paragraph breaks are the only structure the file has: a paragraph must not contain one.
  const body = paragraphs.map(collapseText).filter((paragraph) => paragraph !== '');
  return `${lines.join('\n')}\n\n${body.join('\n\n')}\n`;
}

// A JSON string is a valid YAML double-quoted scalar; YAML additionally forbids raw C1 controls and
// line/paragraph separators, so those are escaped too.
function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
