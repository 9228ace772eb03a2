FixtureKit.script([
  { bot: 'Hello, I am the Starling bot. Tell me what you need.', name: 'Starling Bot', time: '18:30' },
  { me: 'Talk to a person about my overdraft', time: '18:30' },
  { system: 'Chat transferred to Ruth' },
  { agent: 'Hi, I am Ruth, staff ID 55021. Your overdraft is £420 over its limit.', name: 'Ruth', time: '18:32' },
  { me: 'Can I repay it over 4 months?', time: '18:32' },
  { agent: 'Yes, £105 a month for 4 months with no fees. Reference ST-28714.', name: 'Ruth', time: '18:33' },
  { me: 'Perfect.', time: '18:33' },
], { names: 'others', times: true });
