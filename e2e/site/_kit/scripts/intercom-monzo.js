FixtureKit.script([
  { agent: 'Hi, it is Alex from Monzo, staff number 12077. How can we help?', name: 'Alex', time: '9:02' },
  { me: 'I am going to miss my loan repayment', time: '9:03' },
  { agent: 'Thanks for telling us early. We can move the repayment date or set a reduced payment of £40 for 2 months.', name: 'Alex', time: '9:04' },
  { me: 'The reduced payment would help, thank you.', time: '9:04' },
  { agent: 'Done, reference MZ-40817.', name: 'Alex', time: '9:05' },
  { system: 'Alex closed the conversation' },
], { names: 'others', times: true });
