import type { Answer, DifferingFigure, Verdict } from './answer.js';

/** The `--json` contract of `npm run ask`: exactly these fields, unknown attribution as null. */
export interface AnswerJson {
  question: string;
  /** True only for the `answered` verdict: a `related` answer has quotes but does not answer. */
  answered: boolean;
  verdict: Verdict;
  notes: string[];
  differing: DifferingFigure[] | null;
  quotes: {
    text: string;
    score: number;
    link: string | null;
    start: number;
    end: number;
    article: { id: string; title: string; publisher: string | null; url: string | null; published: string | null };
  }[];
  model: string;
}

export function toAnswerJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    answered: answer.verdict === 'answered',
    verdict: answer.verdict,
    notes: answer.notes,
    differing: answer.differing,
    quotes: answer.quotes.map(({ text, score, link, start, end, article }) => ({
      text,
      score: Math.round(score * 1000) / 1000,
      link,
      start,
      end,
      article: { id: article.id, title: article.title, publisher: article.publisher, url: article.url, published: article.published },
    })),
    model: answer.model,
  };
}
