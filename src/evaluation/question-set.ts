import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** Kinds of question whose answer the corpus holds: each is scored by where its first hit ranks. */
export const ANSWERABLE_CATEGORIES = ['paraphrase', 'who-said', 'number', 'date'] as const;
/** Kinds of question the bot must refuse: nothing to do with the war, or on-topic but never answered by the corpus. */
export const REFUSAL_CATEGORIES = ['off-topic', 'unanswerable'] as const;
export const CATEGORIES = [...ANSWERABLE_CATEGORIES, ...REFUSAL_CATEGORIES] as const;

export type Category = (typeof CATEGORIES)[number];

export function isAnswerableCategory(category: Category): boolean {
  return (ANSWERABLE_CATEGORIES as readonly Category[]).includes(category);
}

const questionSchema = z
  .object({
    question: z.string().min(1),
    /** Fragments of the answer (any one in a quote makes it a hit); null when the corpus must refuse. */
    expect: z.array(z.string().min(1)).min(1).nullable(),
    /**
     * What the question tests. Optional for question sets written before categories existed: then a question
     * with fragments is a paraphrase and one without is off-topic.
     */
    category: z.enum(CATEGORIES).optional(),
  })
  .transform(({ question, expect, category }) => ({
    question,
    expect,
    category: category ?? (expect === null ? 'off-topic' : 'paraphrase'),
  }))
  .refine((q) => isAnswerableCategory(q.category) === (q.expect !== null), {
    error: 'a paraphrase, who-said, number or date question needs `expect` fragments; an off-topic or unanswerable one needs `expect: null`',
  });

const questionSetSchema = z.strictObject({
  about: z.string().optional(),
  /**
   * A folder of fictional test articles, relative to the question file, indexed together with the real corpus
   * (in a temporary copy, never in the corpus folder itself).
   */
  fixtures: z.string().min(1).optional(),
  questions: z.array(questionSchema).min(1),
});

export type EvalQuestion = z.output<typeof questionSchema>;

export interface QuestionSet {
  questions: EvalQuestion[];
  /** Absolute path of the fixture articles' folder, or null when the set uses the corpus alone. */
  fixturesDir: string | null;
}

/** Validates a parsed question file; `file` resolves the fixtures folder and names the file in errors. */
export function parseQuestionSet(raw: unknown, file: string): QuestionSet {
  const parsed = questionSetSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is not a valid question set: ${z.prettifyError(parsed.error)}`);
  const { fixtures, questions } = parsed.data;
  return { questions, fixturesDir: fixtures === undefined ? null : path.resolve(path.dirname(file), fixtures) };
}

export async function loadQuestionSet(file: string): Promise<QuestionSet> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the evaluation questions in ${file}: ${(error as Error).message}`);
  }
  return parseQuestionSet(raw, file);
}
