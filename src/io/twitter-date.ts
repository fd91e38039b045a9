const MONTHS: Record<string, number> = {
  Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11,
};

/**
 * Parses Twitter's `created_at` format, e.g. "Tue Oct 31 22:10:47 +0000 2017". Returns null when the
 * text is not such a date (the caller reports it).
 *
 * @example
 * parseTwitterDate("Tue Oct 31 22:10:47 +0000 2017")?.toISOString(); // => "2017-10-31T22:10:47.000Z"
 * parseTwitterDate("yesterday"); // => null
 */
export function parseTwitterDate(text: string): Date | null {
  // "Tue Oct 31 22:10:47 +0000 2017": fixed positions, checked rather than matched by a regex (hot path).
  if (text.length !== 30 || text[3] !== " " || text[7] !== " " || text[10] !== " " || text[19] !== " " || text[25] !== " ") {
    return null;
  }
  const month = MONTHS[text.slice(4, 7)];
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const sign = text[20] === "-" ? -1 : text[20] === "+" ? 1 : 0;
  const offset = digits(text, 21, 4);
  const year = digits(text, 26, 4);
  if (month === undefined || text[13] !== ":" || text[16] !== ":" || sign === 0) return null;
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60 || offset < 0 || year < 1970) return null;
  const offsetMinutes = sign * (Math.floor(offset / 100) * 60 + (offset % 100));
  const time = Date.UTC(year, month, day, hour, minute, second) - offsetMinutes * 60_000;
  // Reject days that do not exist in that month ("Feb 31").
  return day <= daysInMonth(year, month) ? new Date(time) : null;
}

/** Days in a month (0-11) of the proleptic Gregorian calendar, as Date counts them. */
function daysInMonth(year: number, month: number): number {
  if (month !== 1) return DAYS_IN_MONTH[month]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}
