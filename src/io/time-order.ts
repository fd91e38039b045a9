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
  sortStably(keyed, (a, b) => a.key - b.key || a.index - b.index);
  return keyed.map((entry) => entry.item);
}

/**
 * Sorts an array in place, stably, as `array.sort(compare)` does: nothing is moved when it is already in
 * order (most conversations arrive so), a short one is insertion-sorted (without the temporary arrays of
 * the built-in sort).
 *
 * @example
 * sortStably([{ t: 2, i: 0 }, { t: 1, i: 1 }, { t: 1, i: 2 }], (a, b) => a.t - b.t).map((x) => x.i); // => [1, 2, 0]
 */
export function sortStably<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) sorted = compare(items[i - 1]!, items[i]!) <= 0;
  if (sorted) return items;
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(items[j]!, item) > 0; j--) items[j + 1] = items[j]!;
    items[j + 1] = item;
  }
  return items;
}
