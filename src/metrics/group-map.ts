/**
 * Merges `from` into `into`: entries missing from `into` are copied, the others merged with `mergeValue`.
 * Groups are Maps because their keys (brands, agents, attribute values) come from the data.
 *
 * @example
 * const into = new Map([["a", { n: 1 }]]);
 * mergeGroups(into, new Map([["a", { n: 2 }], ["b", { n: 3 }]]), (x, y) => { x.n += y.n; }, (v) => ({ ...v }));
 * into; // => Map { "a" => { n: 3 }, "b" => { n: 3 } }
 */
export function mergeGroups<T>(into: Map<string, T>, from: Map<string, T>, mergeValue: (into: T, from: T) => void, copy: (value: T) => T): void {
  for (const [key, value] of from) {
    const existing = into.get(key);
    if (existing === undefined) into.set(key, copy(value));
    else mergeValue(existing, value);
  }
}

/**
 * The group's value, created with `init` the first time the key is seen.
 *
 * @example
 * groupOf(byBrand, "Tesco", () => ({ contacts: 0 })).contacts++;
 */
export function groupOf<T>(groups: Map<string, T>, key: string, init: () => T): T {
  let value = groups.get(key);
  if (value === undefined) groups.set(key, (value = init()));
  return value;
}

/**
 * Sorted group keys, so results never depend on the order conversations came in.
 *
 * @example
 * sortedKeys(new Map([["b", 1], ["a", 2]])); // => ["a", "b"]
 */
export function sortedKeys<T>(groups: Map<string, T>): string[] {
  return [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
