/**
 * Readable times for the exercises whose data carry real epoch-second timestamps (joins, writes,
 * schema registrations, incidents): all of them fall on one calendar day, so tables can show
 * "10:05" while the values stay true epoch seconds.
 */

/**
 * Start of the day these exercises' timestamps refer to: 2024-03-05 00:00 UTC, in epoch seconds.
 * Using one calendar day keeps times readable ("10:05") while staying real epoch seconds.
 */
export const dayStart = Date.UTC(2024, 2, 5) / 1000;

/**
 * The clock time of an epoch-seconds timestamp on or after {@link dayStart}, as "HH:MM"
 * ("HH:MM:SS" when seconds are not zero; "+1d HH:MM" on the next day).
 *
 * @param epochSeconds a timestamp in seconds since the epoch
 * @returns the readable time
 * @example clockTime(dayStart + 10 * 3600 + 5 * 60); // "10:05"
 */
export function clockTime(epochSeconds: number): string {
  const offset = epochSeconds - dayStart;
  const days = Math.floor(offset / 86400);
  const within = offset - days * 86400;
  const pad = (n: number) => String(n).padStart(2, "0");
  const hours = Math.floor(within / 3600);
  const minutes = Math.floor((within % 3600) / 60);
  const seconds = within % 60;
  const time = `${pad(hours)}:${pad(minutes)}${seconds === 0 ? "" : `:${pad(seconds)}`}`;
  return days === 0 ? time : `${days > 0 ? "+" : ""}${days}d ${time}`;
}

/**
 * An epoch-seconds timestamp as "YYYY-MM-DD HH:MM" in UTC ("…:SS" when seconds are not zero).
 *
 * @param epochSeconds a timestamp in seconds since the epoch
 * @returns the readable date and time
 * @example dateTime(dayStart + 36000); // "2024-03-05 10:00"
 */
export function dateTime(epochSeconds: number): string {
  const iso = new Date(epochSeconds * 1000).toISOString();
  const seconds = iso.slice(17, 19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds === "00" ? "" : `:${seconds}`}`;
}
