// The newsroom's own analytics, as the README shows them: the explainer's events, from the
// element (an in-page embed) or the iframe (through the loader) they happened in.
window.told = [];
for (const type of ['explainer:choose', 'explainer:download', 'explainer:step']) {
  document.addEventListener(type, (event) => {
    window.told.push({ type: event.type, from: event.target.localName, detail: event.detail });
  });
}

// The host's own layout shift, for the tests.
window.hostShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.hostShift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
