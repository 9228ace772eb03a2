// Deep Chat: the <deep-chat> web component (shadow DOM) connected through a websocket-style handler, the way its docs
// show a live chat whose server can speak at any time: the bank's lines arrive through signals.onResponse with a role
// of their own (bot, agent), names and avatars are set per role, and the customer's line reaches newUserMessage.
import 'deep-chat';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['barclays-card'];
const chat = document.createElement('deep-chat');

chat.style.width = '100%';
chat.style.height = '100%';
chat.style.border = 'none';
// The page's own font: deep-chat adds a web-font stylesheet to the page when left on its default font, and the page
// must load nothing from the network.
chat.style.fontFamily = 'system-ui, sans-serif';
chat.textInput = { placeholder: { text: 'Type your message' } };
chat.names = {
  bot: { text: script.bot.name },
  agent: { text: script.agent.name },
  user: { text: 'You' },
};
chat.avatars = {
  bot: { src: letterAvatar('B', '#00aeef') },
  agent: { src: letterAvatar('H', '#0b3d91') },
  user: { src: letterAvatar('Y', '#6b7280') },
};

// The component opens its connection again when it renders again: each opening gets the live signals, and the
// conversation is started once, as a server would keep one conversation per customer.
let respond = null;
const conversation = createConversation(script, { show: (step) => respond({ role: step.who, text: step.text }) });
let started = false;
chat.connect = {
  websocket: true,
  handler: (_body, signals) => {
    respond = signals.onResponse;
    signals.newUserMessage.listener = (body) => {
      const last = body.messages[body.messages.length - 1];
      conversation.customerSent(last.text);
    };
    signals.onOpen();
    if (!started) {
      started = true;
      conversation.start();
    }
  },
};

// Created once configured, so the component renders with the page's settings from the start.
document.getElementById('root').appendChild(chat);
