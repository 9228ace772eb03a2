// react-native-gifted-chat on the web through react-native-web: a GiftedChat with the customer as `user` and two
// other users (the bank's assistant and its agent, each with a name and an avatar), usernames shown in the bubbles,
// messages added with GiftedChat.append, the composer's Send button; registered with AppRegistry as
// react-native-web's docs show.
import './globals.js';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AppRegistry } from 'react-native';
import { GiftedChat, Send } from 'react-native-gifted-chat';
import 'dayjs/locale/zh-cn';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation, shownClock } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['spdb-card'];
const customer = { _id: 1, name: '我' };
const users = {
  bot: { _id: 2, name: script.bot.name, avatar: letterAvatar('智', '#0f7b3f') },
  agent: { _id: 3, name: script.agent.name, avatar: letterAvatar('周', '#1d4ed8') },
};

/** The script's clock for the n-th message, as a Date (GiftedChat formats createdAt itself). */
function clockAt(n) {
  const [h, m] = shownClock(script, n).split(':').map(Number);
  const date = new Date();
  date.setHours(h, m, 0, 0);
  return date;
}

let nextId = 0;
function App() {
  const [messages, setMessages] = useState([]);
  const conversation = useMemo(
    () =>
      createConversation(script, {
        show: (step) =>
          setMessages((previous) =>
            GiftedChat.append(previous, [{ _id: `m${nextId++}`, text: step.text, createdAt: clockAt(previous.length), user: users[step.who] }]),
          ),
      }),
    [],
  );
  useEffect(() => void conversation.start(), [conversation]);

  const onSend = useCallback(
    (sent = []) => {
      setMessages((previous) => GiftedChat.append(previous, sent.map((message) => ({ ...message, createdAt: clockAt(previous.length) }))));
      for (const message of sent) conversation.customerSent(message.text);
    },
    [conversation],
  );

  return (
    <GiftedChat
      messages={messages}
      onSend={onSend}
      user={customer}
      isUsernameVisible
      locale="zh-cn"
      timeFormat="HH:mm"
      dateFormatCalendar={{ sameDay: '[今天]' }}
      textInputProps={{ placeholder: '请输入您要咨询的问题' }}
      renderSend={(props) => <Send {...props} label="发送" />}
    />
  );
}

AppRegistry.registerComponent('PsbcChat', () => App);
AppRegistry.runApplication('PsbcChat', { rootTag: document.getElementById('root') });
