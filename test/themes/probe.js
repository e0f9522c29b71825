// Runs in a theme page before Afterword: notes where the theme's own nodes sit, and every layout shift.
window.__probe = { shifts: [], before: new Map() };
for (const el of document.body.querySelectorAll('*')) {
  window.__probe.before.set(el, el.getBoundingClientRect().toJSON());
}
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__probe.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
}
