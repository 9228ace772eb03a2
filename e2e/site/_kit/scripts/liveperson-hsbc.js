FixtureKit.script([
  { bot: "Hi, I'm the HSBC virtual assistant. What can I help you with today?", name: 'Concierge Bot', time: '10:02 AM' },
  { me: 'I have missed two credit card payments and need to talk about a payment plan', time: '10:02 AM' },
  { bot: 'Here are some options that may help.', name: 'Concierge Bot', time: '10:02 AM', card: { title: 'Financial support', text: 'Talk to a specialist about a repayment plan', buttons: ['Chat with a specialist', 'Read more'] }, expectText: 'Financial support\nTalk to a specialist about a repayment plan' },
  { me: 'Chat with a specialist', time: '10:03 AM' },
  { system: 'Jamie has joined the conversation' },
  { agent: 'Hello, this is Jamie from the financial support team, advisor ID 30718. I can see your card is 38 days past due.', name: 'Jamie', time: '10:04 AM' },
  { me: 'My hours were cut. I can afford about £120 a month.', time: '10:04 AM' },
  { agent: 'We can set up a 12-month arrangement at £160 a month with interest frozen.', name: 'Jamie', time: '10:05 AM' },
  { me: 'Could we make it £120 over 16 months?', time: '10:05 AM' },
  { agent: 'Yes. 16 payments of £120, interest frozen, reference FS-88213. The letter will be posted within 5 days.', name: 'Jamie', time: '10:07 AM' },
  { me: 'Thank you, I agree.', time: '10:07 AM' },
], { names: 'others', times: true });
