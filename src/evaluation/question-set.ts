import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const questionSetSchema = z.object({
  about: z.string().optional(),
  questions: z
    .array(
      z.object({
        question: z.string().min(1),
        /** Fragments of the answer (any one in a quote makes it a hit); null when the corpus must refuse. */
        expect: z.array(z.string().min(1)).min(1).nullable(),
      }),
    )
    .min(1),
});

export type EvalQuestion = z.infer<typeof questionSetSchema>['questions'][number];

export async function loadQuestionSet(file: string): Promise<EvalQuestion[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the evaluation questions in ${file}: ${(error as Error).message}`);
  }
  const parsed = questionSetSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is not a valid question set: ${z.prettifyError(parsed.error)}`);
  return parsed.data.questions;
}
