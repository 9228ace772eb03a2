FixtureKit.script([
  { agent: '您好，京东金融客服欢欢为您服务，工号 JD3307。', time: '21:02' },
  { me: '白条逾期了，想申请延期', time: '21:02' },
  { agent: '请问逾期了多少天？', time: '21:03' },
  { me: '15天', time: '21:03' },
  { agent: '可以为您申请一次延期还款，延期30天，不影响后续使用。', time: '21:04' },
  { me: '好的，谢谢', time: '21:04' },
], { names: 'none', times: true });
