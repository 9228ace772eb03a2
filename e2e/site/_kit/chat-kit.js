/* Fixture kit: plays a scripted support conversation inside a fixture's own chat markup, the way the vendor's
   client would — agent lines appear after a short delay, customer lines are typed into the composer and sent with
   Enter or the send button, and the script can re-render, virtualize, edit or navigate. Every fixture page renders
   its own vendor-like markup (written from the research signatures); this file only drives it. It knows nothing of
   Parley. Served under /__kit/ on every fixture host. */
(function () {
  'use strict';

  var pendingScript = null;

  /** Called by /__kit/scripts/<name>.js: the conversation and what the chat displays beside each message. */
  function script(steps, options) {
    pendingScript = { steps: steps, options: options || {} };
  }

  function loadScript(name) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = '/__kit/scripts/' + encodeURIComponent(name) + '.js';
      tag.onload = function () { resolve(pendingScript); };
      tag.onerror = function () { reject(new Error('no fixture script ' + name)); };
      (document.head || document.documentElement).appendChild(tag);
    });
  }

  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

  function whoOf(step) {
    var roles = ['agent', 'bot', 'system', 'me'];
    for (var i = 0; i < roles.length; i++) if (Object.prototype.hasOwnProperty.call(step, roles[i])) return roles[i];
    return null;
  }

  /** What a message shows: the name and time only where this chat displays them (the options of the script). */
  function shown(step, options) {
    var who = whoOf(step);
    var names = options.names || 'others';
    var m = { who: who, text: step[who], card: step.card || null, raw: step };
    var showName = who !== 'system' && (names === 'all' || (names === 'others' && who !== 'me'));
    if (showName) m.name = who === 'me' ? (options.customerName || 'You') : step.name;
    if (options.times !== false && who !== 'system' && step.time !== null) m.time = step.time || options.defaultTime;
    return m;
  }

  function setValue(el, text) {
    if (el.isContentEditable || el.getAttribute('contenteditable') !== null) {
      el.textContent = text;
    } else {
      var proto = Object.getPrototypeOf(el);
      var desc = Object.getOwnPropertyDescriptor(proto, 'value');
      if (desc && desc.set) desc.set.call(el, text); else el.value = text;
    }
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  function readValue(el) {
    return (el.isContentEditable || el.getAttribute('contenteditable') !== null ? el.textContent : el.value) || '';
  }

  /**
   * config: { list(): Element, render(m): Node, renderDivider?(text): Node, renderTyping?(): Node, composer(): Element,
   *   send?(): Element, sendWith: 'enter'|'click', delay?: ms, script?: name, mount?(): void (re-creates the list) }
   */
  function start(config) {
    var params = new URLSearchParams(location.search);
    var name = config.script || params.get('script');
    var delay = config.delay || 70;
    var history = [];
    var nodes = [];
    var state = { done: false, step: 0, sent: [] };
    var waitingForSend = null;

    function append(m) {
      var node = config.render(m);
      history.push(m);
      nodes.push(node);
      config.list().appendChild(node);
      var scroller = config.list().parentElement;
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
      return node;
    }

    function rerender() {
      var list = config.list();
      while (list.firstChild) list.removeChild(list.firstChild);
      nodes = history.map(function (m) { var n = config.render(m); list.appendChild(n); return n; });
    }

    function onSend() {
      var composer = config.composer();
      var text = readValue(composer).trim();
      if (!text) return;
      setValue(composer, '');
      state.sent.push(text);
      if (waitingForSend) { var w = waitingForSend; waitingForSend = null; w(text); }
    }

    function wire() {
      var composer = config.composer();
      composer.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); onSend(); }
      });
      var button = config.send && config.send();
      if (button) button.addEventListener('click', function (e) { e.preventDefault(); onSend(); });
    }

    async function customerSays(step, options) {
      var composer = config.composer();
      var sent = new Promise(function (resolve) { waitingForSend = resolve; });
      composer.focus();
      setValue(composer, step.me);
      await sleep(20);
      if (config.sendWith === 'click' && config.send) config.send().click();
      else composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, composed: true, cancelable: true }));
      await sent;
      append(shown(step, options));
    }

    async function play(script) {
      var steps = script.steps;
      var options = script.options;
      for (var i = 0; i < steps.length; i++) {
        state.step = i;
        var step = steps[i];
        var who = whoOf(step);
        if (who === 'me') { await customerSays(step, options); await sleep(delay); continue; }
        if (who) {
          if (config.renderTyping && who !== 'system' && options.typing !== false) {
            var typing = config.renderTyping();
            config.list().appendChild(typing);
            await sleep(delay);
            typing.remove();
          } else await sleep(delay);
          append(shown(step, options));
          continue;
        }
        // Give the page (and anyone reading it) a moment between a message and whatever happens to it next.
        await sleep(delay);
        switch (step.do) {
          case 'rerender': rerender(); break;
          case 'trim': nodes.slice(0, Math.max(0, nodes.length - step.keep)).forEach(function (n) { n.remove(); }); nodes = nodes.slice(-step.keep); break;
          case 'edit': {
            var at = step.at < 0 ? history.length + step.at : step.at;
            history[at] = Object.assign({}, history[at], { text: step.text });
            var fresh = config.render(history[at]);
            var old = nodes[at];
            if (config.editInPlace) config.editInPlace(old, step.text); else if (old && old.parentNode) { old.parentNode.replaceChild(fresh, old); nodes[at] = fresh; }
            break;
          }
          case 'navigate': window.history.pushState({}, '', step.to); if (config.mount) { config.mount(); wire(); } rerender(); break;
          case 'divider': if (config.renderDivider) config.list().appendChild(config.renderDivider(step.text)); break;
          case 'wait': await sleep(step.ms); break;
          default: break;
        }
        await sleep(delay);
      }
      state.done = true;
    }

    wire();
    window.fixtureChat = {
      get done() { return state.done; },
      get step() { return state.step; },
      composerText: function () { return readValue(config.composer()); },
      count: function () { return history.length; },
      rerender: rerender,
    };
    var ready = name ? loadScript(name) : Promise.resolve(pendingScript);
    ready.then(function (s) { return sleep(config.startDelay || 150).then(function () { return play(s); }); }).catch(function (e) {
      window.fixtureChat.error = String(e);
    });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'class') node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  window.FixtureKit = { script: script, start: start, el: el, shown: shown };
})();
