// NLUX: AiChat with a batch adapter whose replies come from the bank's agent (assistant persona: name, avatar,
// tagline), the customer as the user persona, the 'list' layout that names every message; the agent's first line is
// the initial conversation. Enter in NLUX's own composer sends.
import { createRoot } from 'react-dom/client';
import { AiChat, useAsBatchAdapter } from '@nlux/react';
import '@nlux/themes/nova.css';
import { createConversation } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['ccb-card'];
const avatar = (letter, color) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" rx="20" fill="${color}"/><text x="20" y="26" font-size="18" text-anchor="middle" fill="#fff">${letter}</text></svg>`)}`;

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
