// daisyUI 5 chat bubbles (tailwindcss 4 + the daisyui plugin), rendered by a small React component the way daisyUI's
// docs lay a chat out: each message a `chat chat-start` (the bank) or `chat chat-end` (the customer) row with
// chat-image avatar, chat-header (name and <time>), chat-bubble and chat-footer; the composer is a daisyUI join of an
// input and a btn in a form (Enter submits).
import './style.css';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation, shownClock } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['pingan-card'];
const people = {
  bot: { name: script.bot.name, avatar: letterAvatar('智', '#b91c1c') },
  agent: { name: script.agent.name, avatar: letterAvatar('客', '#1d4ed8') },
  customer: { name: '我', avatar: letterAvatar('我', '#6b7280') },
};

function ChatRow({ m }) {
  const p = people[m.who];
  const mine = m.who === 'customer';
  return (
    <div className={`chat ${mine ? 'chat-end' : 'chat-start'}`}>
      <div className="chat-image avatar">
        <div className="w-10 rounded-full">
          <img alt={p.name} src={p.avatar} />
        </div>
      </div>
      <div className="chat-header">
        {p.name}{' '}
        <time className="text-xs opacity-50">{m.time}</time>
      </div>
      <div className={`chat-bubble ${mine ? 'chat-bubble-primary' : ''}`}>{m.text}</div>
      <div className="chat-footer opacity-50">{mine ? '已送达' : ''}</div>
    </div>
  );
}

function App() {
  const [messages, setMessages] = useState([]);
  const [draft, setDraft] = useState('');
  const add = (who, text) => setMessages((list) => [...list, { id: list.length, who, text, time: shownClock(script, list.length) }]);
  const conversation = useMemo(() => createConversation(script, { show: (step) => add(step.who, step.text) }), []);
  useEffect(() => void conversation.start(), [conversation]);
  return (
    <div data-theme="light" className="flex flex-col h-full">
      <div className="navbar bg-base-200 min-h-12 px-4 font-bold">中信银行信用卡 · 在线客服</div>
      <div className="flex-1 overflow-y-auto p-4">
        {messages.map((m) => <ChatRow key={m.id} m={m} />)}
      </div>
      <form
        className="join w-full p-3 border-t border-base-300"
        onSubmit={(e) => {
          e.preventDefault();
          const text = draft.trim();
          if (!text) return;
          setDraft('');
          add('customer', text);
          conversation.customerSent(text);
        }}
      >
        <input className="input join-item flex-1" placeholder="请输入您的问题" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button className="btn btn-primary join-item" type="submit">发送</button>
      </form>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<App />);
