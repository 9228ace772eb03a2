FixtureKit.script([
  { system: 'Thank you for waiting. An advisor will be with you shortly.' },
  { agent: 'Hello, my name is Sam, advisor number 4402. How can I help you today?', name: 'Sam', time: '16:01' },
  { me: 'I cannot make my loan repayment this month', time: '16:01' },
  { agent: 'I am sorry to hear that. We could offer a payment holiday of one month, or a reduced payment of £90 for three months.', name: 'Sam', time: '16:02' },
  { me: 'The reduced payment please.', time: '16:03' },
  { agent: 'That is arranged: £90 for three months from the 1st, reference LB-55301.', name: 'Sam', time: '16:04' },
], { names: 'all', customerName: 'You', times: true });
