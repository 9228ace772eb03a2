FixtureKit.script([
  { bot: 'Hi, I am the Halifax digital assistant. Ask me anything.', name: 'Halifax Assistant', time: '13:05' },
  { me: 'I need to talk about arrears on my loan', time: '13:05' },
  { system: 'Connecting you to a colleague' },
  { system: 'You are now chatting with Tom' },
  { agent: 'Hi, this is Tom, colleague ID 70155. Your account is two payments behind.', name: 'Tom', time: '13:07' },
  { me: 'I can pay £50 extra a month to catch up.', time: '13:07' },
  { agent: 'An arrangement of £50 extra per month for 8 months clears the arrears. Reference HX-10993.', name: 'Tom', time: '13:08' },
  { me: 'Agreed.', time: '13:08' },
], { names: 'others', times: true });
