<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>广发银行在线客服</title>
<style>
  body { margin: 0; font: 13px SimSun, "Noto Sans CJK SC", sans-serif; }
  #chatbox { display: flex; flex-direction: column; height: 100vh; }
  #titleBar { padding: 8px; background: #c8102e; color: #fff; }
  #msgArea { flex: 1; overflow-y: auto; padding: 8px; }
  .msgLine { margin: 6px 0; } .visitorMsg { color: #036; } .sysMsg { color: #888; text-align: center; }
  .operatorName, .visitorName, .msgTime { color: #999; font-size: 11px; margin-right: 4px; }
  #inputArea { display: flex; gap: 4px; padding: 6px; } #txtContent { flex: 1; }
</style>
</head>
<body>
<!-- Live800 客户端内部结构未公开：自拟的旧式结构（驼峰类名）。 -->
<div id="chatbox">
  <div id="titleBar">广发银行在线客服</div>
  <div id="msgArea" class="msgArea"></div>
  <div id="inputArea"><textarea id="txtContent" placeholder="请输入您要咨询的内容"></textarea><input type="button" id="btnSend" value="发送"></div>
</div>
<script src="/__kit/chat-kit.js"></script>
<script>
(function () {
  var el = FixtureKit.el;
  function render(m) {
    if (m.who === 'system') return el('div', { class: 'msgLine sysMsg', text: m.text });
    var visitor = m.who === 'me';
    return el('div', { class: 'msgLine ' + (visitor ? 'visitorMsg' : 'operatorMsg') }, [
      visitor ? null : el('span', { class: 'operatorName', text: m.name }),
      el('span', { class: 'msgTime', text: m.time }),
      el('div', { class: 'msgContent', text: m.text }),
    ]);
  }
  FixtureKit.start({
    list: function () { return document.getElementById('msgArea'); },
    render: render,
    composer: function () { return document.getElementById('txtContent'); },
    send: function () { return document.getElementById('btnSend'); },
    sendWith: 'click',
  });
})();
</script>
</body>
</html>
