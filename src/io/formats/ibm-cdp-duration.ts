/** A dialogHeader.duration as read: seconds, or why it cannot be used. */
export type IbmDuration =
  | { kind: "ok"; seconds: number; days: boolean }
  | { kind: "negative"; seconds: number }
  | { kind: "invalid" };

/**
 * Reads the IBM Twitter dataset's `duration`: "01:26:55.0" (h:mm:ss), "6-01:08:11" (days-h:mm:ss) and
 * negative values such as "-12:14:20." that real files hold.
 *
 * @example
 * ibmDuration("01:26:55.0"); // => { kind: "ok", seconds: 5215, days: false }
 * ibmDuration("6-01:08:11"); // => { kind: "ok", seconds: 522491, days: true }
 * ibmDuration("-12:14:20."); // => { kind: "negative", seconds: -44060 }
 */
export function ibmDuration(text: string): IbmDuration {
  const match = /^(-)?(?:(\d{1,4})-)?(\d{1,3}):(\d{2}):(\d{2})(?:\.(\d*))?$/.exec(text.trim());
  if (!match) return { kind: "invalid" };
  const [, minus, days, hours, minutes, seconds, fraction] = match;
  if (Number(minutes) > 59 || Number(seconds) > 59) return { kind: "invalid" };
  const total =
    Number(days ?? 0) * 86_400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + (fraction ? Number(`0.${fraction}`) : 0);
  if (minus) return { kind: "negative", seconds: -total };
  return { kind: "ok", seconds: total, days: days !== undefined };
}
