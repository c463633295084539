import { TITLES } from './titles.js';

/** A sentence as character offsets into the text it was found in; `end` excludes trailing white space. */
export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// Abbreviations that news copy puts before a name or a number, after which Intl.Segmenter wrongly ends a sentence
// ("Lt. Col. Olena Marchuk", "Gen. Kim", "the U.N. Security Council"); a segment ending in one of them runs on into
// the next. A sentence that really ends with "U.S." is joined to the next one, the smaller harm.
const RUNS_ON = new RegExp(
  String.raw`(?:^|[\s(“"‘])(?:${TITLES}|Cpt|Cpl|Pvt|Pres|Rev|Hon|St|Mt|No|Nos|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]|(?:[A-Z]\.){1,2}[A-Z])\.$`,
);

// The emphasis that closes a sentence ("**What has North Korea built?** Two destroyers…"), which Intl.Segmenter
// leaves at the start of the next one.
const CLOSING_EMPHASIS = /^(?:\*{1,3}|_{1,3})(?=\s|$)/;

/** Splits text into sentences with Intl.Segmenter; offsets point into `text` itself. */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let runOn = false;
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trimEnd();
    let lead = trimmed.length - trimmed.trimStart().length;
    const closing = spans.length > 0 ? CLOSING_EMPHASIS.exec(trimmed.slice(lead))?.[0] : undefined;
    if (closing) {
      spans.at(-1)!.end = offset + index + lead + closing.length;
      lead += closing.length;
      lead += trimmed.slice(lead).length - trimmed.slice(lead).trimStart().length;
    }
    if (trimmed.length <= lead) continue;
    const span = { start: offset + index + lead, end: offset + index + trimmed.length };
    if (runOn) spans.at(-1)!.end = span.end;
    else spans.push(span);
    runOn = RUNS_ON.test(trimmed);
  }
  return spans;
}
