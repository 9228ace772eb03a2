// vue-advanced-chat: the <vue-advanced-chat> web component (its own Vue inside, shadow DOM) registered with register(),
// one room (single-room) holding the bot, the agent and the customer, so each message shows its sender's name; props
// passed as JSON strings outside Vue, messages replaced by a new array each time, fetch-messages answered with
// messages-loaded, the customer's lines arriving through send-message, as its README shows.
import { register } from 'vue-advanced-chat';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation, shownClock } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';
// A small emoji set served with the page: the component's emoji database otherwise downloads one from a CDN.
import emojiData from './emoji-data.json?url';

register();

const script = SCRIPTS['spdb-card'];
const users = {
  bot: { _id: 'bot', username: script.bot.name, avatar: letterAvatar('浦', '#0b3f91') },
  agent: { _id: `agent-${script.agent.id}`, username: script.agent.name, avatar: letterAvatar('客', '#b45309') },
  customer: { _id: 'me', username: '我', avatar: letterAvatar('我', '#6b7280') },
};
const room = { roomId: 'kefu', roomName: '浦发信用卡客服', avatar: users.bot.avatar, users: Object.values(users) };

const chat = document.createElement('vue-advanced-chat');
chat.setAttribute('height', '598px');
chat.setAttribute('current-user-id', users.customer._id);
chat.setAttribute('single-room', 'true');
chat.setAttribute('rooms', JSON.stringify([room]));
chat.setAttribute('rooms-loaded', 'true');
chat.setAttribute('show-files', 'false');
chat.setAttribute('show-audio', 'false');
chat.setAttribute('emoji-data-source', new URL(emojiData, location.href).href);
chat.setAttribute('show-emojis', 'false');
chat.setAttribute('show-reaction-emojis', 'false');
chat.setAttribute('emojis-suggestion-enabled', 'false');
chat.setAttribute('messages', '[]');

let messages = [];
function add(who, text) {
  const user = users[who];
  const at = messages.length;
  messages = [
    ...messages,
    { _id: String(at), content: text, senderId: user._id, username: user.username, avatar: user.avatar, date: '今天', timestamp: shownClock(script, at), saved: true, distributed: true },
  ];
  chat.setAttribute('messages', JSON.stringify(messages));
}

const conversation = createConversation(script, { show: (step) => add(step.who, step.text) });
let started = false;
chat.addEventListener('fetch-messages', () => {
  chat.setAttribute('messages-loaded', 'true');
  if (!started) {
    started = true;
    conversation.start();
  }
});
chat.addEventListener('send-message', ({ detail: [{ content }] }) => {
  add('customer', content);
  conversation.customerSent(content);
});

document.getElementById('root').appendChild(chat);
