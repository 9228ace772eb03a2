// Ant Design X: the bank's and the customer's messages in Bubble.List (roles set sides, avatars and name headers),
// the composer is Sender (Enter sends), as in the component docs.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Avatar } from 'antd';
import { Bubble, Sender } from '@ant-design/x';
import { createConversation, shownClock } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['cmb-card'];

const roles = {
  bot: { placement: 'start', avatar: <Avatar style={{ background: '#c0392b' }}>招</Avatar>, header: script.bot.name },
  agent: { placement: 'start', avatar: <Avatar style={{ background: '#2563eb' }}>客</Avatar>, header: script.agent.name },
  user: { placement: 'end', avatar: <Avatar>我</Avatar> },
};

function App() {
  const [items, setItems] = useState([]);
  const [draft, setDraft] = useState('');
  const count = useRef(0);
  const add = (role, content) =>
    setItems((list) => {
      const key = count.current++;
      return [...list, { key, role, content, footer: shownClock(script, key) }];
    });
  const conversation = useMemo(() => createConversation(script, { show: (step) => add(step.who, step.text) }), []);
  useEffect(() => void conversation.start(), [conversation]);

  return (
    <>
      <Bubble.List style={{ flex: 1, padding: 16 }} role={roles} items={items} />
      <Sender
        style={{ margin: 12, width: 'auto' }}
        placeholder="请输入您的问题"
        value={draft}
        onChange={setDraft}
        onSubmit={(text) => {
          add('user', text);
          setDraft('');
          conversation.customerSent(text);
        }}
      />
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
