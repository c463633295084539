import { z } from 'zod';
import { EXAMPLE_QUESTION, nonEnglishQuestionText } from './answer-text.js';
import { questionLanguage } from './question-language.js';

export const MAX_QUESTION_LENGTH = 500;

// Control characters, zero-width characters and bidi controls carry no meaning in a question but can hide text.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** A question as typed by a user: cleaned of invisible characters, trimmed, non-empty and of bounded length. */
export const questionSchema = z
  .string()
  .transform((text) => text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, `The question is empty: type what you want to know, for example "${EXAMPLE_QUESTION}"`)
      .max(MAX_QUESTION_LENGTH, `The question is too long: keep it under ${MAX_QUESTION_LENGTH} characters.`)
      .refine((text) => /[\p{L}\p{N}]/u.test(text), 'The question has no words in it: type what you want to know.'),
  );

export type Question = z.infer<typeof questionSchema>;

export class InvalidQuestionError extends Error {
  override name = 'InvalidQuestionError';
}

/** A question in a language other than English: the corpus and its search are English. */
export class NonEnglishQuestionError extends InvalidQuestionError {
  override name = 'NonEnglishQuestionError';

  /** @param language ISO 639-1 code, null when the language could not be named. */
  constructor(readonly language: string | null) {
    super(nonEnglishQuestionText(language));
  }
}

/** Validates a question or throws InvalidQuestionError (NonEnglishQuestionError for another language) with a message for the user. */
export function parseQuestion(text: string): string {
  const result = questionSchema.safeParse(text);
  if (!result.success) throw new InvalidQuestionError(result.error.issues[0]!.message);
  const language = questionLanguage(result.data);
  if (language !== 'en') throw new NonEnglishQuestionError(language);
  return result.data;
}
