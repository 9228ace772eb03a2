// react-chat-elements 12 (its exact react-dom 18.2.0 peer): a Navbar, a MessageList whose dataSource holds
// MessageBox items (left with avatar, title = sender name, dateString (shown by its CSS from data-text); right for the customer) and the kit's Input with
// a Send Button in rightButtons, read through `referance` and cleared with `clear`, as in the package's README.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'react-chat-elements/dist/main.css';
import { Button, Input, MessageList, Navbar } from 'react-chat-elements';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation, shownClock } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['cmb-card'];
const senders = {
  bot: { name: script.bot.name, avatar: letterAvatar('交', '#1a4d9c') },
  agent: { name: script.agent.name, avatar: letterAvatar('王', '#b8860b') },
};

function App() {
  const [messages, setMessages] = useState([]);
  const inputRef = useRef();
  const clearInput = useRef(() => {});
  const listRef = useRef();
  const add = (who, text) =>
    setMessages((list) => [
      ...list,
      who === 'customer'
        ? { id: String(list.length), position: 'right', type: 'text', text, date: new Date(), dateString: shownClock(script, list.length), status: 'sent' }
        : { id: String(list.length), position: 'left', type: 'text', text, title: senders[who].name, avatar: senders[who].avatar, date: new Date(), dateString: shownClock(script, list.length) },
    ]);
  const conversation = useMemo(() => createConversation(script, { show: (step) => add(step.who, step.text) }), []);
  useEffect(() => void conversation.start(), [conversation]);

  const send = () => {
    const text = inputRef.current?.value ?? '';
    if (!text.trim()) return;
    add('customer', text.trim());
    clearInput.current();
    conversation.customerSent(text.trim());
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <Navbar center={<div>交通银行信用卡 · 在线客服</div>} />
      <MessageList referance={listRef} className="message-list" lockable toBottomHeight="100%" dataSource={messages} />
      <Input
        referance={inputRef}
        clear={(clear) => (clearInput.current = clear)}
        placeholder="请输入您的问题…"
        multiline={false}
        rightButtons={<Button color="white" backgroundColor="#1a4d9c" text="发送" onClick={send} />}
      />
    </div>
  );
}

createRoot(document.getElementById('root')).render(<App />);
