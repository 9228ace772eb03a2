// TDesign Chat (React): ChatList holding one ChatMessage per message (role, placement, name, avatar, datetime, text
// content) and ChatSender as the composer (Enter sends), as in the component docs.
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ChatList, ChatMessage, ChatSender } from '@tdesign-react/chat';
import '@tdesign-react/chat/es/style/index.js';
import { createConversation, shownClock } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';
import { letterAvatar } from '../_shared/avatar.js';

const script = SCRIPTS['hsbc-card'];
const people = {
  bot: { role: 'assistant', placement: 'left', name: script.bot.name, avatar: letterAvatar('H', '#db0011') },
  agent: { role: 'assistant', placement: 'left', name: script.agent.name, avatar: letterAvatar('T', '#333') },
  customer: { role: 'user', placement: 'right', avatar: letterAvatar('Me', '#888') },
};

function App() {
  const [messages, setMessages] = useState([]);
  const [draft, setDraft] = useState('');
  const add = (who, text) =>
    setMessages((list) => [...list, { id: String(list.length), who, text, datetime: shownClock(script, list.length) }]);
  const conversation = useMemo(() => createConversation(script, { show: (step) => add(step.who, step.text) }), []);
  useEffect(() => void conversation.start(), [conversation]);

  return (
    <>
      <ChatList style={{ flex: 1, minHeight: 0 }} autoScroll>
        {messages.map((m) => (
          <ChatMessage
            key={m.id}
            id={m.id}
            {...people[m.who]}
            datetime={m.datetime}
            variant={m.who === 'customer' ? 'base' : 'outline'}
            content={[{ type: 'text', data: m.text }]}
          />
        ))}
      </ChatList>
      <ChatSender
        value={draft}
        placeholder="Type your message"
        onChange={(e) => setDraft(e.detail)}
        onSend={(e) => {
          const text = e.detail.value;
          add('customer', text);
          setDraft('');
          conversation.customerSent(text);
        }}
      />
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
