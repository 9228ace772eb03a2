FixtureKit.script([
  { system: 'Thank you for contacting Santander. An agent will be with you shortly.' },
  { agent: 'Hello, I am Lucy, agent ID 80912. How can I help?', name: 'Lucy', time: '15:40' },
  { me: 'I have fallen behind on my credit card', time: '15:40' },
  { agent: 'I can set up a 6-month plan with interest suspended and payments of £60.', name: 'Lucy', time: '15:41' },
  { me: 'Could it be 9 months?', time: '15:41' },
  { agent: 'Yes, 9 months at £60 with interest suspended, reference SN-40218.', name: 'Lucy', time: '15:43' },
  { me: 'Thank you.', time: '15:43' },
  { system: 'The agent has ended the conversation.' },
], { names: 'others', times: true });
