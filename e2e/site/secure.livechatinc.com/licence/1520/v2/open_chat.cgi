<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Chat</title>
<style>
  body { margin: 0; font: 14px Arial, sans-serif; }
  .lc-app { display: flex; flex-direction: column; height: 100vh; }
  .lc-header { padding: 10px; background: #6935d3; color: #fff; }
  .lc-chat-messages { flex: 1; overflow-y: auto; padding: 8px; }
  .lc-msg { margin: 6px 0; } .lc-msg--outgoing { text-align: right; } .lc-msg--system { text-align: center; color: #777; font-size: 12px; }
  .lc-msg__author, .lc-msg__time { font-size: 11px; color: #666; }
  .lc-footer { display: flex; gap: 6px; padding: 8px; } #lc-textarea { flex: 1; }
</style>
</head>
<body>
<!-- LiveChat's widget markup is not public: an invented replica, read by the generic finder. -->
<div class="lc-app">
  <div class="lc-header">Starling support</div>
  <div class="lc-chat-messages" id="lc-messages"></div>
  <div class="lc-footer"><textarea id="lc-textarea" placeholder="Write a message…"></textarea><button class="lc-send-button" aria-label="Send a message">➤</button></div>
</div>
<script src="/__kit/chat-kit.js"></script>
<script>
(function () {
  var el = FixtureKit.el;
  function render(m) {
    if (m.who === 'system') return el('div', { class: 'lc-msg lc-msg--system' }, [el('div', { class: 'lc-msg__text', text: m.text })]);
    return el('div', { class: 'lc-msg ' + (m.who === 'me' ? 'lc-msg--outgoing' : 'lc-msg--incoming') }, [
      m.name ? el('div', { class: 'lc-msg__author', text: m.name }) : null,
      el('div', { class: 'lc-msg__text', text: m.text }),
      el('div', { class: 'lc-msg__time', text: m.time }),
    ]);
  }
  FixtureKit.start({
    list: function () { return document.getElementById('lc-messages'); },
    render: render,
    composer: function () { return document.getElementById('lc-textarea'); },
    send: function () { return document.querySelector('.lc-send-button'); },
    sendWith: 'enter',
  });
})();
</script>
</body>
</html>
