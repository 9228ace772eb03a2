import type { Role } from '../../../lib/db/types';

/**
 * One small page per adapter: the vendor's markup (from the research signatures, in our own words), where it is
 * loaded (its address, or the frame element holding it) and what a person reads in it.
 */
export interface AdapterCase {
  adapter: string;
  url: string;
  /** Markup of the frame element that holds this document (same-origin frames are recognised by it). */
  frame?: string;
  html: string;
  /** Builds shadow roots after the markup is in place (web-component vendors). */
  shadow?: (doc: Document, attach: (host: Element, html: string) => ShadowRoot) => void;
  messages: Array<{ role: Role; text: string; author?: string; shownTime?: string }>;
  composer?: boolean;
}

const customerRow = (text: string, time = '10:02') => ({ role: 'customer' as const, text, shownTime: time });

export const ADAPTER_CASES: AdapterCase[] = [
  {
    adapter: 'liveperson',
    url: 'https://www.hsbc.co.uk/help/chat/',
    html: `<div id="lpChat"><div data-lp-point="lines_area">
      <div class="lp_chat_line_wrapper lp_agent"><div class="lp_sender">Concierge Bot</div><div class="lpc_message lpc_message_agent"><span class="lpc_message__text" data-lp-cust-id="transcript_bubble_agent_text">How can I help?</span></div><div class="lp_time" title="Concierge Bot" data-lp-cust-id="transcript_time">10:01 AM</div></div>
      <div class="lp_chat_line_wrapper lp_visitor"><div class="lpc_message lpc_message_visitor"><span class="sr-only">You said:</span><span class="lpc_message__text" data-lp-cust-id="transcript_bubble_visitor_text">A payment plan please</span></div><div class="lp_time" data-lp-cust-id="transcript_time">10:02 AM</div></div>
      <div class="lp_system_line"><span class="lp_system_text">Jamie has joined the conversation</span></div>
      <div class="lp_chat_line_wrapper lp_agent"><div class="lpc_message lpc_message_agent"><img alt="Jamie avatar"><span class="lpc_message__text" data-lp-cust-id="transcript_bubble_agent_text">Hello, this is Jamie.</span></div><div class="lp_time" title="Jamie" data-lp-cust-id="transcript_time">10:03 AM</div></div>
      <div class="lp_agent_is_typing">Jamie is typing…</div>
    </div><textarea class="lpview_form_textarea"></textarea><button class="lp_send_button">Send</button></div>`,
    messages: [
      { role: 'bot', text: 'How can I help?', author: 'Concierge Bot', shownTime: '10:01 AM' },
      customerRow('A payment plan please', '10:02 AM'),
      { role: 'system', text: 'Jamie has joined the conversation' },
      { role: 'agent', text: 'Hello, this is Jamie.', author: 'Jamie', shownTime: '10:03 AM' },
    ],
    composer: true,
  },
  {
    adapter: 'salesforce-esw',
    url: 'https://www.capitalone.com/support/chat/',
    html: `<div class="embeddedServiceSidebar"><div class="messageArea"><ul class="messageWrapper">
      <li class="chatMessage agent"><div class="chatContent"><span class="assistiveText">Chatbot says:</span>Hi! I am the Chatbot.</div><div class="nameAndTimeContent"><span class="agentName">Chatbot</span> • <span class="timeContent">9:41 AM</span></div></li>
      <li class="chatMessage chasitor"><div class="chatContent">I am behind</div><div class="nameAndTimeContent"><span class="timeContent">9:41 AM</span></div></li>
      <li class="embeddedServiceLiveAgentStateChatEventMessage"><div class="eventMessage">Dana joined the chat</div></li>
      <li class="chatMessage agent"><div class="chatContent">My name is Dana.</div><div class="nameAndTimeContent"><span class="agentName">Dana</span> • <span class="timeContent">9:43 AM</span></div></li>
    </ul></div><textarea class="chasitorText"></textarea></div>`,
    messages: [
      { role: 'bot', text: 'Hi! I am the Chatbot.', author: 'Chatbot', shownTime: '9:41 AM' },
      customerRow('I am behind', '9:41 AM'),
      { role: 'system', text: 'Dana joined the chat' },
      { role: 'agent', text: 'My name is Dana.', author: 'Dana', shownTime: '9:43 AM' },
    ],
    composer: true,
  },
  {
    adapter: 'salesforce-miaw',
    url: 'https://citi.my.site.com/ESWCitiChat1/index.html',
    html: '<runtime_copilot-cwc-broker></runtime_copilot-cwc-broker>',
    // Closed roots throughout: only the injected shadow access (chrome.dom in the extension) can read them.
    shadow: (doc, attach) => {
      const brokerRoot = attach(doc.querySelector('runtime_copilot-cwc-broker')!, '<cwc-layout class="cwc-layout"></cwc-layout>');
      const root = attach(brokerRoot.querySelector('cwc-layout')!, `<div class="cwc-conversation-body" role="log">
        <cwc-message class="cwc-message cwc-inbound-message"></cwc-message>
        <cwc-message class="cwc-message cwc-outbound-message"></cwc-message>
        <cwc-system-message class="cwc-system-message"></cwc-system-message>
      </div><cwc-composer></cwc-composer>`);
      const [inbound, outbound] = Array.from(root.querySelectorAll('cwc-message'));
      attach(inbound!, '<div class="cwc-message-sender">Citi Assistant</div><div class="cwc-message-text">Hello! How can I help?</div><span class="cwc-message-timestamp">2:10 PM</span>');
      attach(outbound!, '<div class="cwc-message-text"><span class="slds-assistive-text">You said</span>Late payment help</div><span class="cwc-message-timestamp">2:10 PM</span>');
      attach(root.querySelector('cwc-system-message')!, '<div class="cwc-message-text">Marcus joined</div>');
      attach(root.querySelector('cwc-composer')!, '<div role="textbox" contenteditable="true"></div><button aria-label="Send message">Send</button>');
    },
    messages: [
      { role: 'bot', text: 'Hello! How can I help?', author: 'Citi Assistant', shownTime: '2:10 PM' },
      customerRow('Late payment help', '2:10 PM'),
      { role: 'system', text: 'Marcus joined' },
    ],
    composer: true,
  },
  {
    adapter: 'genesys-widgets',
    url: 'https://www.wellsfargo.com/help/chat/',
    html: `<div class="cx-widget cx-webchat"><div class="cx-transcript">
      <div class="cx-message cx-date">Today</div>
      <div class="cx-message cx-system"><span class="cx-common-screen-reader">System said</span><div class="cx-message-text">Chat Started</div></div>
      <div class="cx-message-group"><div class="cx-message cx-participant cx-them cx-bot"><div class="cx-bubble"><span class="aria-name">Fargo said</span><div class="cx-name" aria-hidden="true">Fargo</div><div class="cx-message-text">Welcome.</div><div class="cx-time">08:15 AM</div></div></div></div>
      <div class="cx-message-group"><div class="cx-message cx-participant cx-you"><div class="cx-bubble"><div class="cx-name" aria-hidden="true">You</div><div class="cx-message-text">Payment plan</div><div class="cx-time">08:15 AM</div></div></div></div>
      <div class="cx-message-group"><div class="cx-message cx-participant cx-them cx-agent"><div class="cx-bubble"><div class="cx-name" aria-hidden="true">Olivia</div><div class="cx-message-text">Good morning.</div><div class="cx-time">08:17 AM</div></div></div></div>
    </div><textarea id="cx_input" class="cx-message-input"></textarea><div class="cx-send" role="button">Send</div></div>`,
    messages: [
      { role: 'system', text: 'Chat Started' },
      { role: 'bot', text: 'Welcome.', author: 'Fargo', shownTime: '08:15 AM' },
      { role: 'customer', text: 'Payment plan', author: 'You', shownTime: '08:15 AM' },
      { role: 'agent', text: 'Good morning.', author: 'Olivia', shownTime: '08:17 AM' },
    ],
    composer: true,
  },
  {
    adapter: 'genesys-messenger',
    url: 'https://apps.mypurecloud.com/messenger/index.html?deploymentId=1',
    html: `<div class="cx-messenger-container"><div class="mxg-conversation" role="log">
      <div class="mxg-system">Your conversation has started</div>
      <div class="mxg-bubble mxg-bubble--bot"><div class="mxg-sender">Bot</div><div class="mxg-text">Hi, how can I help?</div></div>
      <div class="mxg-bubble mxg-bubble--guest"><div class="mxg-text">I want to talk to someone</div></div>
      <div class="mxg-bubble mxg-bubble--agent"><div class="mxg-sender">Kim</div><div class="mxg-text">Hello, this is Kim.</div></div>
    </div><textarea placeholder="Send a message..."></textarea><button aria-label="Send your message">➤</button></div>`,
    messages: [
      { role: 'system', text: 'Your conversation has started' },
      { role: 'bot', text: 'Hi, how can I help?', author: 'Bot' },
      { role: 'customer', text: 'I want to talk to someone' },
      { role: 'agent', text: 'Hello, this is Kim.', author: 'Kim' },
    ],
    composer: true,
  },
  {
    adapter: 'nuance',
    url: 'https://www.lloydsbank.com/help/chat/nuance/inq-stage.html?IFRAME',
    frame: '<div id="nuanMessagingFrame"><iframe id="inqChatStage"></iframe></div>',
    html: `<div id="tcChat_Skin"><div id="tcChat_transcript"><table><tbody>
      <tr><td class="tcChat_agentLine"><span class="tcChat_time">16:01</span><span class="tcChat_agentName">Sam:</span> <span class="agentMsg">Hello, my name is Sam.</span></td></tr>
      <tr><td class="tcChat_customerLine"><span class="tcChat_time">16:01</span><span class="tcChat_customerName">You:</span> <span class="customerMsg">I cannot pay</span></td></tr>
      <tr><td class="tcChat_systemLine"><span class="systemMsg">Sam has left the chat</span></td></tr>
    </tbody></table></div><textarea id="tcChat_txtInput"></textarea><button id="tcChat_btnSend">Send</button></div>`,
    messages: [
      { role: 'agent', text: 'Hello, my name is Sam.', author: 'Sam', shownTime: '16:01' },
      { role: 'customer', text: 'I cannot pay', author: 'You', shownTime: '16:01' },
      { role: 'system', text: 'Sam has left the chat' },
    ],
    composer: true,
  },
  {
    adapter: 'dynamics-omnichannel',
    url: 'https://oc-cdn-ocprod.azureedge.net/livechatwidget/WebChatControl/lcw/index.html',
    html: `<div id="oc-lcw"><div class="webchat__basic-transcript__scrollable"><ul class="webchat__basic-transcript__transcript">
      <li class="webchat__basic-transcript__activity"><div class="webchat__basic-transcript__activity-markdown-body"><p>An agent will be with you shortly.</p></div></li>
      <li class="webchat__basic-transcript__activity"><div class="ms_lcw_webchat_received_message"><div class="webchat__bubble__content"><p>Hello, I am Lucy.</p></div><div class="webchat__activity-status"><span class="webchat__activity-status__name">Lucy</span> · <time>15:40</time></div></div></li>
      <li class="webchat__basic-transcript__activity"><div class="ms_lcw_webchat_sent_message"><div class="webchat__bubble__content"><p>I am behind</p></div><div class="webchat__activity-status"><time>15:40</time></div></div></li>
    </ul></div><textarea class="webchat__send-box-text-box__input"></textarea><button class="webchat__send-button">Send</button></div>`,
    messages: [
      { role: 'system', text: 'An agent will be with you shortly.' },
      { role: 'agent', text: 'Hello, I am Lucy.', author: 'Lucy', shownTime: '15:40' },
      customerRow('I am behind', '15:40'),
    ],
    composer: true,
  },
  {
    adapter: 'egain',
    url: 'https://discover.egain.cloud/system/templates/chat/discover/index.html',
    html: `<div class="eg-chat"><h1>Discover Chat</h1><div class="eg-chat-transcript" role="log">
      <div class="eg-line eg-line-system"><div class="eg-line-text">Kevin has joined the chat</div></div>
      <div class="eg-line eg-line-agent"><div class="eg-line-name">Kevin</div><div class="eg-line-text">Hi, this is Kevin.</div><div class="eg-line-time">7:55 PM</div></div>
      <div class="eg-line eg-line-customer"><div class="eg-line-text">Lower my payment</div><div class="eg-line-time">7:55 PM</div></div>
    </div><textarea aria-label="Type your message"></textarea><button class="eg-send-btn">Send</button></div>`,
    messages: [
      { role: 'system', text: 'Kevin has joined the chat' },
      { role: 'agent', text: 'Hi, this is Kevin.', author: 'Kevin', shownTime: '7:55 PM' },
      customerRow('Lower my payment', '7:55 PM'),
    ],
    composer: true,
  },
  {
    adapter: 'zendesk',
    url: 'about:srcdoc',
    frame: '<iframe title="Messaging window"></iframe>',
    html: `<div id="Embed"><div role="log" class="sc-log">
      <div class="sc-message sc-message--incoming"><div class="sc-message__author">Ally Assistant</div><div class="sc-message__text">What can I help with?</div><time>10:10</time></div>
      <div class="sc-message sc-message--outgoing"><div class="sc-message__text">My payment will be late</div><time>10:10</time></div>
      <div class="sc-message sc-message--notification">Nora joined the conversation</div>
    </div><textarea placeholder="Type a message"></textarea><button aria-label="Send message">Send</button></div>`,
    messages: [
      { role: 'bot', text: 'What can I help with?', author: 'Ally Assistant', shownTime: '10:10' },
      customerRow('My payment will be late', '10:10'),
      { role: 'system', text: 'Nora joined the conversation' },
    ],
    composer: true,
  },
  {
    adapter: 'intercom',
    url: 'about:blank',
    frame: '<iframe name="intercom-messenger-frame"></iframe>',
    html: `<div class="intercom-messenger"><div class="intercom-conversation"><div class="intercom-conversation-parts">
      <div class="intercom-conversation-part intercom-conversation-part-admin"><div class="intercom-comment"><div class="intercom-conversation-part-author">Alex</div><div class="intercom-comment-body"><p class="intercom-block-paragraph">Hi, it is Alex.</p></div><div class="intercom-conversation-part-metadata"><time>9:02</time></div></div></div>
      <div class="intercom-conversation-part intercom-conversation-part-user"><div class="intercom-comment"><div class="intercom-comment-body"><p class="intercom-block-paragraph">I will miss a repayment</p></div><div class="intercom-conversation-part-metadata"><time>9:03</time></div></div></div>
      <div class="intercom-conversation-part intercom-conversation-part-event"><div class="intercom-comment-body">Alex closed the conversation</div></div>
    </div><textarea name="message"></textarea><button aria-label="Send">Send</button></div></div>`,
    messages: [
      { role: 'agent', text: 'Hi, it is Alex.', author: 'Alex', shownTime: '9:02' },
      customerRow('I will miss a repayment', '9:03'),
      { role: 'system', text: 'Alex closed the conversation' },
    ],
    composer: true,
  },
  {
    adapter: 'livechat',
    url: 'https://secure.livechatinc.com/licence/1520/v2/open_chat.cgi',
    html: `<div class="lc-app"><div class="lc-header">Support</div><div class="lc-chat-messages">
      <div class="lc-msg lc-msg--incoming"><div class="lc-msg__author">Starling Bot</div><div class="lc-msg__text">Hello, tell me what you need.</div><div class="lc-msg__time">18:30</div></div>
      <div class="lc-msg lc-msg--outgoing"><div class="lc-msg__text">Talk to a person</div><div class="lc-msg__time">18:30</div></div>
      <div class="lc-msg lc-msg--incoming"><div class="lc-msg__author">Ruth</div><div class="lc-msg__text">Hi, I am Ruth.</div><div class="lc-msg__time">18:32</div></div>
    </div><textarea placeholder="Write a message…"></textarea><button aria-label="Send a message">➤</button></div>`,
    messages: [
      { role: 'bot', text: 'Hello, tell me what you need.', author: 'Starling Bot', shownTime: '18:30' },
      customerRow('Talk to a person', '18:30'),
      { role: 'agent', text: 'Hi, I am Ruth.', author: 'Ruth', shownTime: '18:32' },
    ],
    composer: true,
  },
  {
    adapter: 'freshchat',
    url: 'https://wchat.freshchat.com/widget/index.html',
    html: `<div class="fc-conversation-view"><div class="h-conv-title">Member Services</div><div class="fc-conversation-messages" role="log">
      <div class="fc-message fc-message--agent"><div class="fc-message-author">Jordan</div><div class="h-message-text">We can pause payments.</div><span class="fc-message-time">1:17 PM</span></div>
      <div class="fc-message fc-message--user"><div class="h-message-text">Will interest accrue?</div><span class="fc-message-time">1:17 PM</span></div>
    </div><div class="fc-editor" contenteditable="true" role="textbox" aria-label="Type your message"></div><button aria-label="Send">Send</button></div>`,
    messages: [
      { role: 'agent', text: 'We can pause payments.', author: 'Jordan', shownTime: '1:17 PM' },
      customerRow('Will interest accrue?', '1:17 PM'),
    ],
    composer: true,
  },
  {
    adapter: 'easemob',
    url: 'https://kefu.easemob.com/webim/im.html?configId=7c2a',
    html: `<div id="em-kefu-webim-chat"><div class="chat-wrapper"><div class="chat-container">
      <div class="em-widget-date">今天 09:30</div>
      <div id="m1" class="em-widget-left"><div class="em-widget-msg-wrapper msgtype-txt"><span class="userNickname">智能客服小民</span><div class="em-widget-msg-container em-widget-msg-txt"><span class="text">您好，请问有什么可以帮您？</span></div></div></div>
      <div id="m2" class="em-widget-right"><div class="em-widget-msg-wrapper msgtype-txt"><div class="em-widget-msg-container em-widget-msg-txt"><span class="text">转人工</span></div></div></div>
      <div class="em-widget-tip"><span class="content">会话已被客服接起</span></div>
      <div id="m3" class="em-widget-left"><div class="em-widget-msg-wrapper msgtype-txt"><span class="userNickname">王芳</span><div class="em-widget-msg-container em-widget-msg-txt"><span class="text">您好，我是客服王芳。</span></div></div></div>
    </div></div><textarea class="em-widget-textarea"></textarea><a class="em-widget-send disabled">发送</a></div>`,
    messages: [
      { role: 'bot', text: '您好，请问有什么可以帮您？', author: '智能客服小民' },
      { role: 'customer', text: '转人工' },
      { role: 'system', text: '会话已被客服接起' },
      { role: 'agent', text: '您好，我是客服王芳。', author: '王芳' },
    ],
    composer: true,
  },
  {
    adapter: 'meiqia',
    url: 'https://static.meiqia.com/dist/standalone.html?eid=30917',
    html: `<div class="mq-chat"><div class="mq-chat-title">在线客服</div><div class="mq-chat-body"><ul class="mq-msg-list">
      <li class="mq-msg mq-msg-kefu"><span class="mq-msg-nick">陈静</span><span class="mq-msg-time">14:02</span><div>您好，我是客服陈静。</div></li>
      <li class="mq-msg mq-msg-kehu"><span class="mq-msg-time">14:02</span><div>能办理分期吗？</div></li>
      <li class="mq-msg mq-msg-tip">客服已结束会话</li>
    </ul></div><textarea placeholder="请输入消息"></textarea><button>发送</button></div>`,
    messages: [
      { role: 'agent', text: '您好，我是客服陈静。', author: '陈静', shownTime: '14:02' },
      { role: 'customer', text: '能办理分期吗？', shownTime: '14:02' },
      { role: 'system', text: '客服已结束会话' },
    ],
    composer: true,
  },
  {
    adapter: 'qiyu',
    url: 'https://cebbank.qiyukf.com/client?k=8d2c&wp=1',
    html: `<div class="ysf-wrap"><div class="ysf-msg-box">
      <div class="msg-left"><div class="bub"><p>您好，我是光大银行智能机器人小光。</p><span class="ysf-msg-time">20:11</span></div></div>
      <div class="msg-right"><div class="bub"><p>想停息挂账</p><span class="ysf-msg-time">20:11</span></div></div>
      <div class="msg-notice">人工客服 刘洋 已接入</div>
      <div class="msg-left"><div class="bub"><p>您好，我是客服刘洋。</p><span class="ysf-msg-time">20:13</span></div></div>
    </div><textarea placeholder="请输入您要咨询的问题"></textarea><span role="button">发送</span></div>`,
    messages: [
      { role: 'bot', text: '您好，我是光大银行智能机器人小光。', shownTime: '20:11' },
      { role: 'customer', text: '想停息挂账', shownTime: '20:11' },
      { role: 'system', text: '人工客服 刘洋 已接入' },
      { role: 'agent', text: '您好，我是客服刘洋。', shownTime: '20:13' },
    ],
    composer: true,
  },
  {
    adapter: 'sobot',
    url: 'https://www.sobot.com/chat/pc/index.html?sysNum=5fa1',
    html: `<div class="zc-chat-wrap"><div class="zc-chat-list">
      <div class="zc-msg zc-msg-left"><div class="zc-nickname">安安</div><div class="zc-msg-time">2024-05-18 10:23:11</div><div>您好，我是平安银行智能客服安安。</div></div>
      <div class="zc-msg zc-msg-right"><div class="zc-msg-time">2024-05-18 10:23:40</div><div>想申请延期还款</div></div>
    </div><textarea placeholder="请简要描述您的问题"></textarea><button class="zc-send">发送</button></div>`,
    messages: [
      { role: 'bot', text: '您好，我是平安银行智能客服安安。', author: '安安', shownTime: '2024-05-18 10:23:11' },
      { role: 'customer', text: '想申请延期还款', shownTime: '2024-05-18 10:23:40' },
    ],
    composer: true,
  },
  {
    adapter: 'udesk',
    url: 'https://spdb.udesk.cn/im_client/?web_plugin_id=2310',
    html: `<div class="udesk-im"><div class="udesk-im-title">在线客服</div><div class="udesk-im-dialogue-list">
      <div class="udesk-im-message is-robot"><span class="udesk-im-sender">浦发智能助手</span><span class="udesk-im-time">11:40</span><div>您好，请问有什么可以帮您？</div></div>
      <div class="udesk-im-message is-customer"><span class="udesk-im-time">11:40</span><div>转人工</div></div>
      <div class="udesk-im-message is-event">正在为您转接人工客服</div>
    </div><textarea placeholder="请输入..."></textarea><button class="udesk-im-send">发送</button></div>`,
    messages: [
      { role: 'bot', text: '您好，请问有什么可以帮您？', author: '浦发智能助手', shownTime: '11:40' },
      { role: 'customer', text: '转人工', shownTime: '11:40' },
      { role: 'system', text: '正在为您转接人工客服' },
    ],
    composer: true,
  },
  {
    adapter: '7moor',
    url: 'https://webchat.7moor.com/wapchat.html?accessId=1b7e',
    html: `<div class="qimo-container"><div class="qimo-chat-content"><div class="chat-list">
      <div class="message from-robot"><span class="message-name">小交</span><span class="message-time">15:20</span><div class="message-text">您好，我是交行智能客服小交。</div></div>
      <div class="message from-visitor"><span class="message-time">15:20</span><div class="message-text">好的</div></div>
      <div class="message from-visitor"><span class="message-time">15:20</span><div class="message-text">好的</div></div>
    </div></div><textarea placeholder="请输入消息"></textarea><div class="qimo-send-btn">发送</div></div>`,
    messages: [
      { role: 'bot', text: '您好，我是交行智能客服小交。', author: '小交', shownTime: '15:20' },
      { role: 'customer', text: '好的', shownTime: '15:20' },
      { role: 'customer', text: '好的', shownTime: '15:20' },
    ],
    composer: true,
  },
  {
    adapter: 'live800',
    url: 'https://chat32.live800.com/live800/chatClient/chatbox.jsp?companyID=8008',
    html: `<div id="chatbox"><div id="msgArea" class="msgArea">
      <div class="msgLine sysMsg">您好，广发银行在线客服竭诚为您服务</div>
      <div class="msgLine operatorMsg"><span class="operatorName">黄蕾</span><span class="msgTime">09:05:12</span><div>您好，我是客服黄蕾。</div></div>
      <div class="msgLine visitorMsg"><span class="msgTime">09:05:40</span><div>想申请分期还款</div></div>
    </div><textarea placeholder="请输入您要咨询的内容"></textarea><input type="button" value="发送"></div>`,
    messages: [
      { role: 'system', text: '您好，广发银行在线客服竭诚为您服务' },
      { role: 'agent', text: '您好，我是客服黄蕾。', author: '黄蕾', shownTime: '09:05:12' },
      { role: 'customer', text: '想申请分期还款', shownTime: '09:05:40' },
    ],
    composer: true,
  },
  {
    adapter: '53kf',
    url: 'https://tb.53kf.com/code/client/9a2f/1',
    html: `<div class="kf53-main"><div class="talk-content">
      <div class="kf53-line kf53-agent"><div class="kf53-bubble"><div class="kf53-time">16:30</div><div>您好，我是客服何平。</div></div></div>
      <div class="kf53-line kf53-visitor"><div class="kf53-bubble"><div class="kf53-time">16:31</div><div>我想申请停息分期</div></div></div>
    </div><textarea placeholder="请输入..."></textarea><button>发送</button></div>`,
    messages: [
      { role: 'agent', text: '您好，我是客服何平。', shownTime: '16:30' },
      { role: 'customer', text: '我想申请停息分期', shownTime: '16:31' },
    ],
    composer: true,
  },
  {
    adapter: 'alipay',
    url: 'https://cschannel.alipay.com/portal.htm?sourceId=2031',
    html: `<div class="portal"><h1>支付宝客服</h1><div class="chat-panel"><div class="chat-list">
      <div class="server"><div class="answer">您好，我是支付宝智能客服小蚂蚁。</div><span class="time">19:20</span></div>
      <div class="user-question"><div class="question">花呗逾期了</div><span class="time">19:20</span></div>
      <div class="server"><div class="answer">如需人工服务请点击转人工。</div><button class="to-human">转人工</button><span class="time">19:20</span></div>
      <div class="sys-tip">人工客服 小雨 已接入</div>
      <div class="server"><div class="answer">您好，我是支付宝客服小雨，工号 A20931。</div><span class="time">19:23</span></div>
    </div></div><textarea seed="inputField-content" placeholder="请输入您的问题"></textarea><button id="main-submit-btn">发送</button></div>`,
    messages: [
      { role: 'bot', text: '您好，我是支付宝智能客服小蚂蚁。', shownTime: '19:20' },
      { role: 'customer', text: '花呗逾期了', shownTime: '19:20' },
      { role: 'bot', text: '如需人工服务请点击转人工。', shownTime: '19:20' },
      { role: 'system', text: '人工客服 小雨 已接入' },
      { role: 'agent', text: '您好，我是支付宝客服小雨，工号 A20931。', shownTime: '19:23' },
    ],
    composer: true,
  },
  {
    adapter: 'jd-dongdong',
    url: 'https://jdcs.jd.com/index.action?pid=1096',
    html: `<div class="dialog active"><div class="dialog-detail-header"><span class="dialog-detail-header-name">京东金融客服</span></div><div class="dialog-detail-body">
      <div class="message message--other"><div class="message--time">21:02</div><div class="message--content">您好，京东金融客服欢欢为您服务。</div></div>
      <div class="message message--self"><div class="message--time">21:02</div><div class="message--content">白条逾期了</div></div>
    </div><div class="input-field"><pre class="send-textarea" contenteditable="true"></pre><div class="input-field--send-btn">发送</div></div></div>`,
    messages: [
      { role: 'agent', text: '您好，京东金融客服欢欢为您服务。', shownTime: '21:02' },
      { role: 'customer', text: '白条逾期了', shownTime: '21:02' },
    ],
    composer: true,
  },
];
