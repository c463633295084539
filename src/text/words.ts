const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Counts words the way a reader would; used for content and chunk-size rules. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
