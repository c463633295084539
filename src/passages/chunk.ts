import type { Article } from '../corpus/article.js';
import { contentParagraphs } from '../corpus/content-paragraphs.js';
import type { Span } from '../text/sentences.js';
import { splitSentences } from '../text/sentences.js';
import { countWords } from '../text/words.js';
import type { Passage } from './passage.js';

/** Bump whenever chunking changes what passages an article yields: the index is then rebuilt. */
export const CHUNKER_VERSION = 11;

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
  return packUnits(body, splitSentences(text, paragraph.start).flatMap((sentence) => cutBetweenWords(body, sentence)));
}

const WORD_RUN = /\S+/g;

function cutBetweenWords(body: string, sentence: Span): Span[] {
  const text = body.slice(sentence.start, sentence.end);
  if (countWords(text) <= MAX_PASSAGE_WORDS) return [sentence];
  const words = [...text.matchAll(WORD_RUN)].map((match) => ({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length }));
  return packUnits(body, words);
}

// Greedily joins consecutive units (sentences, or words of an over-long sentence) into spans of at most
// MAX_PASSAGE_WORDS words; a unit is never split.
function packUnits(body: string, units: Span[]): Span[] {
  const pieces: Span[] = [];
  let current: Span | null = null;
  let words = 0;
  for (const unit of units) {
    const unitWords = countWords(body.slice(unit.start, unit.end));
    if (current && words + unitWords > MAX_PASSAGE_WORDS) {
      pieces.push(current);
      current = null;
    }
    if (current) {
      current.end = unit.end;
      words += unitWords;
    } else {
      current = { ...unit };
      words = unitWords;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}
