FixtureKit.script([
  { agent: '您好，请问有什么可以帮您？', name: '客服', time: '10:00' },
  { me: '我想咨询一下订单退款', time: '10:00' },
  { agent: '请提供订单号。', name: '客服', time: '10:01' },
  { me: '20240518001', time: '10:01' },
  { agent: '已为您登记退款。', name: '客服', time: '10:02' },
], { names: 'others', times: true });
