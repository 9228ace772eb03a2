FixtureKit.script([
  { system: 'You are now connected to NatWest' },
  { agent: 'Hello, my name is Priya. My advisor ID is 21870. How can I help?', name: 'Priya', time: '12:30' },
  { me: 'I am struggling to pay my credit card', time: '12:30' },
  { agent: 'We have a Financial Support plan: interest stopped and payments of £75 a month for 12 months.', name: 'Priya', time: '12:31' },
  { me: 'Yes please, set that up.', time: '12:32' },
  { agent: 'Done. Reference NW-661204. You will receive a letter.', name: 'Priya', time: '12:33' },
  { system: 'Priya has left the chat' },
], { names: 'others', times: true });
