// The explainer's host loader: <script src="https://EXPLAINER-SITE/embed.js" async></script>
// Sizes the page's explainer iframes from the heights they send (only from the explainer's
// origin, the very frame, sane heights; nothing received is evaluated); dispatches what readers
// do in them (explainer:choose, …) as events from the frame's element; and
// ExplainerEmbed.set({ theme: 'dark', lang: 'fr' }) sets every frame's theme or language live.
(() => {
  const script = document.currentScript;
  const origin = new URL(script ? script.src : location.href).origin;
  const frames = () =>
    [...document.getElementsByTagName('iframe')].filter((frame) => {
      try {
        return new URL(frame.src, location.href).origin === origin;
      } catch {
        return false;
      }
    });
  addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    const data = event.data;
    if (!frame || !data) return;
    // What a reader did: from the frame's element, with the explainer's fields alone.
    if (/^explainer:(choose|download|step)$/.test(data.type)) {
      const detail = {};
      for (const key of ['type', 'key', 'id', 'format', 'step', 'count']) {
        if (typeof data[key] === 'string' || Number.isInteger(data[key])) detail[key] = data[key];
      }
      return frame.dispatchEvent(new CustomEvent(data.type, { bubbles: true, detail }));
    }
    if (data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    const { height } = data;
    if (Number.isInteger(height) && height > 0 && height < 100000) frame.style.height = height + 'px';
  });
  // Ask each frame for its height (answered at once, even offscreen): now, for frames that
  // told it before this async script ran, and when a width that changes here may change theirs.
  const ask = () => {
    for (const frame of frames()) frame.contentWindow.postMessage({ type: 'explainer:height' }, origin);
  };
  ask();
  addEventListener('resize', ask);
  window.ExplainerEmbed = {
    set(options) {
      const message = { type: 'explainer:set' };
      for (const key of ['theme', 'lang']) if (typeof options[key] === 'string') message[key] = options[key];
      for (const frame of frames()) frame.contentWindow.postMessage(message, origin);
    },
  };
})();
