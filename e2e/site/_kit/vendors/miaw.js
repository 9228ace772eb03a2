/* Salesforce Messaging for In-App and Web, as a tree of web components (research §2.3): a broker whose shadow root
   holds the layout, whose shadow root holds the conversation log and composer; each message is a custom element with
   its own shadow root. ?closed=1 makes every root closed, so only chrome.dom.openOrClosedShadowRoot can read it. */
(function () {
  'use strict';
  var mode = new URLSearchParams(location.search).get('closed') ? 'closed' : 'open';
  var el = FixtureKit.el;
  var refs = {};

  function attach(host, children, css) {
    var root = host.attachShadow({ mode: mode });
    if (css) { var style = document.createElement('style'); style.textContent = css; root.appendChild(style); }
    children.forEach(function (c) { root.appendChild(c); });
    return root;
  }

  function define(name) {
    if (!customElements.get(name)) customElements.define(name, class extends HTMLElement {});
  }
  ['runtime_copilot-cwc-broker', 'cwc-layout', 'cwc-message', 'cwc-system-message', 'cwc-composer'].forEach(define);

  var broker = document.createElement('runtime_copilot-cwc-broker');
  var layout = document.createElement('cwc-layout');
  layout.className = 'cwc-layout';
  refs.log = el('div', { class: 'cwc-conversation-body', role: 'log', 'aria-label': 'Conversation' });
  var composer = document.createElement('cwc-composer');
  refs.input = el('div', { role: 'textbox', contenteditable: 'true', 'aria-label': 'Type your message...', class: 'cwc-input' });
  refs.send = el('button', { 'aria-label': 'Send message', class: 'cwc-send' }, ['➤']);
  attach(composer, [refs.input, refs.send], '.cwc-input{min-height:40px;border:1px solid #ccc;padding:6px} :host{display:flex;gap:6px;padding:8px}');
  attach(layout, [el('header', { class: 'cwc-header', text: document.title }), refs.log, composer],
    ':host{display:flex;flex-direction:column;height:100vh} .cwc-conversation-body{flex:1;overflow-y:auto;padding:8px}');
  attach(broker, [layout]);
  document.body.appendChild(broker);

  function message(m) {
    if (m.who === 'system') {
      var sys = document.createElement('cwc-system-message');
      sys.className = 'cwc-system-message';
      attach(sys, [el('div', { class: 'cwc-message-text', text: m.text })], ':host{display:block;text-align:center;color:#666}');
      return sys;
    }
    var msg = document.createElement('cwc-message');
    msg.className = 'cwc-message ' + (m.who === 'me' ? 'cwc-outbound-message' : 'cwc-inbound-message');
    var parts = [];
    if (m.name) parts.push(el('div', { class: 'cwc-message-sender', text: m.name }));
    parts.push(el('div', { class: 'cwc-message-text' }, [el('span', { class: 'slds-assistive-text', text: m.who === 'me' ? 'You said' : 'Agent said' }), m.text]));
    if (m.time) parts.push(el('span', { class: 'cwc-message-timestamp', text: m.time }));
    attach(msg, parts, ':host{display:block;margin:6px 0} .slds-assistive-text{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}');
    return msg;
  }

  FixtureKit.start({
    list: function () { return refs.log; },
    render: message,
    composer: function () { return refs.input; },
    send: function () { return refs.send; },
    sendWith: 'click',
  });
})();
