// The script a generated page runs: mounts the chat widget (in the page, a shadow root or a frame's document),
// plays the bot's and agent's lines over time, and waits for the customer's lines, which the test types into the
// page's composer and sends with Enter or the send button. It is serialised into the page with its config
// (String(pageRuntime)), so it must stay self-contained: no imports, no outer names.

/** @param {any} cfg */
export function pageRuntime(cfg) {
  const state = { done: false, waiting: /** @type {string|null} */ (null), error: /** @type {string|null} */ (null), sent: /** @type {string[]} */ ([]) };
  const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
  const fromHtml = (/** @type {string} */ html) => {
    const t = document.createElement('template');
    t.innerHTML = html;
    return /** @type {Element} */ (t.content.firstElementChild);
  };
  const norm = (/** @type {string} */ s) => s.replace(/\s+/g, ' ').trim();

  const mount = /** @type {Element} */ (document.getElementById(cfg.mountId));
  mount.removeAttribute('id');
  /** @type {Document | ShadowRoot} */
  let root = document;
  if (cfg.shadow) {
    const host = document.createElement(cfg.tag);
    mount.replaceWith(host);
    // A closed root is reachable only through this reference (and the browser's privileged APIs).
    const shadow = host.attachShadow({ mode: cfg.shadow });
    shadow.innerHTML = `<style>${cfg.css}</style>${cfg.widget}`;
    root = shadow;
  } else {
    const style = document.createElement('style');
    style.textContent = cfg.css;
    document.head.appendChild(style);
    mount.replaceWith(fromHtml(cfg.widget));
  }
  const ref = (/** @type {string} */ name) => {
    const el = root.querySelector(`[data-r="${name}"]`);
    if (el) el.removeAttribute('data-r');
    return /** @type {HTMLElement | null} */ (el);
  };
  const list = /** @type {HTMLElement} */ (ref('list'));
  const composer = /** @type {HTMLElement} */ (ref('composer'));
  const sendButton = ref('send');
  const scroller = /** @type {HTMLElement} */ (list.parentElement);

  const isEditable = composer.getAttribute('contenteditable') !== null;
  const readValue = () => (isEditable ? composer.textContent : /** @type {HTMLInputElement} */ (composer).value) ?? '';
  const clear = () => {
    if (isEditable) composer.textContent = '';
    else /** @type {HTMLInputElement} */ (composer).value = '';
    composer.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };

  /** @type {string[]} */
  const history = [];
  const place = (/** @type {string} */ html) => {
    history.push(html);
    if (cfg.list === 'rerender') {
      // A React-like full replace: every row is a new node on every message.
      list.replaceChildren(...history.map(fromHtml));
    } else if ((cfg.list === 'virtual' || cfg.list === 'recycle') && list.children.length >= cfg.window) {
      const first = /** @type {HTMLElement} */ (list.firstElementChild);
      cfg.spacer += first.offsetHeight;
      list.style.paddingTop = `${cfg.spacer}px`;
      if (cfg.list === 'recycle') {
        // The oldest row's node is reused for the newest message.
        const fresh = fromHtml(html);
        for (const a of Array.from(first.attributes)) first.removeAttribute(a.name);
        for (const a of Array.from(fresh.attributes)) first.setAttribute(a.name, a.value);
        first.replaceChildren(...Array.from(fresh.childNodes));
        list.appendChild(first);
      } else {
        first.remove();
        list.appendChild(fromHtml(html));
      }
    } else {
      list.appendChild(fromHtml(html));
    }
    scroller.scrollTop = scroller.scrollHeight;
  };

  /** @type {((text: string) => void) | null} */
  let waiter = null;
  const onSend = () => {
    const text = readValue().trim();
    if (!text) return;
    clear();
    state.sent.push(text);
    if (waiter) {
      const w = waiter;
      waiter = null;
      w(text);
    }
  };
  composer.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      onSend();
    }
  });
  if (sendButton) sendButton.addEventListener('click', (e) => {
    e.preventDefault();
    onSend();
  });

  async function play() {
    await sleep(cfg.startMs);
    for (const step of cfg.steps) {
      if (step.kind === 'me') {
        const typed = await new Promise((resolve) => {
          waiter = resolve;
          state.waiting = step.text;
        });
        state.waiting = null;
        if (norm(String(typed)) !== norm(step.text)) state.error = `typed "${typed}" where the script says "${step.text}"`;
        await sleep(cfg.echoMs);
        place(step.html);
      } else if (step.kind === 'message') {
        if (cfg.typingHtml && step.typing) {
          const typing = fromHtml(cfg.typingHtml);
          list.appendChild(typing);
          scroller.scrollTop = scroller.scrollHeight;
          await sleep(step.delay);
          typing.remove();
        } else {
          await sleep(step.delay);
        }
        place(step.html);
      } else {
        await sleep(10);
        place(step.html);
      }
    }
    state.done = true;
  }

  /** @type {any} */ (window).skinChat = {
    get done() { return state.done; },
    get waiting() { return state.waiting; },
    get error() { return state.error; },
    get sent() { return state.sent.slice(); },
    sendWith: cfg.sendWith,
    composer: () => composer,
    sendButton: () => sendButton,
  };
  play().catch((e) => {
    state.error = String(e);
  });
}
