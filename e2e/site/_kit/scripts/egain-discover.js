FixtureKit.script([
  { system: 'Please wait while we connect you to an agent.' },
  { system: 'Kevin has joined the chat' },
  { agent: 'Hi, this is Kevin with Discover, rep ID 65011. What can I do for you?', name: 'Kevin', time: '7:55 PM' },
  { me: 'I need to lower my minimum payment for a few months', time: '7:55 PM' },
  { agent: 'Our payment program lowers the APR to 4.99% for 12 months, with payments of $180.', name: 'Kevin', time: '7:56 PM' },
  { me: 'Does it affect my credit report?', time: '7:57 PM' },
  { agent: 'The account will be noted as enrolled in a payment program; on-time payments are still reported as on time.', name: 'Kevin', time: '7:58 PM' },
  { me: 'OK, enroll me.', time: '7:58 PM' },
  { agent: 'You are enrolled, confirmation DC-902261.', name: 'Kevin', time: '7:59 PM' },
], { names: 'others', times: true });
