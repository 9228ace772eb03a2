FixtureKit.script([
  { bot: 'Hi there, I am the Ally Assistant. What can I help with?', name: 'Ally Assistant', time: '10:10' },
  { me: 'My auto loan payment will be 10 days late', time: '10:10' },
  { bot: 'I can connect you with our team for payment extensions.', name: 'Ally Assistant', time: '10:10' },
  { system: 'Nora joined the conversation' },
  { agent: 'Hi, I am Nora, team member ID 19844. We can extend your due date by 10 days for a $25 fee.', name: 'Nora', time: '10:12' },
  { me: 'Can the fee be waived?', time: '10:12' },
  { agent: 'This time yes, the fee is waived. Reference AL-33018.', name: 'Nora', time: '10:13' },
], { names: 'others', times: true });
