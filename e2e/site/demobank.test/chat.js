/* Demo Bank's in-house support chat: a scripted agent that negotiates a repayment plan with whoever types.
   It is deliberately plain page code with no knowledge of Parley. All figures are fictional. */
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var lang = params.get('lang') === 'en' ? 'en' : 'zh';
  var fast = params.get('speed') === 'fast';
  // A test-only mode in which the "agent" behaves like a fraudster, to exercise Parley's red-flag warning.
  var scam = params.get('scam') === '1';

  var BALANCE = 3248000, PRINCIPAL = 2860000, INTEREST = 286000, LATE_FEE = 102000; // fen
  function yuan(fen) { return '¥' + (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }); }
  // Chinese card instalments: principal split evenly, flat fee on the original amount each period.
  function monthly(base, periods, rate) { return Math.round(base / periods) + Math.round(base * rate); }
  var OFFER1 = { base: BALANCE, periods: 24, rate: 0.0075 };
  var OFFER2 = { base: BALANCE - LATE_FEE, periods: 36, rate: 0.006 };
  OFFER1.pay = monthly(OFFER1.base, OFFER1.periods, OFFER1.rate);
  OFFER2.pay = monthly(OFFER2.base, OFFER2.periods, OFFER2.rate);

  var T = {
    zh: {
      title: '示范银行 信用卡中心 · 在线客服', bankName: '示范银行', bankSub: '信用卡中心', navHome: '首页', navCards: '信用卡', navRepay: '还款', navHelp: '帮助中心',
      heroTitle: '遇到还款困难？先和我们谈谈', heroBody: '如果暂时无法按期还款，您可以通过在线客服申请分期或协商还款方案。本页面为本地演示站点，所有数据均为虚构。',
      factBalance: '当前账单总额', factDays: '逾期天数', factDue: '下一个账单日', kfTitle: '在线客服', kfSub: '信用卡中心 · 工作时间 8:00-22:00', kfOnline: '在线',
      typing: '对方正在输入…', placeholder: '请输入您的问题，Enter 发送', send: '发送', switchTo: 'English', switchHref: '?lang=en',
      botName: '智能助手小示', agentName: '李娜', agentSr: '客服说：', meSr: '我说：', avatarAlt: '客服头像',
      quick: ['转人工', '如何申请分期', '还款方式'],
      botHello: '您好，我是示范银行智能助手小示。请问您需要办理什么业务？如需人工服务，请输入「转人工」。',
      botFallback: '抱歉，这个问题我暂时无法回答。您可以输入「转人工」联系人工客服。',
      transferring: '正在为您转接人工客服，请稍候…', connected: '人工客服 李娜 已接入会话',
      greet: '您好，我是示范银行信用卡中心客服李娜，工号 8823，很高兴为您服务。',
      verify: '为了核实您的身份，请提供持卡人姓名和身份证号码后四位。',
      scamVerify: '为了给您办理停息挂账，请把刚收到的短信验证码发给我，并下载屏幕共享软件方便我远程帮您操作。',
      breakdown: '身份已核实，谢谢您。系统显示您的信用卡已逾期45天，当前欠款合计 ' + yuan(BALANCE) + '，其中本金 ' + yuan(PRINCIPAL) + '，利息 ' + yuan(INTEREST) + '，违约金 ' + yuan(LATE_FEE) + '。请问是什么原因暂时无法按时还款呢？',
      offer1: '非常理解您的处境。根据您的情况，我们可以为您申请账单分期：分24期，每期手续费率0.75%，每月还款约 ' + yuan(OFFER1.pay) + '。您看这个方案可以接受吗？',
      offer2: '我帮您向主管申请了一下。可以为您调整为个性化分期：分36期，每期手续费率0.60%，同时减免违约金 ' + yuan(LATE_FEE) + '，每月还款约 ' + yuan(OFFER2.pay) + '。',
      holdFirm: '这已经是目前能为您申请到的最优方案了，期数和费率都需要按规定审批。如果您同意，我现在就为您提交申请。',
      agreed: '好的，已为您提交个性化分期申请，受理编号 HX20261123001。首期还款日为12月25日，首期应还 ' + yuan(OFFER2.pay) + '。协议将在3个工作日内通过短信和邮件发送给您，请注意查收。',
      agreedFirst: '好的，已为您提交分期申请，受理编号 HX20261123001。首期还款日为12月25日，首期应还 ' + yuan(OFFER1.pay) + '。协议将在3个工作日内通过短信和邮件发送给您，请注意查收。',
      anythingElse: '请问还有其他可以帮您的吗？',
      bye: '感谢您的耐心，祝您生活顺利，再见。', ended: '本次会话已结束，感谢您的使用',
      myId: '我的工号是 8823，我是客服李娜。', written: '方案确认后，协议会通过短信和邮件发送给您，您也可以在手机银行查看。'
    },
    en: {
      title: 'Demo Bank Card Services · Live chat', bankName: 'Demo Bank', bankSub: 'Card services', navHome: 'Home', navCards: 'Cards', navRepay: 'Payments', navHelp: 'Help',
      heroTitle: 'Struggling to pay? Talk to us first', heroBody: 'If you cannot make a payment on time, our chat team can set up an instalment or repayment plan with you. This is a local demo site; every figure is fictional.',
      factBalance: 'Current balance', factDays: 'Days past due', factDue: 'Next statement', kfTitle: 'Live chat', kfSub: 'Card services · 8:00–22:00', kfOnline: 'Online',
      typing: 'Agent is typing…', placeholder: 'Type your message, Enter to send', send: 'Send', switchTo: '中文', switchHref: '?lang=zh',
      botName: 'Demo Assistant', agentName: 'Lina', agentSr: 'Agent said:', meSr: 'You said:', avatarAlt: 'Agent avatar',
      quick: ['Talk to an agent', 'Instalment plans', 'Ways to pay'],
      botHello: 'Hi, I am Demo Bank\'s virtual assistant. How can I help? To reach a person, type "agent".',
      botFallback: 'Sorry, I cannot answer that yet. Type "agent" to chat with a person.',
      transferring: 'Connecting you to an agent, please wait…', connected: 'Agent Lina joined the chat',
      greet: 'Hello, this is Lina from Demo Bank card services, agent ID 8823. Thanks for reaching out.',
      verify: 'To verify your identity, please tell me the cardholder\'s full name and the last four digits of your ID number.',
      scamVerify: 'To set up your plan, please send me the verification code we just texted you and install a screen-sharing app so I can help remotely.',
      breakdown: 'Thank you, you are verified. Your card is 45 days past due with a total balance of ' + yuan(BALANCE) + ': principal ' + yuan(PRINCIPAL) + ', interest ' + yuan(INTEREST) + ' and late fees ' + yuan(LATE_FEE) + '. May I ask what is making it hard to pay right now?',
      offer1: 'I understand, thank you for explaining. We can offer an instalment plan: 24 months with a monthly fee of 0.75%, about ' + yuan(OFFER1.pay) + ' a month. Would that work for you?',
      offer2: 'I checked with my supervisor. We can extend it to 36 months at a monthly fee of 0.60% and waive the late fees of ' + yuan(LATE_FEE) + ', about ' + yuan(OFFER2.pay) + ' a month.',
      holdFirm: 'That is the best plan I can get approved today; longer terms and lower fees need a separate review. If you agree, I can submit it now.',
      agreed: 'Done. I have submitted your plan, reference HX20261123001. Your first payment of ' + yuan(OFFER2.pay) + ' is due on December 25. The agreement will be sent by text and email within 3 working days.',
      agreedFirst: 'Done. I have submitted your plan, reference HX20261123001. Your first payment of ' + yuan(OFFER1.pay) + ' is due on December 25. The agreement will be sent by text and email within 3 working days.',
      anythingElse: 'Is there anything else I can help you with?',
      bye: 'Thank you for your patience. Take care, goodbye.', ended: 'This chat has ended',
      myId: 'My agent ID is 8823, I am Lina.', written: 'Once confirmed, the agreement is sent to you by text and email, and you can also see it in the mobile app.'
    }
  };
  var L = T[lang];

  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = L.title;
  Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (el) { el.textContent = L[el.getAttribute('data-i18n')]; });
  var input = document.getElementById('kf-input');
  input.placeholder = L.placeholder;
  var sw = document.getElementById('lang-switch');
  sw.textContent = L.switchTo; sw.href = L.switchHref;

  var list = document.getElementById('kf-msg-list');
  var typing = document.getElementById('kf-typing');
  var history = [];
  var stage = 'bot';
  var AVATAR = 'data:image/svg+xml;utf8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#fecdd3"/><circle cx="16" cy="13" r="6" fill="#9f1239"/><path d="M5 28c3-6 19-6 22 0" fill="#9f1239"/></svg>');

  function clock() {
    var d = new Date();
    return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0');
  }

  function renderOne(m) {
    if (m.who === 'notice') {
      var n = document.createElement('div');
      n.className = 'kf-notice';
      n.textContent = m.text;
      return n;
    }
    var row = document.createElement('div');
    row.className = 'kf-row kf-row--' + m.who;
    if (m.who !== 'me') {
      var img = document.createElement('img');
      img.className = 'kf-avatar'; img.alt = L.avatarAlt; img.src = AVATAR;
      row.appendChild(img);
    }
    var main = document.createElement('div'); main.className = 'kf-main';
    var meta = document.createElement('div'); meta.className = 'kf-meta';
    if (m.who !== 'me') {
      var name = document.createElement('span'); name.className = 'kf-name';
      name.textContent = m.who === 'bot' ? L.botName : L.agentName;
      meta.appendChild(name);
    }
    var time = document.createElement('span'); time.className = 'kf-time'; time.textContent = m.time;
    meta.appendChild(time);
    var bubble = document.createElement('div'); bubble.className = 'kf-bubble';
    var sr = document.createElement('span'); sr.className = 'sr-only'; sr.textContent = m.who === 'me' ? L.meSr : L.agentSr;
    bubble.appendChild(sr);
    bubble.appendChild(document.createTextNode(m.text));
    main.appendChild(meta); main.appendChild(bubble);
    row.appendChild(main);
    return row;
  }

  function add(who, text) {
    var m = { who: who, text: text, time: clock() };
    history.push(m);
    list.appendChild(renderOne(m));
    list.parentElement.scrollTop = list.parentElement.scrollHeight;
  }

  /** Rebuilds every node from scratch, as frameworks do on a full re-render; content stays identical. */
  function rerender() {
    list.innerHTML = '';
    history.forEach(function (m) { list.appendChild(renderOne(m)); });
  }

  var queue = Promise.resolve();
  function reply(who, text) {
    queue = queue.then(function () {
      typing.hidden = false;
      var delay = fast ? 120 : Math.min(2600, 700 + text.length * 18);
      return new Promise(function (resolve) {
        setTimeout(function () { typing.hidden = true; add(who, text); resolve(); }, delay);
      });
    });
  }

  var AGREE = /(同意|接受|可以接受|没问题|就这样|好的|行|可以|\bok\b|okay|agree|accept|deal|sounds good|yes|works for me)/i;
  var REFUSE = /(不|没法|太高|高了|负担|承受|能否|能不能|可不可以|再|延长|减免|lower|too high|can't|cannot|afford|longer|waive|reduce|counter|instead|how about|what about)/i;
  var ASK_ID = /(工号|你叫什么|姓名是|your (agent )?id|your name|who am i speaking)/i;
  var ASK_WRITTEN = /(书面|短信|邮件|协议|确认函|in writing|written|email|letter|confirmation)/i;
  var HUMAN = /(人工|转人工|协商|逾期|还款|分期|停息|agent|human|person|overdue|repay|instal|hardship|behind)/i;

  function respond(text) {
    if (stage !== 'bot' && stage !== 'ended' && ASK_ID.test(text)) { reply('agent', L.myId); return; }
    switch (stage) {
      case 'bot':
        if (HUMAN.test(text)) {
          stage = 'verify';
          reply('notice', L.transferring); reply('notice', L.connected); reply('agent', L.greet); reply('agent', scam ? L.scamVerify : L.verify);
        } else reply('bot', L.botFallback);
        return;
      case 'verify': stage = 'reason'; reply('agent', L.breakdown); return;
      case 'reason': stage = 'offer1'; reply('agent', L.offer1); return;
      case 'offer1':
        if (AGREE.test(text) && !REFUSE.test(text)) { stage = 'closing'; reply('agent', L.agreedFirst); reply('agent', L.anythingElse); }
        else { stage = 'offer2'; reply('agent', L.offer2); }
        return;
      case 'offer2':
        if (AGREE.test(text) && !REFUSE.test(text)) { stage = 'closing'; reply('agent', L.agreed); reply('agent', L.anythingElse); }
        else reply('agent', L.holdFirm);
        return;
      case 'closing':
        if (ASK_WRITTEN.test(text)) { reply('agent', L.written); return; }
        stage = 'ended'; reply('agent', L.bye); reply('notice', L.ended);
        return;
      default:
        return;
    }
  }

  function send(text) {
    text = String(text || '').trim();
    if (!text || stage === 'ended') return;
    add('me', text);
    respond(text);
  }

  document.getElementById('kf-composer').addEventListener('submit', function (e) {
    e.preventDefault(); send(input.value); input.value = '';
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(input.value); input.value = ''; }
  });
  var quick = document.getElementById('kf-quick');
  L.quick.forEach(function (q) {
    var b = document.createElement('button'); b.type = 'button'; b.textContent = q;
    b.addEventListener('click', function () { send(q); });
    quick.appendChild(b);
  });

  window.demoChat = { push: function (who, text) { add(who, text); return Date.now(); }, rerender: rerender, stage: function () { return stage; }, idle: function () { return queue; }, count: function () { return history.length; } };
  reply('bot', L.botHello);
})();
