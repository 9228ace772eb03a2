// chatscope Chat UI Kit: MainContainer > ChatContainer with a ConversationHeader, a MessageList of Message models
// (incoming with an Avatar and a Message.Header naming the sender and time, outgoing for the customer) and
// MessageInput, a contenteditable that sends with Enter, as in the kit's docs and storybook.
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@chatscope/chat-ui-kit-styles/dist/default/styles.min.css';
import { Avatar, ChatContainer, ConversationHeader, MainContainer, Message, MessageInput, MessageList } from '@chatscope/chat-ui-kit-react';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation, shownClock } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['wellsfargo-card'];
const senders = {
  bot: { name: script.bot.name, avatar: letterAvatar('F', '#d71e28') },
  agent: { name: script.agent.name, avatar: letterAvatar('M', '#1f2937') },
  customer: { name: 'You' },
};

function App() {
  const [messages, setMessages] = useState([]);
  const add = (who, text) => setMessages((list) => [...list, { id: list.length, who, text, time: shownClock(script, list.length) }]);
  const conversation = useMemo(() => createConversation(script, { show: (step) => add(step.who, step.text) }), []);
  useEffect(() => void conversation.start(), [conversation]);

  return (
    <div style={{ position: 'relative', height: '100%' }}>
      <MainContainer>
        <ChatContainer>
          <ConversationHeader>
            <ConversationHeader.Content userName="Wells Fargo Card Services" info="Payment assistance" />
          </ConversationHeader>
          <MessageList>
            {messages.map((m) =>
              m.who === 'customer' ? (
                <Message key={m.id} model={{ message: m.text, sentTime: m.time, sender: senders.customer.name, direction: 'outgoing', position: 'single' }} />
              ) : (
                <Message key={m.id} model={{ message: m.text, sentTime: m.time, sender: senders[m.who].name, direction: 'incoming', position: 'single' }}>
                  <Avatar src={senders[m.who].avatar} name={senders[m.who].name} />
                  <Message.Header sender={senders[m.who].name} sentTime={m.time} />
                </Message>
              ),
            )}
          </MessageList>
          <MessageInput
            placeholder="Type a message"
            attachButton={false}
            onSend={(_html, text) => {
              add('customer', text);
              conversation.customerSent(text);
            }}
          />
        </ChatContainer>
      </MainContainer>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<App />);
