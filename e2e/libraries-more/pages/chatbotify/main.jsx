// React ChatBotify v2 (react-chatbotify 2.5): <ChatBotProvider> around <ChatBot> (embedded in the page) with a flow and
// settings, as its docs show. The customer's lines are typed into its textarea; the flow's loop block receives them
// as params.userInput. The bank's lines are pushed with the useMessages hook (injectMessage, sender BOT for the
// assistant and for the person who takes over: the chat window renders only BOT and USER bubbles — a message of any
// other sender comes out as a bare div without bubble or avatar — so the agent speaks through the bot's bubble).
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import ChatBot, { ChatBotProvider, useMessages } from 'react-chatbotify';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['chase-card'];
let conversation;

// Every line the customer sends is handed to the block's function; the flow loops on its `chat` block.
const chat = {
  function: (params) => conversation.customerSent(params.userInput),
  path: 'chat',
};
const flow = { start: chat, chat };

const settings = {
  general: { embedded: true, primaryColor: '#012169', secondaryColor: '#e31837', fontFamily: 'system-ui, sans-serif', showFooter: false },
  header: { title: 'Bank of America · Card help', showAvatar: true, avatar: letterAvatar('B', '#012169') },
  tooltip: { mode: 'NEVER' },
  notification: { disabled: true },
  audio: { disabled: true },
  voice: { disabled: true },
  chatHistory: { disabled: true },
  fileAttachment: { disabled: true },
  emoji: { disabled: true },
  botBubble: { showAvatar: true, avatar: letterAvatar('B', '#012169') },
  userBubble: { showAvatar: false },
  chatInput: { enabledPlaceholderText: 'Type your message...' },
  chatWindow: { defaultOpen: true },
};

function Conversation() {
  const { injectMessage } = useMessages();
  useEffect(() => {
    conversation = createConversation(script, { show: (step) => injectMessage(step.text, 'BOT') });
    conversation.start();
  }, []);
  return null;
}

const App = () => (
  <div style={{ height: '100%' }}>
    <ChatBotProvider>
      <Conversation />
      <ChatBot flow={flow} settings={settings} styles={{ chatWindowStyle: { width: '100%', height: '100%' } }} />
    </ChatBotProvider>
  </div>
);

createRoot(document.getElementById('root')).render(<App />);
