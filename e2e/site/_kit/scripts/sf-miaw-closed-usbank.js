FixtureKit.script([
  { bot: 'Hi, I am the U.S. Bank virtual assistant. What brings you here today?', name: 'U.S. Bank Assistant', time: '11:20 AM' },
  { me: 'My loan payment will be late this month', time: '11:20 AM' },
  { system: 'Priya joined' },
  { agent: 'Hello, my name is Priya, agent ID 60342. I can offer a one-month payment deferral.', name: 'Priya', time: '11:22 AM' },
  { me: 'Does the deferral add interest?', time: '11:22 AM' },
  { agent: 'Interest continues to accrue, about $18.40 for the month, added to the end of the loan.', name: 'Priya', time: '11:23 AM' },
  { me: 'OK, please set it up.', time: '11:23 AM' },
  { agent: 'Done, reference DF-20917.', name: 'Priya', time: '11:24 AM' },
], { names: 'others', times: true });
