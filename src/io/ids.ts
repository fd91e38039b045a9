/**
 * Normalises an id read from an export. Spreadsheet tools and pandas write integer ids as floats
 * ("848.0"); those are repaired to "848" and flagged so the loader can report the repair.
 *
 * @example
 * normalizeId(" 848.0 "); // => { id: "848", repaired: true }
 * normalizeId("119237"); // => { id: "119237", repaired: false }
 * normalizeId(""); // => { id: "", repaired: false }
 * normalizeId("\uFEFF119240"); // => { id: "119240", repaired: true } (a byte-order mark where two files were joined)
 */
export function normalizeId(raw: string): { id: string; repaired: boolean } {
  let id = raw;
  let repaired = false;
  if (id.length > 0 && (isBlank(id.charCodeAt(0)) || isBlank(id.charCodeAt(id.length - 1)))) {
    id = id.trim();
    repaired = true;
  }
  if (id.endsWith(".0") && id.length > 2 && isDigits(id, id.length - 2)) {
    id = id.slice(0, -2);
    repaired = true;
  }
  return { id, repaired };
}

/**
 * True when {@link normalizeId} would return `raw` as it is, unrepaired: no blank at either end, no
 * ".0" after digits. The hot path of the TWCS reader, without normalizeId's result object.
 *
 * @example
 * isPlainId("119237"); // => true
 * isPlainId("848.0"); // => false
 * isPlainId(" 848"); // => false
 */
export function isPlainId(raw: string): boolean {
  const n = raw.length;
  if (n === 0) return true;
  const last = raw.charCodeAt(n - 1);
  if (isBlank(raw.charCodeAt(0)) || isBlank(last)) return false;
  return !(last === 48 && n > 2 && raw.charCodeAt(n - 2) === 46 && isDigits(raw, n - 2));
}

/** True when the first `end` characters of `text` are all ASCII digits. */
export function isDigits(text: string, end = text.length): boolean {
  if (end === 0) return false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** White space, control characters, a no-break space or a byte-order mark (all removed by trim()). */
function isBlank(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0xfeff;
}
