// PatternFly ChatBot: an embedded Chatbot with a ChatbotHeader, ChatbotContent > MessageBox of Message components
// (role bot or user, name, avatar, timestamp; the bot-side label word names the bank's assistant or its agent), and a
// ChatbotFooter with MessageBar (a textarea that sends with Enter) and a footnote, as in the ChatBot docs' demos.
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@patternfly/react-core/dist/styles/base.css';
import '@patternfly/chatbot/dist/css/main.css';
import Chatbot, { ChatbotDisplayMode } from '@patternfly/chatbot/dist/dynamic/Chatbot';
import ChatbotContent from '@patternfly/chatbot/dist/dynamic/ChatbotContent';
import ChatbotFooter, { ChatbotFootnote } from '@patternfly/chatbot/dist/dynamic/ChatbotFooter';
import ChatbotHeader, { ChatbotHeaderMain, ChatbotHeaderTitle } from '@patternfly/chatbot/dist/dynamic/ChatbotHeader';
import MessageBar from '@patternfly/chatbot/dist/dynamic/MessageBar';
import MessageBox from '@patternfly/chatbot/dist/dynamic/MessageBox';
import Message from '@patternfly/chatbot/dist/dynamic/Message';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation, shownClock } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['citi-loan'];
const senders = {
  bot: { role: 'bot', name: script.bot.name, avatar: letterAvatar('P', '#ef6c00'), botWord: 'Virtual assistant' },
  agent: { role: 'bot', name: script.agent.name, avatar: letterAvatar('A', '#1f2937'), botWord: 'Agent' },
  customer: { role: 'user', name: 'You', avatar: letterAvatar('Y', '#6b7280') },
};

function App() {
  const [messages, setMessages] = useState([]);
  const [announcement, setAnnouncement] = useState();
  const scrollToBottomRef = useRef(null);
  // It's important to set a timestamp prop since the Message components re-render (the docs' note).
  const add = (who, content) =>
    setMessages((list) => [...list, { id: String(list.length), content, timestamp: shownClock(script, list.length), ...senders[who] }]);
  const conversation = useMemo(
    () =>
      createConversation(script, {
        show: (step) => {
          add(step.who, step.text);
          setAnnouncement(`Message from ${senders[step.who].name}: ${step.text}`);
        },
      }),
    [],
  );
  useEffect(() => void conversation.start(), [conversation]);
  useEffect(() => {
    if (messages.length > 2) scrollToBottomRef.current?.scrollIntoView({ behavior: 'smooth' });
  }, [messages]);

  const handleSend = (message) => {
    const text = String(message);
    add('customer', text);
    setAnnouncement(`Message from You: ${text}`);
    conversation.customerSent(text);
  };

  return (
    <Chatbot displayMode={ChatbotDisplayMode.embedded}>
      <ChatbotHeader>
        <ChatbotHeaderMain>
          <ChatbotHeaderTitle>PNC Customer Care</ChatbotHeaderTitle>
        </ChatbotHeaderMain>
      </ChatbotHeader>
      <ChatbotContent>
        <MessageBox announcement={announcement}>
          {messages.map((message, index) =>
            index === messages.length - 1 ? (
              <Fragment key={message.id}>
                <div ref={scrollToBottomRef}></div>
                <Message {...message} />
              </Fragment>
            ) : (
              <Message key={message.id} {...message} />
            ),
          )}
        </MessageBox>
      </ChatbotContent>
      <ChatbotFooter>
        <MessageBar onSendMessage={handleSend} placeholder="Send a message..." />
        <ChatbotFootnote label="Chats are recorded for quality and training." />
      </ChatbotFooter>
    </Chatbot>
  );
}

createRoot(document.getElementById('root')).render(<App />);
