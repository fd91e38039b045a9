import { isSpaceAt } from "./white-space.js";

/**
 * The text tone reads: @handles (with the white space before them, `(?:^|\s)@\w{1,50}`) and then links
 * (`https?:\/\/\S{1,2000}`) blanked to spaces of the same length, so cue spans still index the text.
 * The same string as the two regex replacements one after the other, by hand: a text without "@" or
 * "http" is returned as it is, and no callback runs per match.
 *
 * @example
 * toneBody("@Acme see http://x.co ok"); // => "      see             ok"
 * toneBody("me@home"); // => "me@home" (an "@" inside a word is no handle)
 */
export function toneBody(text: string): string {
  return blankLinks(blankHandles(text));
}

/** `text.replace(/(?:^|\s)@\w{1,50}/g, blanks)`. */
function blankHandles(text: string): string {
  let at = text.indexOf("@");
  if (at < 0) return text;
  let out = "";
  // text[copied..] is not in `out` yet; a handle needs white space after the last one's end (or ^).
  let copied = 0;
  while (at >= 0) {
    let next = at + 1;
    if (at === 0 || (at > copied && isSpaceAt(text, at - 1))) {
      const limit = Math.min(text.length, at + 51);
      let stop = at + 1;
      while (stop < limit && isWordCode(text.charCodeAt(stop))) stop++;
      if (stop > at + 1) {
        const start = at === 0 ? 0 : at - 1;
        out += text.slice(copied, start) + " ".repeat(stop - start);
        copied = next = stop;
      }
    }
    at = text.indexOf("@", next);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `text.replace(/https?:\/\/\S{1,2000}/g, blanks)`. */
function blankLinks(text: string): string {
  let at = text.indexOf("http");
  if (at < 0) return text;
  let out = "";
  let copied = 0;
  while (at >= 0) {
    let next = at + 1;
    const slashes = text.charCodeAt(at + 4) === 115 /* s */ ? at + 5 : at + 4;
    if (text.startsWith("://", slashes)) {
      const limit = Math.min(text.length, slashes + 3 + 2000);
      let stop = slashes + 3;
      while (stop < limit && !isSpaceAt(text, stop)) stop++;
      if (stop > slashes + 3) {
        out += text.slice(copied, at) + " ".repeat(stop - at);
        copied = next = stop;
      }
    }
    at = text.indexOf("http", next);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `\w` without the `u` flag: ASCII letters, digits and "_". */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
