// assistant-ui: an external-store runtime holds the messages (the bank's side as assistant messages whose metadata
// carries the speaker's name), ThreadPrimitive lays out the thread, MessagePrimitive each message and
// ComposerPrimitive the input and its send button — assistant-ui's primitives, styled by the page.
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AssistantRuntimeProvider, ComposerPrimitive, MessagePrimitive, ThreadPrimitive, useAuiState, useExternalStoreRuntime } from '@assistant-ui/react';
import { createConversation, shownClock } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';
import { letterAvatar } from '../_shared/avatar.js';

const script = SCRIPTS['boc-card'];
const people = {
  bot: { name: script.bot.name, avatar: letterAvatar('中', '#b91c1c') },
  agent: { name: script.agent.name, avatar: letterAvatar('孙', '#1f2937') },
  customer: { avatar: letterAvatar('我', '#888') },
};

function BankMessage() {
  const custom = useAuiState((s) => s.message.metadata?.custom ?? {});
  return (
    <MessagePrimitive.Root className="aui-msg">
      <img className="aui-avatar" src={custom.avatar} alt="" />
      <div>
        <div className="aui-name">{custom.name}</div>
        <div className="aui-bubble"><MessagePrimitive.Parts /></div>
        <div className="aui-time">{custom.time}</div>
      </div>
    </MessagePrimitive.Root>
  );
}

function CustomerMessage() {
  const custom = useAuiState((s) => s.message.metadata?.custom ?? {});
  return (
    <MessagePrimitive.Root className="aui-msg user">
      <img className="aui-avatar" src={people.customer.avatar} alt="" />
      <div>
        <div className="aui-bubble"><MessagePrimitive.Parts /></div>
        <div className="aui-time">{custom.time}</div>
      </div>
    </MessagePrimitive.Root>
  );
}

function App() {
  const [messages, setMessages] = useState([]);
  const add = (who, text) =>
    setMessages((list) => [...list, { id: `m${list.length}`, who, text, time: shownClock(script, list.length) }]);
  const conversation = useMemo(() => createConversation(script, { show: (step) => add(step.who, step.text) }), []);
  useEffect(() => void conversation.start(), [conversation]);

  const runtime = useExternalStoreRuntime({
    messages,
    convertMessage: (m) => ({
      id: m.id,
      role: m.who === 'customer' ? 'user' : 'assistant',
      content: [{ type: 'text', text: m.text }],
      metadata: { custom: { name: people[m.who].name, avatar: people[m.who].avatar, time: m.time } },
    }),
    onNew: async (message) => {
      const text = message.content.filter((part) => part.type === 'text').map((part) => part.text).join('');
      add('customer', text);
      conversation.customerSent(text);
    },
  });

  return (
    <AssistantRuntimeProvider runtime={runtime}>
      <ThreadPrimitive.Root className="aui-root">
        <ThreadPrimitive.Viewport className="aui-viewport">
          <ThreadPrimitive.Messages components={{ UserMessage: CustomerMessage, AssistantMessage: BankMessage }} />
        </ThreadPrimitive.Viewport>
        <ComposerPrimitive.Root className="aui-composer">
          <ComposerPrimitive.Input placeholder="请输入您的问题" rows={2} />
          <ComposerPrimitive.Send>发送</ComposerPrimitive.Send>
        </ComposerPrimitive.Root>
      </ThreadPrimitive.Root>
    </AssistantRuntimeProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
