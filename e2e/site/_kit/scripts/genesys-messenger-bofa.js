FixtureKit.script([
  { system: 'Your conversation has started' },
  { bot: 'Hi, I am Erica, your virtual financial assistant. How can I help?', name: 'Bot' },
  { me: 'I want to talk to someone about my overdue credit card' },
  { bot: 'Connecting you to an agent now.', name: 'Bot' },
  { system: 'Agent Kim joined the conversation' },
  { agent: 'Hello, this is Kim, associate ID 31925. I see a balance of $5,210.44 that is 47 days past due.', name: 'Kim' },
  { me: 'Is there a program to lower my payments?', },
  { agent: 'Our 60-month fixed payment program would bring it to $112 a month at 5.9% APR, and the card would be closed.', name: 'Kim' },
  { me: 'I accept the 60-month program.' },
  { agent: 'Enrolled. Reference BA-7720195.', name: 'Kim' },
  { system: 'Your conversation has ended' },
], { names: 'others', times: false });
