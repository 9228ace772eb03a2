// Fluent UI Northstar (the Teams design system; @fluentui/react-northstar 0.66, whose peer range is React 16/17, run
// here on React 18.2): a Provider with the Teams theme, a Chat of items as in the Chat docs — a "Today" Divider, the
// bank's messages with an Avatar in the gutter (an image for the assistant, initials for the agent) and a
// Chat.Message with author and timestamp, the customer's as `mine` messages at the end side — and a Teams-style
// compose box below it: a fluid Input (Enter sends) with a send Button.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Avatar, Button, Chat, Divider, Flex, Input, Provider, teamsTheme } from '@fluentui/react-northstar';
import { SendIcon } from '@fluentui/react-icons-northstar';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation, shownClock } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['hsbc-card'];
// The Teams theme's font faces load Segoe UI from Microsoft's CDN; the page keeps the theme without them (the pages
// load nothing from the network), so the text falls back to the theme's next system font.
const theme = { ...teamsTheme, fontFaces: [] };
const senders = {
  bot: { author: script.bot.name, gutter: <Avatar image={letterAvatar('N', '#42145f')} /> },
  agent: { author: script.agent.name, gutter: <Avatar name={script.agent.name} /> },
};

let nextKey = 0;
function item(who, text, index) {
  const timestamp = `Today, ${shownClock(script, index)}`;
  const key = `message-${nextKey++}`;
  if (who === 'customer') {
    return { key, contentPosition: 'end', message: <Chat.Message content={text} author="You" timestamp={timestamp} mine /> };
  }
  const { author, gutter } = senders[who];
  return { key, gutter, message: <Chat.Message content={text} author={author} timestamp={timestamp} /> };
}

function App() {
  const [messages, setMessages] = useState([]);
  const [draft, setDraft] = useState('');
  const end = useRef(null);
  const add = (who, text) => setMessages((list) => [...list, item(who, text, list.length)]);
  const conversation = useMemo(() => createConversation(script, { show: (step) => add(step.who, step.text) }), []);
  useEffect(() => void conversation.start(), [conversation]);
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [messages]);

  const send = () => {
    const text = draft.trim();
    if (!text) return;
    setDraft('');
    add('customer', text);
    conversation.customerSent(text);
  };

  const items = [{ key: 'today', children: <Divider content="Today" color="brand" important /> }, ...messages];
  return (
    <Provider theme={theme} style={{ height: '100%' }}>
      <Flex column fill>
        <Flex.Item grow styles={{ overflowY: 'auto', minHeight: 0 }}>
          <div>
            <Chat items={items} />
            <div ref={end} />
          </div>
        </Flex.Item>
        <Flex gap="gap.small" padding="padding.medium" vAlign="center">
          <Flex.Item grow>
            <Input
              fluid
              placeholder="Type a new message"
              value={draft}
              onChange={(_, data) => setDraft(data?.value ?? '')}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  send();
                }
              }}
            />
          </Flex.Item>
          <Button icon={<SendIcon />} iconOnly text title="Send" onClick={send} />
        </Flex>
      </Flex>
    </Provider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
