FixtureKit.script([
  { bot: 'Hi! I am the SoFi virtual assistant. How can I help?', name: 'SoFi Assistant', time: '1:15 PM' },
  { me: 'I need forbearance on my personal loan', time: '1:15 PM' },
  { system: 'Jordan has joined' },
  { agent: 'Hi, Jordan here, member services ID 44120. We can pause payments for up to 3 months.', name: 'Jordan', time: '1:17 PM' },
  { me: 'Will interest still accrue?', time: '1:17 PM' },
  { agent: 'Yes, interest accrues during forbearance, about $64 a month.', name: 'Jordan', time: '1:18 PM' },
  { me: 'Then just 2 months please.', time: '1:18 PM' },
  { agent: 'Two months of forbearance approved, reference SF-71002.', name: 'Jordan', time: '1:19 PM' },
], { names: 'others', times: true });
