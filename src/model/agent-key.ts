/** How a reply without an agent signature or agent id is credited. */
export const UNSIGNED_AGENT = "(unsigned)";

/**
 * The identity of an individual agent across carelens: `${brand}/${agentId}`, so that "^MM" at
 * VirginTrains and "^MM" at Tesco are two people. A reply without an agentId is credited to
 * `${brand}/(unsigned)`, a bucket of the brand's unsigned replies, not a person.
 *
 * @example
 * agentKey("VirginTrains", "MM"); // => "VirginTrains/MM"
 * agentKey("AppleSupport", undefined); // => "AppleSupport/(unsigned)"
 */
export function agentKey(brand: string, agentId: string | undefined): string {
  return `${brand}/${agentId === undefined || agentId === "" ? UNSIGNED_AGENT : agentId}`;
}
