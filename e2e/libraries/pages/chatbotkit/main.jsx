// react-chatbot-kit: the kit's Chatbot with a config (bot name, initial message), a MessageParser that hands each
// customer line to the ActionProvider, and the ActionProvider adding the bank's replies with createChatBotMessage.
// The kit draws its own bot avatar (the bot name's initial), user bubbles and input form (Enter submits).
import React from 'react';
import { createRoot } from 'react-dom/client';
import * as chatbotKit from 'react-chatbot-kit';
import 'react-chatbot-kit/build/main.css';
import { createConversation } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

// The package is CommonJS; depending on the bundler's interop its default export arrives wrapped once more.
const Chatbot = chatbotKit.default?.default ?? chatbotKit.default;
const createChatBotMessage = chatbotKit.createChatBotMessage ?? chatbotKit.default.createChatBotMessage;
const script = SCRIPTS['citi-loan'];

let addBotMessage = () => {};
const conversation = createConversation({ ...script, steps: script.steps.slice(1) }, { show: (step) => addBotMessage(step.text) });

const config = {
  botName: script.bot.name,
  initialMessages: [createChatBotMessage(script.steps[0].text)],
  customStyles: { botMessageBox: { backgroundColor: '#056dae' }, chatButton: { backgroundColor: '#056dae' } },
};

function ActionProvider({ setState, children }) {
  addBotMessage = (text) => setState((prev) => ({ ...prev, messages: [...prev.messages, createChatBotMessage(text)] }));
  const customerLine = (text) => conversation.customerSent(text);
  return <div>{React.Children.map(children, (child) => React.cloneElement(child, { actions: { customerLine } }))}</div>;
}

function MessageParser({ children, actions }) {
  const parse = (message) => actions.customerLine(message);
  return <div>{React.Children.map(children, (child) => React.cloneElement(child, { parse, actions }))}</div>;
}

createRoot(document.getElementById('root')).render(
  <Chatbot config={config} actionProvider={ActionProvider} messageParser={MessageParser} headerText="Chat with Citi" placeholderText="Type your message" />,
);
conversation.start();
