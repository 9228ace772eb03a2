FixtureKit.script([
  { agent: '您好，农业银行在线客服，我是客服冯雪，工号 22071。', name: '冯雪', time: '12:00' },
  { me: '我的信用卡逾期了，能分期吗？', time: '12:00' },
  { agent: '可以申请分期，当前欠款 ¥9,800.00，可分12期。', name: '冯雪', time: '12:01' },
  { me: '谢谢', time: '12:02' },
], { names: 'others', times: true });
