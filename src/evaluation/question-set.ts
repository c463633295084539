import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * Kinds of question whose answer the corpus holds: each is scored by where its first hit ranks. A disagreement
 * question is one whose sources give different figures: its answer should also say that sources differ.
 */
export const ANSWERABLE_CATEGORIES = ['paraphrase', 'who-said', 'according-to', 'number', 'date', 'disagreement'] as const;
/** Kinds of question the bot must not answer: nothing to do with the war, or on-topic but never answered by the corpus. */
export const REFUSAL_CATEGORIES = ['off-topic', 'unanswerable'] as const;
export const CATEGORIES = [...ANSWERABLE_CATEGORIES, ...REFUSAL_CATEGORIES] as const;

export type Category = (typeof CATEGORIES)[number];

/** The tuning half may be looked at and tuned on; the check half only measures (see README, "Answer quality"). */
export const HALVES = ['tune', 'check'] as const;
export type Half = (typeof HALVES)[number];

/** Categories whose fragments must name who is speaking: a hit then proves the attribution. */
export const ATTRIBUTION_CATEGORIES: readonly Category[] = ['who-said', 'according-to'];

export function isAnswerableCategory(category: Category): boolean {
  return (ANSWERABLE_CATEGORIES as readonly Category[]).includes(category);
}

const questionSchema = z
  .strictObject({
    question: z.string().trim().min(1),
    /** Fragments of the answer (any one in a quote makes it a hit); null when no article answers. */
    expect: z.array(z.string().min(1)).min(1).nullable(),
    /**
     * What the question tests. Optional for question sets written before categories existed: then a question
     * with fragments is a paraphrase and one without is off-topic.
     */
    category: z.enum(CATEGORIES).optional(),
    /** Why the question is there or what makes it hard (for the reader of the file; not scored). */
    note: z.string().optional(),
    half: z.enum(HALVES).optional(),
  })
  .transform(({ category, half, ...rest }) => ({
    ...rest,
    category: category ?? (rest.expect === null ? 'off-topic' : 'paraphrase'),
    half: half ?? null,
  }))
  .refine((q) => isAnswerableCategory(q.category) === (q.expect !== null), {
    error: `a ${ANSWERABLE_CATEGORIES.join(', ')} question needs \`expect\` fragments; an off-topic or unanswerable one needs \`expect: null\``,
  });

const questionSetSchema = z
  .strictObject({
    about: z.string().optional(),
    /**
     * The article folders, relative to the question file, that the questions are asked over (indexed together in a
     * temporary folder). Without it, the questions are asked over the configured corpus (`--corpus`).
     */
    corpus: z.array(z.string().min(1)).min(1).optional(),
    questions: z.array(questionSchema).min(1),
  })
  .refine((set) => set.questions.every((q) => q.half === null) || set.questions.every((q) => q.half !== null), {
    error: 'either every question names its `half` ("tune" or "check") or none does',
  });

export type EvalQuestion = z.output<typeof questionSchema>;

export interface QuestionSet {
  /** The suite's name: the question file's folder ("news", "seed"). */
  name: string;
  file: string;
  questions: EvalQuestion[];
  /** Absolute paths of the article folders the set names, or null when it uses the configured corpus. */
  corpusDirs: string[] | null;
  /** True when the questions are split into a tuning and a check half. */
  hasHalves: boolean;
}

/** Validates a parsed question file; `file` resolves the article folders and names the file in errors. */
export function parseQuestionSet(raw: unknown, file: string): QuestionSet {
  const parsed = questionSetSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is not a valid question set: ${z.prettifyError(parsed.error)}`);
  const { corpus, questions } = parsed.data;
  return {
    name: path.basename(path.dirname(path.resolve(file))),
    file,
    questions,
    corpusDirs: corpus === undefined ? null : corpus.map((dir) => path.resolve(path.dirname(file), dir)),
    hasHalves: questions[0]!.half !== null,
  };
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
