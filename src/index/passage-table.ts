import { z } from 'zod';
import type { IndexedPassage } from './indexed-passage.js';
import type { IndexedArticle } from './manifest.js';

// Numbers kept for each row, in this order, in one Uint32Array.
const COLUMNS = 5;
const [ARTICLE, PARAGRAPH, START, END, TEXT_END] = [0, 1, 2, 3, 4];

const headerSchema = z.object({ ids: z.array(z.string()) });

/** The passage table as stored: ids in the header, numbers and UTF-8 texts in two arrays. */
export interface PassageTableFiles<Header = z.infer<typeof headerSchema>> {
  header: Header;
  /** Per row: article (index into the manifest's articles), paragraph, start, end, end of its text in `texts`. */
  columns: Uint32Array;
  texts: Uint8Array;
}

const decoder = new TextDecoder();

/**
 * The passages of an index in row order (the rows of its vectors and its postings). Texts stay as one UTF-8 buffer
 * and attribution stays once per article, so that 100k passages cost about their bytes, not an object each; a
 * passage object is made when asked for.
 */
export class PassageTable {
  private readonly rows: Map<string, number>;
  /** Each article's passages are consecutive rows, first to end (exclusive). */
  private readonly articleRows = new Map<string, { first: number; end: number }>();

  private constructor(
    private readonly ids: string[],
    private readonly columns: Uint32Array,
    private readonly texts: Uint8Array,
    private readonly articles: IndexedArticle[],
  ) {
    this.rows = new Map(ids.map((id, row) => [id, row]));
    for (let row = 0; row < ids.length; row++) {
      const articleId = this.articleIdOf(row);
      const range = this.articleRows.get(articleId);
      if (!range) this.articleRows.set(articleId, { first: row, end: row + 1 });
      else if (range.end === row) range.end += 1;
      else throw new Error(`the passages of article ${articleId} are not consecutive rows`);
    }
  }

  get size(): number {
    return this.ids.length;
  }

  rowOf(id: string): number | undefined {
    return this.rows.get(id);
  }

  idOf(row: number): string {
    return this.ids[row]!;
  }

  articleIdOf(row: number): string {
    return this.articles[this.columns[row * COLUMNS + ARTICLE]!]!.id;
  }

  /** The rows of the article's passages, [first, end); undefined for an article without passages. */
  rowsOfArticle(articleId: string): { first: number; end: number } | undefined {
    return this.articleRows.get(articleId);
  }

  passage(row: number): IndexedPassage {
    const at = row * COLUMNS;
    const article = this.articles[this.columns[at + ARTICLE]!]!;
    const textStart = row === 0 ? 0 : this.columns[at - COLUMNS + TEXT_END]!;
    return {
      id: this.ids[row]!,
      articleId: article.id,
      paragraph: this.columns[at + PARAGRAPH]!,
      start: this.columns[at + START]!,
      end: this.columns[at + END]!,
      text: decoder.decode(this.texts.subarray(textStart, this.columns[at + TEXT_END]!)),
      title: article.title,
      publisher: article.publisher,
      url: article.url,
      published: article.published,
    };
  }

  /**
   * The files of passages in row order: every passage's article must be among `articles`, and the passages of one
   * article must be consecutive (as chunking the articles one after another gives them).
   */
  static files(passages: IndexedPassage[], articles: IndexedArticle[]): PassageTableFiles {
    const articleRows = new Map(articles.map((article, i) => [article.id, i]));
    const encoded = passages.map((passage) => Buffer.from(passage.text, 'utf8'));
    const columns = new Uint32Array(passages.length * COLUMNS);
    let textEnd = 0;
    passages.forEach((passage, row) => {
      const article = articleRows.get(passage.articleId);
      if (article === undefined) throw new Error(`passage ${passage.id} belongs to no article of the manifest`);
      textEnd += encoded[row]!.length;
      columns.set([article, passage.paragraph, passage.start, passage.end, textEnd], row * COLUMNS);
    });
    return { header: { ids: passages.map((p) => p.id) }, columns, texts: Buffer.concat(encoded) };
  }

  /** Takes back what `files` gave, checking that it is whole: corrupt files must fail here, not mid-answer. */
  static fromFiles({ header, columns, texts }: PassageTableFiles<unknown>, articles: IndexedArticle[]): PassageTable {
    const { ids } = headerSchema.parse(header);
    if (columns.length !== ids.length * COLUMNS) throw new Error(`the passage table lists ${ids.length} ids but ${columns.length / COLUMNS} rows`);
    let textEnd = 0;
    for (let at = 0; at < columns.length; at += COLUMNS) {
      if (columns[at + ARTICLE]! >= articles.length) throw new Error(`passage ${ids[at / COLUMNS]} names an article the manifest does not list`);
      if (columns[at + TEXT_END]! < textEnd) throw new Error(`the text of passage ${ids[at / COLUMNS]} ends before it starts`);
      textEnd = columns[at + TEXT_END]!;
    }
    if (textEnd !== texts.length) throw new Error(`the passage texts hold ${texts.length} bytes where the table lists ${textEnd}`);
    return new PassageTable(ids, columns, texts, articles);
  }
}
