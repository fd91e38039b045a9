/**
 * `/\s/.test(text[i])` without building a one-character string or running a regex for ASCII: the scans on
 * hot paths (sentences, word counts) ask it once per character.
 *
 * @example
 * isSpaceAt("a\u00a0b", 1); // => true
 * isSpaceAt("a b", 0); // => false
 */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= 128 && /\s/.test(text[i]!);
}
