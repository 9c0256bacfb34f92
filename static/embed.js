// The explainer's host loader, for pages with no resize listener of their own:
//   <script src="https://EXPLAINER-SITE/embed.js" async></script>
// It sizes this page's explainer iframes from the heights they send, accepting messages only
// from the explainer's origin and from the very frame it resizes, and only sane heights. It
// evaluates nothing it receives. ExplainerEmbed.set({ theme: 'dark', lang: 'fr' }) pushes a
// theme ('light', 'dark', 'auto') or a language to every explainer frame, live.
(() => {
  const script = document.currentScript;
  const origin = new URL(script ? script.src : location.href).origin;
  const frames = () =>
    [...document.getElementsByTagName('iframe')].filter((frame) => {
      try {
        return new URL(frame.src, location.href).origin === origin;
      } catch (error) {
        return false;
      }
    });
  addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    const data = event.data;
    if (!frame || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    const height = data.height;
    if (Number.isInteger(height) && height > 0 && height < 100000) frame.style.height = height + 'px';
  });
  // Ask each frame for its height (it answers at once, even offscreen, where it gets no
  // rendering callbacks of its own): now, for frames that told it before this script ran (a
  // loader is often async, and a frame says its height once unless it changes), and whenever
  // a width that changes here may change theirs.
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
