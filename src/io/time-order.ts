/**
 * Sorts items of one conversation by time, stably. An item without a time stays right after the item
 * before it in export order, so a reply with an unknown time is not thrown to the start or the end.
 *
 * @example
 * sortByTime([{ t: 5 }, { t: null }, { t: 1 }], (x) => x.t); // => [{ t: 1 }, { t: 5 }, { t: null }]
 */
export function sortByTime<T>(items: readonly T[], timeOf: (item: T) => number | null): T[] {
  let last = -Infinity;
  const keyed = items.map((item, index) => {
    const time = timeOf(item);
    if (time !== null) last = time;
    return { item, key: last, index };
  });
  keyed.sort((a, b) => a.key - b.key || a.index - b.index);
  return keyed.map((entry) => entry.item);
}
