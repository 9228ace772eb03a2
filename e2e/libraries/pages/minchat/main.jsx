// MinChat UI: MainContainer > MessageContainer with MessageHeader, MessageList (messages carry user id, name and
// avatar; currentUserId puts the customer's on the right) and MessageInput with its send button.
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MainContainer, MessageContainer, MessageHeader, MessageInput, MessageList, MinChatUiProvider } from '@minchat/react-chat-ui';
import { createConversation } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['chase-card'];
const users = {
  bot: { id: 'assistant', name: script.bot.name },
  agent: { id: `agent-${script.agent.id}`, name: script.agent.name },
  customer: { id: 'me', name: 'Alex Morgan' },
};

function App() {
  const [messages, setMessages] = useState([]);
  const add = (who, text) => setMessages((list) => [...list, { id: String(list.length), user: users[who], text }]);
  const conversation = useMemo(() => createConversation(script, { show: (step) => add(step.who, step.text) }), []);
  useEffect(() => void conversation.start(), [conversation]);
  return (
    <MinChatUiProvider theme="#117aca">
      <MainContainer style={{ height: '100%' }}>
        <MessageContainer>
          <MessageHeader showBack={false}>Chase Card Services</MessageHeader>
          <MessageList currentUserId="me" messages={messages} />
          <MessageInput
            placeholder="Type a message"
            showSendButton
            showAttachButton={false}
            onSendMessage={(text) => {
              add('customer', text);
              conversation.customerSent(text);
            }}
          />
        </MessageContainer>
      </MainContainer>
    </MinChatUiProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
