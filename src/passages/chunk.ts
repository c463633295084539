import type { Article } from '../corpus/article.js';
import { contentParagraphs } from '../corpus/content-paragraphs.js';
import type { Span } from '../text/sentences.js';
import { splitSentences } from '../text/sentences.js';
import { countWords } from '../text/words.js';
import type { Passage } from './passage.js';

/** Bump whenever chunking changes what passages an article yields: the index is then rebuilt. */
export const CHUNKER_VERSION = 2;

// all-MiniLM-L6-v2 reads at most 256 word pieces; news English averages about 1.3 pieces a word plus
// punctuation, so 150 words stays inside the window with room to spare.
export const MAX_PASSAGE_WORDS = 150;

/**
 * Cuts an article into passages: one per content paragraph, or, for a long paragraph, runs of whole sentences
 * of at most MAX_PASSAGE_WORDS words. A passage never crosses a paragraph. A sentence longer than that (a scraped
 * table, a paragraph with no full stop) is cut between words, so that no passage outgrows what the model reads.
 */
export function chunkArticle(article: Pick<Article, 'id' | 'body'>): Passage[] {
  const passages: Passage[] = [];
  for (const paragraph of contentParagraphs(article.body)) {
    const pieces = packSentences(article.body, paragraph);
    pieces.forEach((piece, part) => {
      passages.push({
        id: `${article.id}#${paragraph.index}.${part}`,
        articleId: article.id,
        paragraph: paragraph.index,
        start: piece.start,
        end: piece.end,
        text: article.body.slice(piece.start, piece.end),
      });
    });
  }
  return passages;
}

function packSentences(body: string, paragraph: Span): Span[] {
  const text = body.slice(paragraph.start, paragraph.end);
  if (countWords(text) <= MAX_PASSAGE_WORDS) return [paragraph];
  const pieces: Span[] = [];
  let current: Span | null = null;
  let words = 0;
  for (const sentence of splitSentences(text, paragraph.start).flatMap((s) => cutBetweenWords(body, s))) {
    const sentenceWords = countWords(body.slice(sentence.start, sentence.end));
    if (current && words + sentenceWords > MAX_PASSAGE_WORDS) {
      pieces.push(current);
      current = null;
    }
    if (current) {
      current.end = sentence.end;
      words += sentenceWords;
    } else {
      current = { ...sentence };
      words = sentenceWords;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

const WORD_RUN = /\S+/g;

function cutBetweenWords(body: string, sentence: Span): Span[] {
  const text = body.slice(sentence.start, sentence.end);
  if (countWords(text) <= MAX_PASSAGE_WORDS) return [sentence];
  const pieces: Span[] = [];
  let piece: Span | null = null;
  let words = 0;
  for (const match of text.matchAll(WORD_RUN)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    const count = countWords(match[0]);
    if (piece && words + count > MAX_PASSAGE_WORDS) {
      pieces.push(piece);
      piece = null;
    }
    if (piece) {
      piece.end = end;
      words += count;
    } else {
      piece = { start, end };
      words = count;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}
