import type { Answer } from './answer.js';

/** The `--json` contract of `npm run ask`: exactly these fields, unknown attribution as null. */
export interface AnswerJson {
  question: string;
  answered: boolean;
  quotes: {
    text: string;
    score: number;
    article: { id: string; title: string; publisher: string | null; url: string | null; published: string | null };
  }[];
  model: string;
}

export function toAnswerJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    answered: answer.answered,
    quotes: answer.quotes.map(({ text, score, article }) => ({
      text,
      score: Math.round(score * 1000) / 1000,
      article: { id: article.id, title: article.title, publisher: article.publisher, url: article.url, published: article.published },
    })),
    model: answer.model,
  };
}
