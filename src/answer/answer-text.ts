import type { DifferingFigure } from './answer.js';

/** What the terminal and Discord say when nothing in the corpus is relevant to the question. */
export const REFUSAL_TEXT = 'The corpus has nothing on this question, so there is no quote to give.';

/** The first line of a `related` answer: its quotes are about the topic, but none states what was asked. */
export const RELATED_NOTE = 'The corpus does not answer this directly. The closest passages:';

/** "Sources differ on this figure: 10,000 (The Kyiv Independent, quote 2) · 3,000 (Politico, quote 3)." */
export function differenceNote(figures: DifferingFigure[]): string {
  return `Sources differ on this figure: ${figures.map((f) => `${f.figure} (${f.source}, quote ${f.quote + 1})`).join(' · ')}.`;
}
