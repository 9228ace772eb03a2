// react-simple-chatbot 1.x (React 18, styled-components): <ChatBot steps> with a header title, per-step avatars (the
// bot's and the agent's), `user: true` steps for the customer typed into its input (Enter sends), as in its docs.
// The library walks its own steps: each bank line is a text step whose `message` function reports it shown to the
// shared conversation, and each user step's `trigger` function hands the typed line back.
import { createRoot } from 'react-dom/client';
import ChatBot from 'react-simple-chatbot';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['chase-card'];
const avatars = { bot: letterAvatar('B', '#0c2074'), agent: letterAvatar('D', '#d52b1e') };

// The conversation waits until the library has shown each bank line before it lets the test type the next answer.
const shown = script.steps.map(() => {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
});
const conversation = createConversation(script, { show: (step) => shown[script.steps.indexOf(step)].promise });

const steps = script.steps.map((step, i) => {
  const last = i === script.steps.length - 1;
  const next = last ? undefined : { trigger: String(i + 1) };
  if (step.who === 'customer') {
    return {
      id: String(i),
      user: true,
      trigger: ({ value }) => {
        conversation.customerSent(String(value));
        return String(i + 1);
      },
    };
  }
  return {
    id: String(i),
    avatar: avatars[step.who],
    message: () => {
      shown[i].resolve();
      return step.text;
    },
    ...(last ? { end: true } : next),
  };
});

conversation.start();
createRoot(document.getElementById('root')).render(
  <ChatBot steps={steps} headerTitle="U.S. Bank Card Services" botName={script.bot.name} botAvatar={avatars.bot} placeholder="Type your message" width="100%" height="100%" botDelay={400} />,
);
