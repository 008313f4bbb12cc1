/** Times as people read them, always saying UTC: "27 Nov 2026, 12:00 UTC". */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** An ISO-8601 UTC date-time in words; the text as given when it is not one. */
export function timeInWords(isoDateTime: string): string {
  const match = ISO_DATE_TIME.exec(isoDateTime);
  if (match === null) return isoDateTime;
  const month = MONTHS[Number(match[2]) - 1];
  if (month === undefined) return isoDateTime;
  return `${Number(match[3])} ${month} ${match[1]}, ${match[4]}:${match[5]} UTC`;
}
