// Alibaba ChatUI: Chat with a navbar, messages from useMessages (left with the speaker's avatar and name, right for the
// customer, a system notice for the transfer), each text in a Bubble through renderMessageContent; the Composer sends
// with Enter, as in the ChatUI docs.
import { useEffect, useMemo, useRef } from 'react';
import { createRoot } from 'react-dom/client';
// The ES build: the package's "browser" field names its UMD bundle, whose default export a bundler cannot see.
import Chat, { Bubble, useMessages } from '@chatui/core/es/index.js';
import '@chatui/core/dist/index.css';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation, shownClock } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['abc-card'];
const users = {
  bot: { name: script.bot.name, avatar: letterAvatar('豆', '#0f8a5f') },
  agent: { name: script.agent.name, avatar: letterAvatar('客', '#1d4ed8') },
  customer: { avatar: letterAvatar('我', '#6b7280') },
};

// Today's date at the n-th message's clock time: ChatUI prints createdAt itself.
function createdAt(index) {
  const [h, m] = shownClock(script, index).split(':').map(Number);
  const d = new Date();
  d.setHours(h, m, 0, 0);
  return d.getTime();
}

function App() {
  const { messages, appendMsg } = useMessages([]);
  const count = useRef(0);
  const add = (who, text, type = 'text') => {
    const index = count.current++;
    appendMsg({
      type,
      content: { text },
      user: users[who],
      position: who === 'customer' ? 'right' : 'left',
      createdAt: createdAt(index),
      hasTime: index % 2 === 0,
    });
  };
  const conversation = useMemo(
    () =>
      createConversation(script, {
        // The bot's transfer line is shown the way ChatUI shows service notices: a centred system message.
        show: (step) => add(step.who, step.text, step.who === 'bot' && /转接/.test(step.text) ? 'system' : 'text'),
      }),
    [],
  );
  useEffect(() => void conversation.start(), [conversation]);

  return (
    <Chat
      navbar={{ title: '农行信用卡客服' }}
      messages={messages}
      renderMessageContent={(msg) => <Bubble content={msg.content.text} />}
      placeholder="请输入您的问题"
      onSend={(type, text) => {
        if (type !== 'text' || !text.trim()) return;
        add('customer', text);
        conversation.customerSent(text);
      }}
    />
  );
}

createRoot(document.getElementById('root')).render(<App />);
