const longDates = new Map<string, Intl.DateTimeFormat>();
const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/**
 * "December 4, 2024", in the given time zone (a post's `timezone` or the blog's), UTC by default:
 * never the build machine's, which would move a day from one machine to the next.
 */
export function formatDate(date: Date, timeZone = 'UTC'): string {
  let format = longDates.get(timeZone);
  if (!format) longDates.set(timeZone, (format = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone })));
  return format.format(date);
}

export const formatMonth = (month: number) => monthName.format(new Date(Date.UTC(2000, month - 1, 1)));
