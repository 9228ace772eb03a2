// BotUI 1.x (`botui` core + `@botui/react`, the current "next" line, not the Vue 2 v0.3): createBot(), <BotUI bot>
// with BotUIMessageList and BotUIAction and the default theme, as in its README. Bank lines are bot.message.add;
// the customer answers an `input` action (bot.action.set), which BotUI adds to the list as the human's message.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { createBot } from 'botui';
import { BotUI, BotUIAction, BotUIMessageList } from '@botui/react';
import '@botui/react/default-theme';
import { createConversation } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['icbc-loan'];
const myBot = createBot();

const conversation = createConversation(script, {
  show: async (step) => {
    await myBot.message.add({ text: step.text });
    // The customer's turn comes next: ask for it the BotUI way, with an input action.
    const next = script.steps[script.steps.indexOf(step) + 1];
    if (next?.who === 'customer') {
      myBot.action
        .set({ placeholder: '请输入您的问题' }, { actionType: 'input', confirmButtonText: '发送' })
        .then((data) => conversation.customerSent(String(data.value ?? data.text ?? '')));
    }
  },
});

const App = () => {
  useEffect(() => void conversation.start(), []);
  return (
    <div style={{ height: '100%', overflow: 'auto' }}>
      <BotUI bot={myBot}>
        <BotUIMessageList />
        <BotUIAction />
      </BotUI>
    </div>
  );
};

createRoot(document.getElementById('root')).render(<App />);
