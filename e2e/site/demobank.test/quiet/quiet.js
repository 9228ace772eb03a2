/* A chat in which only the bank's side writes, for the test that recording is real when the person only reads. */
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var variant = params.get('variant') || 'late';
  var step = Number(params.get('step') || 250);
  var LINES = [
    ['bot', '智能助手', '您好，欢迎使用示范银行在线客服，人工客服正在为您接入。'],
    ['notice', '', '人工客服 王敏 已接入会话'],
    ['agent', '王敏', '您好，我是信用卡中心客服王敏，工号 6102。'],
    ['agent', '王敏', '系统显示您的账单已逾期38天，欠款合计 ¥18,640.00。'],
    ['agent', '王敏', '我们可以为您申请分12期，每期手续费率0.65%，请问您是否需要？'],
    ['agent', '王敏', '方案已为您备注，受理编号 QX20261204017，本次会话即将结束。'],
    ['notice', '', '本次会话已结束'],
  ];
  var widget, list;
  var shown = [];
  window.quietChat = { done: false, expected: LINES.map(function (l) { return { role: l[0] === 'notice' ? 'system' : l[0], text: l[2] }; }), shown: shown };

  // 'pseudo': every bubble's words are drawn by CSS from an attribute, so the page holds no message text at all.
  // A person reads it fine; Parley cannot, and must say so instead of claiming to record it.
  var pseudo = variant === 'pseudo';
  if (pseudo) {
    var style = document.createElement('style');
    style.textContent = '.kf-bubble[data-t]::before { content: attr(data-t); }';
    document.head.appendChild(style);
  }

  function row(line) {
    if (pseudo) {
      var p = document.createElement('div'); p.className = 'kf-row kf-row--' + (line[0] === 'notice' ? 'agent' : line[0]);
      var b = document.createElement('div'); b.className = 'kf-bubble'; b.setAttribute('data-t', line[2]);
      var tm = document.createElement('span'); tm.className = 'kf-time'; tm.textContent = '10:0' + (shown.length % 10);
      p.appendChild(b); p.appendChild(tm);
      return p;
    }
    if (line[0] === 'notice') {
      var n = document.createElement('div'); n.className = 'kf-notice'; n.textContent = line[2]; return n;
    }
    var r = document.createElement('div'); r.className = 'kf-row kf-row--' + line[0];
    var main = document.createElement('div'); main.className = 'kf-main';
    var meta = document.createElement('div'); meta.className = 'kf-meta';
    var name = document.createElement('span'); name.className = 'kf-name'; name.textContent = line[1]; meta.appendChild(name);
    var bubble = document.createElement('div'); bubble.className = 'kf-bubble'; bubble.textContent = line[2];
    main.appendChild(meta); main.appendChild(bubble); r.appendChild(main);
    return r;
  }

  function buildWidget() {
    widget = document.createElement('aside'); widget.className = 'kf-widget'; widget.setAttribute('aria-label', '在线客服');
    widget.innerHTML = '<div class="kf-header"><div><div class="kf-title">在线客服</div><div class="kf-subtitle">工作时间 8:00-22:00</div></div></div>' +
      '<div class="kf-body"><div class="kf-msg-list"></div></div>' +
      '<form class="kf-composer"><textarea rows="2" placeholder="请输入您的问题"></textarea><button type="submit" class="kf-send">发送</button></form>';
    var input = widget.querySelector('textarea');
    function send() {
      var text = input.value.trim();
      if (!text) return;
      list.appendChild(row(['me', '', text])); shown.push(['me', '', text]);
      input.value = '';
    }
    widget.querySelector('form').addEventListener('submit', function (e) { e.preventDefault(); send(); });
    input.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); send(); } });
    document.body.appendChild(widget);
    list = widget.querySelector('.kf-msg-list');
  }

  function addDecoys() {
    var faq = document.createElement('section');
    faq.innerHTML = '<h2>常见问题</h2><ul class="faq">' + [
      '如何申请账单分期？可在手机银行“信用卡-分期”中办理。',
      '逾期后多久会上报征信？请以账单和短信提醒为准。',
      '最低还款额如何计算？包括本金的一定比例与各项费用。',
      '个性化分期需要准备哪些材料？一般包括收入证明与困难说明。',
      '如何修改账单日？每年可修改一次。',
    ].map(function (q) { return '<li><p>' + q + '</p><small>阅读 1,2' + q.length + ' 次</small></li>'; }).join('') + '</ul>';
    document.getElementById('main').appendChild(faq);
    var news = document.createElement('ul'); news.className = 'news';
    document.getElementById('main').appendChild(news);
    // The news ticker grows while the chat does: growth alone must not make it the transcript.
    var n = 0;
    var timer = setInterval(function () {
      n += 1;
      var li = document.createElement('li'); li.innerHTML = '<p>示范银行公告第' + n + '号：系统将于周日凌晨维护两小时，届时部分服务暂停。</p>';
      news.appendChild(li);
      if (n >= 8) clearInterval(timer);
    }, step);
  }

  function say(i) {
    if (i >= LINES.length) { window.quietChat.done = true; return; }
    if (variant === 'replaced' && i === 3) {
      // An SPA remount: a new list element with the same rows replaces the old one.
      var fresh = document.createElement('div'); fresh.className = 'kf-msg-list';
      shown.forEach(function (l) { fresh.appendChild(row(l)); });
      list.replaceWith(fresh); list = fresh;
    }
    list.appendChild(row(LINES[i])); shown.push(LINES[i]);
    // 'first-pause': the greeting comes at once, then nothing for longer than Parley holds an unconfirmed find.
    setTimeout(function () { say(i + 1); }, variant === 'first-pause' && i === 0 ? Number(params.get('pause') || 9500) : step);
  }

  if (variant === 'decoy') addDecoys();
  if (variant === 'widget-late') {
    setTimeout(function () { buildWidget(); setTimeout(function () { say(0); }, step); }, 4 * step);
  } else {
    buildWidget();
    setTimeout(function () { say(0); }, variant === 'late' ? 6 * step : Number(params.get('first') || step));
  }
})();
