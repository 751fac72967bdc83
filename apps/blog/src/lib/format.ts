const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/** "December 4, 2024". Dates are UTC throughout, so the build machine's zone never moves a day. */
export const formatDate = (date: Date) => longDate.format(date);

export const formatMonth = (month: number) => monthName.format(new Date(Date.UTC(2000, month - 1, 1)));
