// Runs in a theme page before Afterword: notes where the theme's own nodes sit, and every layout
// shift, with whether it moved anything of the theme's that stands above the widgets.
window.__probe = { shifts: [], before: new Map() };
for (const el of document.body.querySelectorAll('*')) {
  window.__probe.before.set(el, el.getBoundingClientRect().toJSON());
}
const WIDGETS =
  'afterword-share, afterword-support:not([mode="banner"]), afterword-feedback, afterword-author, afterword-more';
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  new PerformanceObserver((list) => {
    const first = document.querySelector(WIDGETS);
    for (const entry of list.getEntries()) {
      const above = entry.sources.some(
        (s) =>
          s.node &&
          first &&
          s.node !== first &&
          !s.node.contains?.(first) &&
          s.node.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      window.__probe.shifts.push({ value: entry.value, above });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
