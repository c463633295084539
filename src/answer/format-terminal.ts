import type { Answer } from './answer.js';
import { attributionParts } from './attribution.js';
import { REFUSAL_TEXT } from './answer-text.js';

// Straight, curly, low-9 and angle quotation marks, double and single.
const QUOTATION_MARK = /^["“”„‟'‘’‚‛«»‹›]|["“”„‟'‘’‚‛«»‹›]$/u;

/** Marks the quote with “…”, unless it opens or closes with a quotation mark of its own, which would double it. */
function quoted(text: string): string {
  return QUOTATION_MARK.test(text) ? text : `“${text}”`;
}

/** The answer as a person reads it in a terminal: each quote, then where it comes from. */
export function formatAnswerForTerminal(answer: Answer): string {
  const lines = [`Q: ${answer.question}`, ''];
  if (answer.verdict === 'refused') {
    lines.push(REFUSAL_TEXT, 'Run `npm run sources` to see which articles the corpus holds.');
    return lines.join('\n');
  }
  for (const note of answer.notes) lines.push(note, '');
  answer.quotes.forEach((quote, i) => {
    const source = attributionParts(quote.article);
    lines.push(`${i + 1}. ${quoted(quote.text)}`);
    lines.push(`   — ${source.title} · ${source.publisher} · ${source.date}${source.url ? ` · ${source.url}` : ''}`);
    lines.push('');
  });
  lines.push(`Every quote above is verbatim from the corpus (index built ${answer.indexBuiltAt}, model ${answer.model}).`);
  return lines.join('\n');
}
