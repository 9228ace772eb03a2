// Semi Design's Chat: a controlled `chats` array with roleConfig (name and avatar per role: the bank's assistant, its
// agent as a role of its own, and the user), align leftRight in bubble mode; Chat appends the customer's line itself
// when its input box sends (Enter) and reports the new list through onChatsChange, as in the Semi docs.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Chat } from '@douyinfe/semi-ui';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['boc-card'];
const roleConfig = {
  user: { name: '我', avatar: letterAvatar('我', '#6b7280') },
  assistant: { name: script.bot.name, avatar: letterAvatar('智', '#6a1b9a') },
  agent: { name: script.agent.name, avatar: letterAvatar('客', '#b45309') },
};
const roleOf = { bot: 'assistant', agent: 'agent' };

let nextId = 0;
function App() {
  const [chats, setChats] = useState([]);
  const conversation = useMemo(
    () =>
      createConversation(script, {
        show: (step) =>
          setChats((list) => [...list, { role: roleOf[step.who], id: `m${nextId++}`, createAt: Date.now(), content: step.text, status: 'complete' }]),
      }),
    [],
  );
  useEffect(() => void conversation.start(), [conversation]);
  const onMessageSend = useCallback((content) => conversation.customerSent(content), [conversation]);

  return (
    <Chat
      style={{ height: '100%', maxWidth: '100%' }}
      align="leftRight"
      mode="bubble"
      chats={chats}
      roleConfig={roleConfig}
      onChatsChange={setChats}
      onMessageSend={onMessageSend}
      placeholder="请输入您的问题"
    />
  );
}

createRoot(document.getElementById('root')).render(<App />);
