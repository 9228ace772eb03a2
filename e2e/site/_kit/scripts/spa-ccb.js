FixtureKit.script([
  { bot: '您好，我是建行智能客服小龙人，请问有什么可以帮您？', name: '小龙人', time: '13:10' },
  { me: '我想办理信用卡逾期分期', time: '13:10' },
  { system: '正在为您转接人工客服，请稍候' },
  { agent: '您好，我是建行客服吴敏，工号 88120。', name: '吴敏', time: '13:12' },
  { do: 'navigate', to: '/cn/kefu/card/' },
  { me: '当前欠款多少？', time: '13:12' },
  { agent: '当前欠款 ¥12,360.00，逾期38天。', name: '吴敏', time: '13:13' },
  { do: 'navigate', to: '/cn/kefu/card/plan/' },
  { me: '能分18期吗？', time: '13:14' },
  { agent: '可以，分18期每月约 ¥760.00。', name: '吴敏', time: '13:15' },
], { names: 'others', times: true });
