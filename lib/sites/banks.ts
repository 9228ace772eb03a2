import type { FinanceSite } from './types';

/**
 * Banks, card issuers and lending platforms whose own pages Parley runs on. Domains are registrable domains
 * (subdomains included) — JD's mall is deliberately absent: only its finance arm is a lender.
 */
export const FINANCE_SITES: readonly FinanceSite[] = [
  { id: 'cmb', kind: 'bank', region: 'CN', name: { zh: '招商银行', en: 'China Merchants Bank' }, domains: ['cmbchina.com', 'cmbimg.com'] },
  { id: 'icbc', kind: 'bank', region: 'CN', name: { zh: '中国工商银行', en: 'ICBC' }, domains: ['icbc.com.cn'] },
  { id: 'ccb', kind: 'bank', region: 'CN', name: { zh: '中国建设银行', en: 'China Construction Bank' }, domains: ['ccb.com', 'ccb.cn'] },
  { id: 'boc', kind: 'bank', region: 'CN', name: { zh: '中国银行', en: 'Bank of China' }, domains: ['boc.cn', 'bankofchina.com'] },
  { id: 'abc', kind: 'bank', region: 'CN', name: { zh: '中国农业银行', en: 'Agricultural Bank of China' }, domains: ['abchina.com', 'abchina.com.cn'] },
  { id: 'bocom', kind: 'bank', region: 'CN', name: { zh: '交通银行', en: 'Bank of Communications' }, domains: ['bankcomm.com', 'bankcomm.cn'] },
  { id: 'psbc', kind: 'bank', region: 'CN', name: { zh: '中国邮政储蓄银行', en: 'Postal Savings Bank of China' }, domains: ['psbc.com'] },
  { id: 'citic', kind: 'bank', region: 'CN', name: { zh: '中信银行', en: 'China CITIC Bank' }, domains: ['citicbank.com'] },
  { id: 'ceb', kind: 'bank', region: 'CN', name: { zh: '中国光大银行', en: 'China Everbright Bank' }, domains: ['cebbank.com'] },
  { id: 'cmbc', kind: 'bank', region: 'CN', name: { zh: '中国民生银行', en: 'China Minsheng Bank' }, domains: ['cmbc.com.cn'] },
  { id: 'pingan', kind: 'bank', region: 'CN', name: { zh: '平安银行', en: 'Ping An Bank' }, domains: ['pingan.com', 'pingan.com.cn'] },
  { id: 'spdb', kind: 'bank', region: 'CN', name: { zh: '浦发银行', en: 'SPD Bank' }, domains: ['spdb.com.cn'] },
  { id: 'cib', kind: 'bank', region: 'CN', name: { zh: '兴业银行', en: 'Industrial Bank' }, domains: ['cib.com.cn'] },
  { id: 'cgb', kind: 'bank', region: 'CN', name: { zh: '广发银行', en: 'China Guangfa Bank' }, domains: ['cgbchina.com.cn'] },
  { id: 'hxb', kind: 'bank', region: 'CN', name: { zh: '华夏银行', en: 'Hua Xia Bank' }, domains: ['hxb.com.cn'] },
  { id: 'alipay', kind: 'lending-platform', region: 'CN', name: { zh: '支付宝 / 花呗', en: 'Alipay / Huabei' }, domains: ['alipay.com', 'antgroup.com'] },
  { id: 'jdjr', kind: 'lending-platform', region: 'CN', name: { zh: '京东金融', en: 'JD Finance' }, domains: ['jr.jd.com', 'jdpay.com'] },
  { id: 'webank', kind: 'bank', region: 'CN', name: { zh: '微众银行', en: 'WeBank' }, domains: ['webank.com'] },

  { id: 'chase', kind: 'bank', region: 'US', name: { zh: '大通银行', en: 'Chase' }, domains: ['chase.com'] },
  { id: 'bofa', kind: 'bank', region: 'US', name: { zh: '美国银行', en: 'Bank of America' }, domains: ['bankofamerica.com'] },
  { id: 'wellsfargo', kind: 'bank', region: 'US', name: { zh: '富国银行', en: 'Wells Fargo' }, domains: ['wellsfargo.com'] },
  { id: 'citi', kind: 'bank', region: 'US', name: { zh: '花旗银行', en: 'Citi' }, domains: ['citi.com', 'citibank.com'] },
  { id: 'capitalone', kind: 'card-issuer', region: 'US', name: { zh: '第一资本', en: 'Capital One' }, domains: ['capitalone.com'] },
  { id: 'discover', kind: 'card-issuer', region: 'US', name: { zh: 'Discover 信用卡', en: 'Discover' }, domains: ['discover.com'] },
  { id: 'amex', kind: 'card-issuer', region: 'US', name: { zh: '美国运通', en: 'American Express' }, domains: ['americanexpress.com'] },
  { id: 'usbank', kind: 'bank', region: 'US', name: { zh: '美国合众银行', en: 'U.S. Bank' }, domains: ['usbank.com'] },
  { id: 'barclays', kind: 'bank', region: 'UK', name: { zh: '巴克莱银行', en: 'Barclays' }, domains: ['barclays.co.uk', 'barclaycard.co.uk'] },
  { id: 'hsbcuk', kind: 'bank', region: 'UK', name: { zh: '汇丰银行（英国）', en: 'HSBC UK' }, domains: ['hsbc.co.uk'] },
  { id: 'lloyds', kind: 'bank', region: 'UK', name: { zh: '劳埃德银行', en: 'Lloyds Bank' }, domains: ['lloydsbank.com'] },
  { id: 'natwest', kind: 'bank', region: 'UK', name: { zh: '国民西敏寺银行', en: 'NatWest' }, domains: ['natwest.com'] },
  { id: 'santanderuk', kind: 'bank', region: 'UK', name: { zh: '桑坦德银行（英国）', en: 'Santander UK' }, domains: ['santander.co.uk'] },
  { id: 'nationwide', kind: 'bank', region: 'UK', name: { zh: '全英房屋抵押贷款协会', en: 'Nationwide' }, domains: ['nationwide.co.uk'] },

  // Reserved .test names (RFC 6761) can never resolve on the internet, so shipping them in the production
  // manifest costs nothing and lets the demo and browser tests exercise the real manifest.
  { id: 'demobank', kind: 'bank', region: 'TEST', name: { zh: '示范银行', en: 'Demo Bank' }, domains: ['demobank.test'], demo: true },
];
