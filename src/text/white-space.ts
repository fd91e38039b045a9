/**
 * `/\s/.test(text[i])` without building a one-character string or running a regex: the scans on hot
 * paths (sentences, word counts) ask it once per character, emoji halves included.
 *
 * @example
 * isSpaceAt("a\u00a0b", 1); // => true
 * isSpaceAt("a b", 0); // => false
 */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 160) return false;
  // The rest of ECMAScript's white space and line terminators (what \s matches).
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
