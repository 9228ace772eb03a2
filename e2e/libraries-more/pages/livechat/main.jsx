// LiveChat React Chat UI Kit (@livechat/ui-kit, peer React 15/16; run here on React 18.2): ThemeProvider > TitleBar,
// a MessageList of MessageGroups (a group per run of one sender, the bank's with an avatar, the customer's isOwn)
// holding Messages with authorName and date and a MessageText, and a TextComposer with TextInput and SendButton
// (Enter sends), as in the kit's docs.
import React, { useEffect, useMemo, useState } from 'react';
import ReactDOM from 'react-dom';
import { ThemeProvider, TitleBar, MessageList, MessageGroup, Message, MessageText, TextComposer, Row, TextInput, SendButton } from '@livechat/ui-kit';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation, shownClock } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['citi-loan'];
const senders = {
  bot: { name: script.bot.name, avatar: letterAvatar('B', '#d03027') },
  agent: { name: script.agent.name, avatar: letterAvatar('P', '#004977') },
  customer: { name: 'You' },
};

/** Consecutive messages of one sender form a group, as the kit's docs lay a conversation out. */
function groups(messages) {
  const out = [];
  for (const m of messages) {
    const last = out[out.length - 1];
    if (last && last.who === m.who) last.items.push(m);
    else out.push({ who: m.who, key: m.id, items: [m] });
  }
  return out;
}

function App() {
  const [messages, setMessages] = useState([]);
  const add = (who, text) => setMessages((list) => [...list, { id: list.length, who, text, time: shownClock(script, list.length) }]);
  const conversation = useMemo(() => createConversation(script, { show: (step) => add(step.who, step.text) }), []);
  useEffect(() => void conversation.start(), [conversation]);

  return (
    <ThemeProvider>
      <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
        <TitleBar title="Capital One · Payment help" />
        <div style={{ flex: 1, minHeight: 0 }}>
          <MessageList active>
            {groups(messages).map((g) =>
              g.who === 'customer' ? (
                <MessageGroup key={g.key} isOwn onlyFirstWithMeta>
                  {g.items.map((m) => (
                    <Message key={m.id} isOwn date={m.time}>
                      <MessageText>{m.text}</MessageText>
                    </Message>
                  ))}
                </MessageGroup>
              ) : (
                <MessageGroup key={g.key} avatar={senders[g.who].avatar} onlyFirstWithMeta>
                  {g.items.map((m) => (
                    <Message key={m.id} authorName={senders[m.who].name} date={m.time}>
                      <MessageText>{m.text}</MessageText>
                    </Message>
                  ))}
                </MessageGroup>
              ),
            )}
          </MessageList>
        </div>
        <TextComposer
          onSend={(text) => {
            add('customer', text);
            conversation.customerSent(text);
          }}
        >
          <Row align="center">
            <TextInput fill placeholder="Write a message" />
            <SendButton fit />
          </Row>
        </TextComposer>
      </div>
    </ThemeProvider>
  );
}

ReactDOM.render(<App />, document.getElementById('root'));
