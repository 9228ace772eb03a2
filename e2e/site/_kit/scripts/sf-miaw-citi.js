FixtureKit.script([
  { bot: 'Hello! I am the Citi virtual assistant. How can I help?', name: 'Citi Assistant', time: '2:10 PM' },
  { me: 'I need help with a late credit card payment', time: '2:10 PM' },
  { bot: 'Let me connect you to a specialist.', name: 'Citi Assistant', time: '2:10 PM' },
  { system: 'Marcus joined' },
  { agent: 'Hi, this is Marcus, employee ID 77120. Your account shows a minimum due of $245 that is 31 days late.', name: 'Marcus', time: '2:12 PM' },
  { me: 'Can the late fee be waived if I pay today?', time: '2:12 PM' },
  { agent: 'Yes, if the payment posts today I can waive the $40 late fee.', name: 'Marcus', time: '2:13 PM' },
  { me: 'Great, I will pay now.', time: '2:13 PM' },
  { system: 'Marcus left the conversation' },
], { names: 'others', times: true });
