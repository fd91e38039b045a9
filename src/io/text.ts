import { decodeHTMLStrict } from "entities";

/**
 * Cleans a message text from an export: decodes HTML entities (`&amp;` `&gt;` `&#39;`; only complete
 * entities, so "AT&T" stays) and turns CRLF / CR line breaks into LF.
 *
 * @example
 * cleanText("Settings &gt; General\r\nAT&T"); // => "Settings > General\nAT&T"
 */
export function cleanText(raw: string): string {
  let text = raw.includes("&") ? decodeHTMLStrict(raw) : raw;
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  return text;
}

/** True when a text holds U+FFFD, the mark a decoder leaves for bytes that were not valid UTF-8. */
export function hasReplacementCharacter(text: string): boolean {
  return text.includes("\uFFFD");
}
