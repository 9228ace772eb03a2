FixtureKit.script([
  { bot: '您好，我是中国银行智能客服中中，请问有什么可以帮您？', name: '智能客服中中', time: '17:00' },
  { me: '信用卡还款有困难', time: '17:00' },
  { system: '会话已被客服接起' },
  { agent: '您好，中国银行客服郑洁为您服务，工号 40913。', name: '郑洁', time: '17:02' },
  { me: '想申请延期还款一个月', time: '17:02' },
  { agent: '可以为您申请，延期期间利息照常计算。', name: '郑洁', time: '17:03' },
], { names: 'others', times: true });
