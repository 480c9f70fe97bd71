// Times are rendered by the server in the reader's chosen zone with the zone written beside them (UTC unless the
// reader picked another on /settings/time-zone), so pages read right without script and are never silently
// re-zoned here. This module only helps on the settings form: it offers the browser's own zone as a one-click choice.
export function localiseTimes(root) {
  const form = root.querySelector('form[data-time-zone-form]');
  if (!form) {
    return;
  }
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const select = form.querySelector('select[name=zone]');
  const button = form.querySelector('button[data-browser-zone]');
  if (!zone || !select || !button || ![...select.options].some(o => o.value === zone)) {
    return;
  }
  button.textContent = `Use this browser's zone (${zone})`;
  button.hidden = false;
  button.addEventListener('click', () => {
    select.value = zone;
    form.requestSubmit();
  });
}
