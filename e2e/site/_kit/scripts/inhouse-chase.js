FixtureKit.script([
  { bot: 'Hi, I am the Chase virtual assistant. How can I help?', name: 'Chase Assistant', time: '4:02 PM' },
  { me: 'I need to talk to someone about a hardship plan for my credit card', time: '4:02 PM' },
  { system: 'You are now chatting with Sarah' },
  { agent: 'Hello, this is Sarah from card services, agent ID 4471. Your account is 45 days past due.', name: 'Sarah', time: '4:04 PM' },
  { me: 'I lost hours at work. I can pay about $150 a month.', time: '4:04 PM' },
  { agent: 'Our hardship program offers 12 months at 0% interest with payments of $185.', name: 'Sarah', time: '4:05 PM' },
  // An agent corrects a figure a little later, as people do.
  { do: 'wait', ms: 800 },
  { do: 'edit', at: -1, text: 'Our hardship program offers 12 months at 0% interest with payments of $175.' },
  { me: 'Could you do $150 over 15 months instead?', time: '4:06 PM' },
  { agent: 'Yes, 15 months at $150 with interest waived. Reference HP-20931.', name: 'Sarah', time: '4:07 PM' },
  { me: 'Yes, I agree.', time: '4:07 PM' },
  { system: 'Chat ended' },
], { names: 'others', times: true });
