/**
 * Parses Twitter's `created_at` format, e.g. "Tue Oct 31 22:10:47 +0000 2017". Returns null when the
 * text is not such a date (the caller reports it).
 *
 * @example
 * parseTwitterDate("Tue Oct 31 22:10:47 +0000 2017")?.toISOString(); // => "2017-10-31T22:10:47.000Z"
 * parseTwitterDate("yesterday"); // => null
 */
export function parseTwitterDate(text: string): Date | null {
  const time = twitterTime(text);
  return Number.isNaN(time) ? null : new Date(time);
}

/**
 * The time of a Twitter `created_at` text in epoch milliseconds, or NaN when it is not such a date: what
 * {@link parseTwitterDate} reads, without building a Date (the TWCS reader keeps the number).
 *
 * @example
 * twitterTime("Tue Oct 31 22:10:47 +0000 2017"); // => 1509487847000
 * twitterTime("Tue Feb 30 22:10:47 +0000 2017"); // => NaN
 */
export function twitterTime(text: string): number {
  // Consecutive tweets mostly share their day, offset and year ("Tue Oct 31 " and " +0000 2017"): then
  // only the clock is read, on top of the last date's start of day (the fields, and so the checks on
  // them, are the same). The time is linear in hour, minute and second, also for the -1 of a non-digit.
  if (text.length === 30 && text.startsWith(last.prefix) && text.endsWith(last.suffix)) {
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || hour > 23 || minute > 59 || second > 60) return NaN;
    return last.dayStart + clock(hour, minute, second);
  }
  const time = parseTime(text);
  if (!Number.isNaN(time)) {
    last.prefix = text.slice(0, 11);
    last.suffix = text.slice(19);
    last.dayStart = time - clock(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
  }
  return time;
}

/** The day part and the offset-and-year part of the last date read, and its time at 00:00:00 on the clock. */
const last = { prefix: "\u0000", suffix: "\u0000", dayStart: 0 };

function clock(hour: number, minute: number, second: number): number {
  return (hour * 60 + minute) * 60_000 + second * 1000;
}

/** twitterTime without the shortcut. */
function parseTime(text: string): number {
  // "Tue Oct 31 22:10:47 +0000 2017": fixed positions, checked rather than matched by a regex (hot path).
  if (text.length !== 30 || text.charCodeAt(3) !== 32 || text.charCodeAt(7) !== 32 || text.charCodeAt(10) !== 32 || text.charCodeAt(19) !== 32 || text.charCodeAt(25) !== 32) {
    return NaN;
  }
  const month = monthAt(text, 4);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const signCode = text.charCodeAt(20);
  const sign = signCode === 45 ? -1 : signCode === 43 ? 1 : 0;
  const offset = digits(text, 21, 4);
  const year = digits(text, 26, 4);
  if (month === -1 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || sign === 0) return NaN;
  // As before this was arithmetic: a non-digit hour, minute or second reads as -1 and counts back one.
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60 || offset < 0 || year < 1970) return NaN;
  // Reject days that do not exist in that month ("Feb 31").
  if (day > daysInMonth(year, month)) return NaN;
  const offsetMinutes = sign * (Math.floor(offset / 100) * 60 + (offset % 100));
  // Date.UTC(year, month, day, hour, minute, second), by arithmetic: every field is in range here.
  return ((daysFromCivil(year, month + 1, day) * 24 + hour) * 60 + minute - offsetMinutes) * 60_000 + second * 1000;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (month 1-12; H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Days in a month (0-11) of the proleptic Gregorian calendar, as Date counts them. */
function daysInMonth(year: number, month: number): number {
  if (month !== 1) return DAYS_IN_MONTH[month]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The month (0-11) named by the three characters at `from` ("Jan".."Dec", case as written), or -1. */
function monthAt(text: string, from: number): number {
  const a = text.charCodeAt(from);
  const b = text.charCodeAt(from + 1);
  const c = text.charCodeAt(from + 2);
  for (let m = 0; m < 12; m++) {
    const name = MONTH_NAMES[m]!;
    if (name.charCodeAt(0) === a && name.charCodeAt(1) === b && name.charCodeAt(2) === c) return m;
  }
  return -1;
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}
