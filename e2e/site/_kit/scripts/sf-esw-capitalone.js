FixtureKit.script([
  { system: 'Chat started' },
  { bot: 'Hi! I am the Capital One Chatbot. What would you like help with?', name: 'Chatbot', time: '9:41 AM' },
  { me: 'I am behind on my card and want a payment plan', time: '9:41 AM' },
  { bot: 'I can transfer you to an agent who can help with payment plans.', name: 'Chatbot', time: '9:41 AM' },
  { system: 'Dana joined the chat' },
  { agent: 'Hi, my name is Dana, agent ID 52190. I see a past-due balance of $3,482.17.', name: 'Dana', time: '9:43 AM' },
  { me: 'I was out of work for two months. Can you lower the payment?', time: '9:43 AM' },
  { agent: 'We can enroll you in a 6-month hardship plan at $95 a month, with late fees waived.', name: 'Dana', time: '9:44 AM' },
  { me: 'That works, please enroll me.', time: '9:45 AM' },
  { agent: 'You are enrolled. Confirmation number HP-447120.', name: 'Dana', time: '9:45 AM' },
  { system: 'Chat ended by agent' },
], { names: 'others', times: true });
