/** A retrievable unit: part of one paragraph of one article, located by offsets into the article body. */
export interface Passage {
  /** `${articleId}#${paragraph}.${part}`: unique within the index. */
  id: string;
  articleId: string;
  paragraph: number;
  start: number;
  end: number;
  /** body.slice(start, end), verbatim. */
  text: string;
}
