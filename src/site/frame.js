// An embed's height, told to the page that frames it from the moment this page is parsed,
// whether the WebAssembly has started or not, on screen or not: in the four conventions newsroom
// pages listen for (pym.js with the child id its parent gave, Datawrapper's object keyed by the
// chart, AMP's, Medium/Embedly's). Offscreen cross-origin frames get no rendering callbacks in
// Chromium (no ResizeObserver, no requestAnimationFrame), so this relies on what still runs
// there: events, timers and messages. A height is measured by reading the document's own
// height, which lays the page out on demand. It is never sent twice in a row unless asked.
const reportHeight = (() => {
  const root = document.querySelector('[data-view]');
  const view = root ? root.getAttribute('data-view') : 'full';
  if (window.parent === window || view === 'full') return () => {};
  // The name hosts know this embed by, unique across the site's explainers (`logement.region`).
  const chartKey = (root && root.getAttribute('data-key')) || 'explainer';
  const asked = new URLSearchParams(location.search).get('childId');
  const childId = asked && /^[A-Za-z0-9_-]{1,64}$/.test(asked) ? asked : null;
  let last = 0;
  const send = (force) => {
    const height = document.documentElement.offsetHeight;
    if (!height || (height === last && !force)) return;
    last = height;
    const messages = [
      { 'datawrapper-height': { [chartKey]: height } },
      { sentinel: 'amp', type: 'embed-size', height },
      JSON.stringify({ src: location.href, context: 'iframe.resize', height }),
    ];
    if (childId) messages.unshift(`pymxPYMx${childId}xPYMxheightxPYMx${height}`);
    for (const message of messages) window.parent.postMessage(message, '*');
  };
  // The parent asks: pym.js tells its width (answered with the height), and the explainer's
  // own request, `{ type: 'explainer:height' }`, which `embed.js` sends when its page resizes.
  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const data = event.data;
    const pymWidth = childId && typeof data === 'string' && data.startsWith(`pymxPYMx${childId}xPYMxwidthxPYMx`);
    const request = data && typeof data === 'object' && (data.type === 'explainer:height' || data.type === 'explainer:set');
    if (pymWidth || request) send(true);
  });
  addEventListener('DOMContentLoaded', () => send(false));
  addEventListener('load', () => send(false));
  addEventListener('resize', () => send(false));
  addEventListener('pageshow', () => send(true));
  document.addEventListener('visibilitychange', () => send(true));
  if (document.fonts) document.fonts.ready.then(() => send(false));
  if (window.ResizeObserver) new ResizeObserver(() => send(false)).observe(document.documentElement);
  // Timers still run where rendering does not: often at first, while fonts, styles and the
  // WebAssembly settle, then now and then, for a width that changed while offscreen.
  // A width that changed there is told to the page as `resize`, so that its graphics are laid
  // out again at once (the WebAssembly listens).
  let checks = 0;
  let width = document.documentElement.clientWidth;
  const check = () => {
    if (document.documentElement.clientWidth !== width) {
      width = document.documentElement.clientWidth;
      dispatchEvent(new Event('resize'));
    }
    send(false);
    checks += 1;
    setTimeout(check, checks < 20 ? 150 : 1000);
  };
  check();
  return send;
})();
