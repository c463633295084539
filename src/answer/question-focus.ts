import { isStopword } from '../retrieval/terms.js';

const TOKEN = /[\p{L}\p{N}]+/gu;
const COUNTED = /\bhow (?:many|much)\s+(.*)/iu;

/**
 * What a question is about and an answer has to name: the names in it ("China", "Kim", "Kursk") and, after "how
 * many" or "how much", the thing counted up to the first function word ("tanks", "North Korean labourers work").
 * Other words are often paraphrased by the passage that answers ("begin" for "began"), but these seldom are, so an
 * article that never uses one of them is unlikely to answer the question. The first word is left out: its capital
 * only starts the sentence. Lower-case names go unnoticed.
 */
export function questionFocus(question: string): string[] {
  const focus = new Set<string>();
  const tokens = [...question.matchAll(TOKEN)].map(([token]) => token);
  for (const token of tokens.slice(1)) if (/^\p{Lu}/u.test(token) && !isStopword(token)) focus.add(token);
  const counted = COUNTED.exec(question)?.[1] ?? '';
  for (const [token] of counted.matchAll(TOKEN)) {
    if (isStopword(token)) break;
    focus.add(token);
  }
  return [...focus];
}
