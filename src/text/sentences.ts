/** A sentence as character offsets into the text it was found in; `end` excludes trailing white space. */
export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits text into sentences with Intl.Segmenter; offsets point into `text` itself. */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.length > lead) spans.push({ start: offset + index + lead, end: offset + index + trimmed.length });
  }
  return spans;
}
