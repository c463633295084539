import type { DifferingFigure } from './answer.js';

/** What the terminal and Discord say when nothing in the corpus is relevant to the question. */
export const REFUSAL_TEXT = 'The corpus has nothing on this question, so there is no quote to give.';

/** The first line of a `related` answer: its quotes are about the topic, but none states what was asked. */
export const RELATED_NOTE = 'The corpus does not answer this directly. The closest passages:';

/** "Sources differ on this figure: 10,000 (The Kyiv Independent, quote 2) · 3,000 (Politico, quote 3)." */
export function differenceNote(figures: DifferingFigure[]): string {
  return `Sources differ on this figure: ${figures.map((f) => `${f.figure} (${f.source}, quote ${f.quote + 1})`).join(' · ')}.`;
}

/** The question every message that asks for a rephrasing offers as an example. */
export const EXAMPLE_QUESTION = 'How many North Korean soldiers went to Russia?';

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * Why a question in another language gets no quotes: the corpus and the search are English. Said in Russian or
 * Ukrainian to a member who asked in it, in English otherwise, naming the language when it is known.
 */
export function nonEnglishQuestionText(language: string | null): string {
  if (language === 'ru') {
    return `Вопрос задан по-русски, а я отвечаю только на вопросы на английском: статьи, которые я цитирую, написаны на английском. Задайте вопрос по-английски, например: "${EXAMPLE_QUESTION}"`;
  }
  if (language === 'uk') {
    return `Запитання поставлено українською, а я відповідаю лише на запитання англійською: статті, які я цитую, написані англійською. Поставте запитання англійською, наприклад: "${EXAMPLE_QUESTION}"`;
  }
  const written = language === null ? 'not in English' : `in ${LANGUAGE_NAMES.of(language) ?? language}`;
  return `The question is ${written}, and I answer only questions in English, because the articles I quote are in English. Ask it in English, for example "${EXAMPLE_QUESTION}"`;
}
