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
  // The explainer sites whose loader the page includes (one run each, however many snippets
  // include it): an in-page embed is fetched from these origins only. A module has no
  // currentScript: then every script of this name the page includes.
  const loaders = (window.explainerLoaders ||= new Set());
  const named = [...document.querySelectorAll('script[src]')].filter((s) => /\/embed\.js([?#]|$)/.test(s.src));
  const scripts = document.currentScript ? [document.currentScript] : named;
  if (!scripts.length) return;
  const origin = new URL(scripts[0].src).origin;
  if (loaders.has(origin)) return;
  for (const script of scripts) loaders.add(new URL(script.src).origin);
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
  // One for the page, whichever explainer sites it loads: each sets its frames and elements.
  const api = (window.ExplainerEmbed ||= { sites: [], set: (options) => api.sites.forEach((site) => site(options)) });
  api.sites.push((options) => {
    const message = { type: 'explainer:set' };
    for (const key of ['theme', 'lang']) if (typeof options[key] === 'string') message[key] = options[key];
    for (const frame of frames()) frame.contentWindow.postMessage(message, origin);
    for (const element of document.querySelectorAll('explainer-embed')) {
      if (new URL(element.getAttribute('src'), location.href).origin !== origin) continue;
      for (const key of ['theme', 'lang']) if (message[key]) element.setAttribute(key, message[key]);
    }
  });

  // In-page embeds. Each is fetched once for the page, however many embeds use it: an engine
  // and a stylesheet per build, as the embed page names them (so that a page and its engine
  // always belong to the same build).
  const ok = (response) => {
    if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
    if (!loaders.has(new URL(response.url).origin)) throw new Error(`${response.url}: not an explainer's`);
    return response;
  };
  const page = (url) =>
    fetch(url)
      .then(ok)
      .then((response) => response.text())
      // Its inline stylesheet is the page's own, not the shadow root's: the host's policy
      // would refuse it (and report it), so it is not even parsed.
      .then((text) => new DOMParser().parseFromString(text.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ''), 'text/html'));
  const turn = () => new Promise((next) => setTimeout(next));
  const once = new Map();
  const fetchOnce = (url, load) => {
    if (!once.has(url)) once.set(url, load().catch((error) => (once.delete(url), Promise.reject(error))));
    return once.get(url);
  };
  const engine = (js, wasm) =>
    fetchOnce(js, () =>
      import(js).then(async (bindings) => {
        await bindings.default({ module_or_path: wasm });
        return bindings;
      }),
    );
  const sheet = (css) =>
    fetchOnce(css, () =>
      fetch(css)
        .then(ok)
        .then((response) => response.text())
        .then((text) => {
          const style = new CSSStyleSheet();
          style.replaceSync(text);
          // Its width conditions, as the wrapper's attributes (`.ex-shadow[min-width-960]`).
          style.widths = [...style.cssRules].map((rule) => /\[min-width-(\d+)\]$/.exec(rule.selectorText)?.[1]).filter(Boolean);
          return style;
        }),
    );
  // A download link of the page's own files: cross-origin here, where the browser would follow
  // it rather than save it; fetched and saved instead.
  const save = (link) =>
    fetch(link.href)
      .then(ok)
      .then((response) => response.blob())
      .then((blob) => {
        const saved = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: link.download });
        saved.click();
        setTimeout(() => URL.revokeObjectURL(saved.href), 60000);
      });
  class ExplainerElement extends HTMLElement {
    static observedAttributes = ['src', 'lang'];
    // (Again if it was moved before its markup was in, which attaches the shadow root: that
    // run was given up.)
    connectedCallback() {
      if (!this.shadowRoot) this.show();
    }
    // A change once it has started (not the element's first attributes): shown again, and
    // any fetch still under way for the old ones is dropped.
    attributeChangedCallback(name, old, value) {
      if (this.run && old !== value) this.show();
    }
    // The embed page at `src` (from an explainer's origin only), in the language `lang` asks
    // for if it has one. Until it is in and started, what the element holds (the iframe) stays.
    async show() {
      const run = (this.run = (this.run || 0) + 1);
      try {
        let url = new URL(this.getAttribute('src') || '', location.href);
        if (!loaders.has(url.origin)) throw new Error(`${url.href} is from no explainer site this page loads`);
        let doc = await page(url);
        const lang = (this.getAttribute('lang') || '').toLowerCase();
        const links = [...doc.querySelectorAll('link[hreflang]')];
        const other =
          links.find((link) => link.hreflang.toLowerCase() === lang) ||
          links.find((link) => link.hreflang.toLowerCase() === lang.split('-')[0]);
        if (other) {
          url = new URL(other.getAttribute('href'), url);
          doc = await page(url);
        }
        const root = doc.getElementById('explainer');
        if (!root) throw new Error(`${url.href} holds no explainer`);
        const file = (name) => new URL(root.getAttribute(name) || '', url).href;
        const style = await sheet(file('data-shadow-style'));
        // A loader that runs before the host's page is parsed (a plain script in its head)
        // starts each element before its iframe is there: then it is looked for once the page
        // is whole.
        const own = () => [...this.children].find((child) => child.localName === 'iframe');
        if (!own() && document.readyState === 'loading') await new Promise((parsed) => document.addEventListener('DOMContentLoaded', parsed, { once: true }));
        // Embeds waiting on one stylesheet or one engine would all go on in a single task (one
        // long block of the host's main thread): each takes a turn of its own.
        await turn();
        if (run !== this.run || !this.isConnected) return;
        const frame = own() || this.frame;
        // The explainer's own markup: no script runs from it, and its addresses are the page's
        // (but a link within it, `#…`, which the engine follows).
        for (const script of root.querySelectorAll('script')) script.remove();
        for (const name of ['href', 'src', 'data-story']) {
          for (const element of [root, ...root.querySelectorAll(`[${name}]`)]) {
            const value = element.getAttribute(name);
            if (value !== null && !value.startsWith('#')) element.setAttribute(name, new URL(value, url).href);
          }
        }
        // A guest in the host's article: the host's are its main landmark and its h1; the
        // explainer's named parts are groups (not landmarks every embed would add).
        const rename = (element, tag) => {
          const renamed = document.createElement(tag);
          for (const { name, value } of element.attributes) renamed.setAttribute(name, value);
          renamed.append(...element.childNodes);
          element.replaceWith(renamed);
        };
        for (const main of root.querySelectorAll('main')) rename(main, 'div');
        for (const h1 of root.querySelectorAll('h1')) rename(h1, 'h2');
        for (const part of root.querySelectorAll('section[aria-label], section[aria-labelledby], [role=region]')) {
          part.setAttribute('role', 'group');
        }
        const wrap = document.createElement('div');
        wrap.className = 'ex-shadow';
        wrap.lang = doc.documentElement.lang;
        wrap.dir = doc.documentElement.dir || 'ltr';
        wrap.append(document.adoptNode(root));
        let shadow = this.shadowRoot;
        if (!shadow) {
          shadow = this.attachShadow({ mode: 'open' });
          shadow.addEventListener('click', (event) => {
            // (The engine, if it runs, has already kept a language link from leaving.)
            const link = event.target.closest('a[href]');
            if (!link) return;
            if (link.matches('a[hreflang]')) {
              event.preventDefault();
              this.setAttribute('lang', link.hreflang);
            } else if (link.hasAttribute('download') && !event.defaultPrevented) {
              event.preventDefault();
              save(link).catch((error) => console.warn('explainer-embed:', error));
            }
          });
        }
        shadow.adoptedStyleSheets = [style];
        shadow.replaceChildren(wrap);
        // rem, inside: the reader's font size (the wrapper's `medium`), not the host page's.
        wrap.style.setProperty('--ex-rem', getComputedStyle(wrap).fontSize);
        // Widths, inside: the host's column's, not its screen's.
        const fit = () => style.widths.forEach((width) => wrap.toggleAttribute(`min-width-${width}`, wrap.clientWidth >= width));
        fit();
        new ResizeObserver(fit).observe(wrap);
        // The chart is in, readable: the iframe it stood for goes, and its engine with it.
        if (frame) (this.frame = frame).remove();
        const story = fetch(file('data-story'))
          .then(ok)
          .then((response) => response.arrayBuffer());
        const bindings = await engine(file('data-engine'), file('data-engine-wasm'));
        const data = new Uint8Array(await story);
        await turn();
        if (run === this.run && !bindings.start_embed(root, data, url.href)) throw new Error('the story cannot be read');
      } catch (error) {
        // Whatever failed (no engine under a policy without 'wasm-unsafe-eval', a file
        // missing, a new `src` or `lang` that cannot be fetched), the latest run leaves the
        // element readable: a live chart it still shows stays; else the iframe taken away
        // comes back, where the explainer runs under its own policy; with none, the chart's
        // notices say it is not live.
        const shown = this.shadowRoot?.getElementById('explainer');
        const mend = run === this.run && !shown?.hasAttribute('data-live');
        if (mend && this.frame && !this.frame.isConnected) {
          this.shadowRoot.replaceChildren(document.createElement('slot'));
          this.append(this.frame);
        } else if (mend && shown && !this.frame) {
          for (const notice of shown.querySelectorAll('.ex-notice')) notice.hidden = false;
        }
        console.warn('explainer-embed:', error);
      }
    }
  }
  if (window.customElements && !customElements.get('explainer-embed')) {
    customElements.define('explainer-embed', ExplainerElement);
  }
})();
