// Dates are rendered by the server in UTC (so they read correctly without script); here they are shown in the
// reader's own time zone, with the UTC value kept in the title tooltip.
const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function localiseTimes(root) {
  for (const element of root.querySelectorAll('time[data-local][datetime]')) {
    const when = new Date(element.getAttribute('datetime'));
    if (!Number.isNaN(when.getTime())) {
      element.textContent = format.format(when);
    }
  }
}
