// Wolox's react-chat-widget 3.1 (peer React 17; run here on React 18.2), as its README shows it: a <Widget> with
// title, subtitle, profileAvatar and handleNewUserMessage, opened from its launcher button; the bank's lines are added
// with addResponseMessage (the widget shows them all as responses, under the one profile avatar, with a time stamp),
// the customer's line is typed into its input and sent with Enter.
import { useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { Widget, addResponseMessage } from 'react-chat-widget';
import 'react-chat-widget/lib/styles.css';
import './bank.css';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['barclays-card'];
let nextId = 0;

function App() {
  const conversation = useMemo(
    () => createConversation(script, { show: (step) => addResponseMessage(step.text, `bank-${nextId++}`) }),
    [],
  );
  useEffect(() => void conversation.start(), [conversation]);

  const handleNewUserMessage = (newMessage) => conversation.customerSent(newMessage);

  return (
    <Widget
      handleNewUserMessage={handleNewUserMessage}
      profileAvatar={letterAvatar('L', '#006a4d')}
      title="Lloyds Bank"
      subtitle="Financial support · we usually reply in a few minutes"
      senderPlaceHolder="Type your message"
      launcherOpenLabel="Chat with us"
    />
  );
}

createRoot(document.getElementById('root')).render(<App />);
