// The explainer's host loader: <script src="https://EXPLAINER-SITE/embed.js" async></script>
// (or type="module"). It does two things for the page that includes it.
// In-page embeds: <explainer-embed src="https://EXPLAINER-SITE/…/embed/…/"> (around the iframe
// it stands for) shows the embed page's markup in the element's shadow root, with the
// explainer's stylesheet for shadow roots, brought to life by one engine for the whole page.
// Iframes: sizes the page's explainer iframes from the heights they send (only from the
// explainer's origin, the very frame, sane heights; nothing received is evaluated), and
// dispatches what readers do in them (explainer:choose, …) as events from the frame's element.
// ExplainerEmbed.set({ theme: 'dark', lang: 'fr' }) sets every frame's theme or language live.
(() => {
  // A module has no currentScript: then the page's script of this name.
  const script =
    document.currentScript || [...document.querySelectorAll('script[src]')].find((s) => /\/embed\.js([?#]|$)/.test(s.src));
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

  // The files an in-page embed needs, as this build named them (pre-rendering fills them in).
  const files = { js: '%ENGINE_JS%', wasm: '%ENGINE_WASM%', css: '%SHADOW_CSS%' };
  const at = (path) => new URL(path, origin).href;
  const ok = (response) => {
    if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
    return response;
  };
  const page = (url) =>
    fetch(url)
      .then(ok)
      .then((response) => response.text())
      // Its inline stylesheet is the page's own, not the shadow root's: the host's policy
      // would refuse it (and report it), so it is not even parsed.
      .then((text) => new DOMParser().parseFromString(text.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ''), 'text/html'));
  // Each is fetched once for the page, however many embeds it holds: one engine, one stylesheet.
  let engine, sheet;
  const theEngine = () =>
    (engine ||= import(at(files.js)).then(async (bindings) => {
      await bindings.default({ module_or_path: at(files.wasm) });
      return bindings;
    }));
  const theSheet = () =>
    (sheet ||= fetch(at(files.css))
      .then(ok)
      .then((response) => response.text())
      .then((text) => {
        const style = new CSSStyleSheet();
        style.replaceSync(text);
        return style;
      }));
  class ExplainerElement extends HTMLElement {
    static observedAttributes = ['src', 'lang'];
    connectedCallback() {
      if (!this.shown) this.show();
    }
    // A change once it has started (not the element's first attributes): shown again, and
    // any fetch still under way for the old ones is dropped.
    attributeChangedCallback() {
      if (this.run) this.show();
    }
    // The embed page at `src` (from the explainer's origin only), in the language `lang` asks
    // for if it has one. Until its markup is in, what the element holds (the iframe) stays.
    async show() {
      const run = (this.run = (this.run || 0) + 1);
      try {
        let url = new URL(this.getAttribute('src') || '', location.href);
        if (url.origin !== origin) throw new Error(`${url.href} is not from ${origin}`);
        const [style, first] = await Promise.all([theSheet(), page(url)]);
        let doc = first;
        const lang = this.getAttribute('lang');
        const other = [...doc.querySelectorAll('link[hreflang]')].find((link) => link.hreflang === lang);
        if (other) {
          url = new URL(other.getAttribute('href'), url);
          doc = await page(url);
        }
        const root = doc.getElementById('explainer');
        if (run !== this.run) return;
        if (!root) throw new Error(`${url.href} holds no explainer`);
        // The explainer's own markup: no script runs from it, and its addresses are the page's.
        for (const script of root.querySelectorAll('script')) script.remove();
        for (const name of ['href', 'src', 'data-story']) {
          for (const element of [root, ...root.querySelectorAll(`[${name}]`)]) {
            if (!element.hasAttribute(name)) continue;
            element.setAttribute(name, new URL(element.getAttribute(name), url).href);
          }
        }
        // A guest in the host's article: the page's main landmark is the host's, and its own
        // named parts are groups (not landmarks that every embed would add to the host's).
        for (const main of root.querySelectorAll('main')) {
          const block = document.createElement('div');
          for (const { name, value } of main.attributes) block.setAttribute(name, value);
          block.append(...main.childNodes);
          main.replaceWith(block);
        }
        for (const part of root.querySelectorAll('section[aria-label], section[aria-labelledby]')) {
          part.setAttribute('role', 'group');
        }
        const wrap = document.createElement('div');
        wrap.className = 'ex-shadow';
        wrap.lang = doc.documentElement.lang;
        wrap.dir = doc.documentElement.dir || 'ltr';
        wrap.append(document.adoptNode(root));
        const shadow = this.shadowRoot || this.attachShadow({ mode: 'open' });
        shadow.adoptedStyleSheets = [style];
        shadow.replaceChildren(wrap);
        // rem, inside: the reader's font size (the wrapper's `medium`), not the host page's.
        wrap.style.setProperty('--ex-rem', getComputedStyle(wrap).fontSize);
        this.shown = true;
        // The chart is in: the iframe it stood for goes, and its engine with it.
        for (const child of [...this.children]) if (child.localName === 'iframe') child.remove();
        try {
          const story = fetch(root.getAttribute('data-story'))
            .then(ok)
            .then((response) => response.arrayBuffer());
          const bindings = await theEngine();
          const data = new Uint8Array(await story);
          if (run === this.run && !bindings.start_embed(root, data, url.href)) throw new Error('the story cannot be read');
        } catch (error) {
          for (const notice of root.querySelectorAll('.ex-notice')) notice.hidden = false;
          throw error;
        }
      } catch (error) {
        console.warn('explainer-embed:', error);
      }
    }
  }
  if (window.customElements && !customElements.get('explainer-embed')) {
    customElements.define('explainer-embed', ExplainerElement);
  }
})();
