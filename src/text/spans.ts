/** A character span [start, end) in a message's text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Every match of a global regex as spans, in order.
 *
 * @example
 * matchSpans("a1b22", /\d+/g); // => [{ start: 1, end: 2 }, { start: 3, end: 5 }]
 */
export function matchSpans(text: string, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return spans;
}

/** True when [start, end) overlaps any of the spans. */
export function overlapsAny(start: number, end: number, spans: readonly Span[]): boolean {
  return spans.some((span) => start < span.end && span.start < end);
}
