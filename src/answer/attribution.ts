import type { QuoteSource } from './answer.js';

/** What the corpus records about a quote's source, saying plainly what it does not record. */
export function attributionParts(source: QuoteSource): { title: string; publisher: string; date: string; url: string | null } {
  return {
    title: source.title,
    publisher: source.publisher ?? 'publisher not recorded',
    date: source.published ?? 'date not recorded',
    url: source.url,
  };
}
