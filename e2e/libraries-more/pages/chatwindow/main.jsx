// react-chat-window (its React 15 peer range; run here on React 18.2): the intercom-like Launcher from its README —
// agentProfile (team name, image), messageList of { author: 'them' | 'me', type: 'text', data: { text } } and
// onMessageWasSent; the window opens from the launcher button, its contenteditable input sends with Enter.
import React, { Component } from 'react';
import ReactDOM from 'react-dom';
import { Launcher } from 'react-chat-window';
import './offline.css';
import { letterAvatar } from '../_shared/avatar.js';
import { createConversation } from '../_shared/conversation.js';
import { SCRIPTS } from '../_shared/scripts.js';

const script = SCRIPTS['wellsfargo-card'];

class Demo extends Component {
  constructor() {
    super();
    this.state = { messageList: [] };
    this.conversation = createConversation(script, { show: (step) => this._receive(step.text) });
  }

  componentDidMount() {
    this.conversation.start();
  }

  _receive(text) {
    this.setState((state) => ({ messageList: [...state.messageList, { author: 'them', type: 'text', data: { text } }] }));
  }

  _onMessageWasSent(message) {
    this.setState((state) => ({ messageList: [...state.messageList, message] }));
    if (message.type === 'text') this.conversation.customerSent(message.data.text);
  }

  render() {
    return (
      <div>
        <Launcher
          agentProfile={{ teamName: 'Ally Customer Care', imageUrl: letterAvatar('A', '#650360') }}
          onMessageWasSent={this._onMessageWasSent.bind(this)}
          messageList={this.state.messageList}
          showEmoji
          mute
        />
      </div>
    );
  }
}

ReactDOM.render(<Demo />, document.getElementById('root'));
