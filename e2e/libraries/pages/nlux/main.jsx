// NLUX: AiChat with a batch adapter whose replies come from the bank's agent (assistant persona: name, avatar,
// tagline), the customer as the user persona, the 'list' layout that names every message; the agent's first line is
// the initial conversation. Enter in NLUX's own composer sends.
import { createRoot } from 'react-dom/client';
import { AiChat, useAsBatchAdapter } from '@nlux/react';
import '@nlux/themes/nova.css';
import { createConversation } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';
import { letterAvatar as avatar } from '../_shared/avatar.js';

const script = SCRIPTS['ccb-card'];

let answer;
const conversation = createConversation({ ...script, steps: script.steps.slice(1) }, { show: (step) => answer(step.text) });

function App() {
  const adapter = useAsBatchAdapter(
    (message) =>
      new Promise((resolve) => {
        answer = resolve;
        conversation.customerSent(message);
      }),
  );
  return (
    <AiChat
      adapter={adapter}
      initialConversation={[{ role: 'assistant', message: script.steps[0].text }]}
      personaOptions={{
        assistant: { name: script.agent.name, avatar: avatar('建', '#0b5fa5'), tagline: '信用卡中心人工客服' },
        user: { name: '我', avatar: avatar('我', '#888') },
      }}
      conversationOptions={{ layout: 'list' }}
      composerOptions={{ placeholder: '请输入您要咨询的问题' }}
      displayOptions={{ colorScheme: 'light', width: '100%', height: '100%' }}
    />
  );
}

createRoot(document.getElementById('root')).render(<App />);
conversation.start();
