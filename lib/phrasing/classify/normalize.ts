/**
 * One canonical form for matching chat text: full-width letters, digits and punctuation folded by NFKC, lower case,
 * Traditional characters mapped to Simplified (Hong Kong and Taiwan pages, and users who paste from them; the map is
 * OpenCC's one-character table, generated into ./model/t2s.ts, plus a few hand-picked banking characters), and
 * whitespace removed wherever it touches a Chinese character ("请 提 供" → "请提供"), except a space between two runs of
 * Chinese, which stands for a comma, while English keeps single spaces between words.
 */

import { T2S_FROM, T2S_TO } from './model/t2s';
import { mendSlip } from './slips';

const TRAD_FROM = '還請問麼證碼驗賬帳戶號費減應額罰幫辦續轉銀憑與資訊務單個為這們稱謝認確時間開關過後導經營協議會專員審擔償給發讓說麗復徵錄遠條錢貸處實際況無閱讀騙詐啟載裝軟體聯繫電話線傳寫補總結餘';
const TRAD_TO = '还请问么证码验账账户号费减应额罚帮办续转银凭与资讯务单个为这们称谢认确时间开关过后导经营协议会专员审担偿给发让说丽复征录远条钱贷处实际况无阅读骗诈启载装软体联系电话线传写补总结余';
const T2S_TO_CHARS = [...T2S_TO];
const TRAD = new Map<string, string>([...T2S_FROM].map((c, i) => [c, T2S_TO_CHARS[i] ?? c]));
for (const [i, c] of [...TRAD_FROM].entries()) TRAD.set(c, TRAD_TO[i] ?? c);
const TRAD_RE = new RegExp(`[${[...TRAD.keys()].join('')}]`, 'g');

/**
 * Taiwan / Hong Kong words whose characters convert one by one into a different mainland word (vocabulary, not
 * script: a Taiwan agent writes 遠端 and 視訊 where a mainland one writes 远程 and 视频), and the written Cantonese words
 * a Hong Kong agent types for Mandarin ones (唔 not, 冇 have not, 點解 why, 俾 give). Only words a mainland writer
 * would not use with another meaning: 文件, 執行 or 查詢 differ between the two only in shade, and rewriting them
 * would break mainland text (强制执行 is a collection warning). Longest first, so 應用程式 is one word, not 應用 + 程式.
 */
const WORDS: ReadonlyArray<readonly [string, string]> = [
  ['萤幕', '屏幕'],
  ['远端', '远程'],
  ['视讯', '视频'],
  ['影片', '视频'],
  ['应用程式', '应用'],
  ['程式', '程序'],
  ['登入', '登录'],
  ['线上', '在线'],
  ['使用者', '用户'],
  ['伺服器', '服务器'],
  ['滑鼠', '鼠标'],
  ['行动电话', '手机'],
  ['电邮', '邮件'],
  ['联征', '征信'],
  ['身分', '身份'],
  ['证字号', '证号'],
  ['末四码', '末四位'],
  ['后四码', '后四位'],
  ['环联', '征信'],
  ['粮单', '工资单'],
  ['月结单', '对账单'],
  ['收数', '催收'],
  ['出世日期', '出生日期'],
  ['我哋', '我们'],
  ['你哋', '你们'],
  ['佢哋', '他们'],
  ['呆帐', '坏账'],
  ['点解', '为什么'],
  ['乜嘢', '什么'],
  ['边个', '谁'],
  ['几时', '什么时候'],
  ['呢度', '这里'],
  ['一次过', '一次性'],
  ['还晒', '还清'],
  ['唔该', '请'],
  ['唔使', '不用'],
  ['唔好', '不要'],
  ['唔', '不'],
  ['冇', '没有'],
  ['咗', '了'],
  ['嘅', '的'],
  ['嗰', '那'],
  ['千祈', '千万'],
  ['按金', '押金'],
  ['俾', '给'],
  ['畀', '给'],
  ['睇', '看'],
  ['喺', '在'],
  ['佢', '他'],
  ['啲', '些'],
  ['咩', '什么'],
  ['连结', '链接'],
  ['外挂', '插件'],
  ['软体', '软件'],
  ['回覆', '回复'],
  ['覆返', '回复'],
  ['跟住', '跟着'],
  ['话我知', '告诉我'],
  ['简讯', '短信'],
  ['网路', '网络'],
  ['帐号', '账号'],
  ['帐户', '账户'],
  ['帐单', '账单'],
  ['讯息', '信息'],
  ['许可权', '权限'],
  // Taiwan's word for a device profile (設定檔): "install the profile" whichever way it is written.
  ['设定档', '描述文件'],
  // Taiwan's words for a screen, a device and the rest of a phone's vocabulary, as a Taiwan keyboard or a converter
  // (OpenCC's cn→twp phrases) writes them: 裝置, 介面, 點選, 傳送, 連線, 稽核 (審核), 支援 (支持), 描述檔案.
  ['装置', '设备'],
  ['介面', '界面'],
  ['点选', '点击'],
  ['传送', '发送'],
  ['连线', '连接'],
  ['连线上', '连接上'],
  ['稽核', '审核'],
  ['支援', '支持'],
  ['资讯', '信息'],
  ['设定', '设置'],
  ['视窗', '窗口'],
  ['对话方块', '对话框'],
  ['检视', '查看'],
  ['游标', '光标'],
  ['图示', '图标'],
  ['除错', '调试'],
  ['程式码', '代码'],
  ['描述档案', '描述文件'],
  ['配置档案', '配置文件'],
  ['控制元件', '控件'],
  ['扩充套件', '扩展'],
  ['映象', '镜像'],
  ['系结', '绑定'],
  ['结束通话', '挂断'],
  ['专案', '项目'],
  ['最佳化', '优化'],
  ['储存', '保存'],
  ['登出', '注销'],
  ['型别', '类型'],
  ['联络', '联系'],
  ['瞭解', '了解'],
  ['答覆', '答复'],
  ['藉助', '借助'],
  ['遮蔽', '屏蔽'],
];
// The first characters as a class ahead of the alternation: most positions of a text start none of the words, and the
// class rejects them in one step (the alternation alone tried every word there).
const WORD_RE = new RegExp(
  `(?=[${[...new Set(WORDS.map(([a]) => a[0]))].join('')}])(?:${[...WORDS.map(([a]) => a)].sort((a, b) => b.length - a.length).join('|')})`,
  'g',
);
const WORD_MAP = new Map(WORDS);

const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
/** Chat shorthand spelt out, so "pls mirror ur screen" reads as its words do ("U盘" keeps its letter). */
const SHORTHAND = new Map([
  ['u', 'you'],
  ['ur', 'your'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['acct', 'account'],
  ['thru', 'through'],
  ['msg', 'message'],
  ['frm', 'from'],
  ['amt', 'amount'],
  ['o/s', 'outstanding'],
  ['eod', 'end of day'],
  ['tmrw', 'tomorrow'],
  ['pymt', 'payment'],
  ['pmt', 'payment'],
]);
// (First letters checked ahead of the lookbehind, which would otherwise run at every position of the text.)
const SHORTHAND_RE = new RegExp(
  `(?=[${[...new Set([...SHORTHAND.keys()].map((k) => k[0]))].join('')}])(?<![a-z0-9'${CJK}])(${[...SHORTHAND.keys()].join('|')})(?![a-z0-9'${CJK}])`,
  'g',
);
const SPACE_NEAR_CJK = new RegExp(`\\s+(?=[${CJK}])|(?<=[${CJK}])\\s+`, 'g');
/**
 * Chat written without punctuation uses spaces for it ("您好 先核实一下身份 请问您的出生日期是"): a space between two runs
 * of Chinese that are clauses (three characters each, or two before a longer one) is a comma. Single characters spaced
 * out ("请 提 供") and two-character words ("收入 证明") are one phrase.
 */
const SPACE_AS_COMMA = new RegExp(`(?<=[${CJK}]{3})\\s+(?=[${CJK}]{3})|(?<=[${CJK}]{2})\\s+(?=[${CJK}]{4})`, 'g');

const LATIN_WORD = /\b[a-z]{5,}\b/g;

export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    // Cantonese 係 is "is"; its character also writes the 系 of 關係, so it is read before characters are mapped.
    .replace(/(?<![關关聯联])係(?![數数])/g, '是')
    .replace(TRAD_RE, (c) => TRAD.get(c) ?? c)
    .replace(WORD_RE, (w) => WORD_MAP.get(w) ?? w)
    .toLowerCase()
    .replace(SHORTHAND_RE, (w) => SHORTHAND.get(w) ?? w)
    // A slip in typing a cue word ("scren", "acess") is read as the word (./slips.ts).
    .replace(LATIN_WORD, mendSlip)
    .replace(/(?<![a-z0-9])w\/(?![a-z0-9])/g, 'with')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s*[\r\n]+\s*/g, '。')
    .replace(SPACE_AS_COMMA, '，')
    .replace(SPACE_NEAR_CJK, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Where a normalize()d message's sentences end: 。！？!?；; and a full stop with no letter or digit right after it (one
 * inside ".apk", "bank-help.com" or 1.5% ends nothing).
 */
export const SENTENCE_END = /[。！？!?；;]+|\.(?![\da-z])/;

/**
 * The message cut into clauses at sentence ends (。！？ . ! ? ;) and at commas and colons. 、 joins a list, so it does
 * not cut ("不会索要密码、验证码" stays one clause, negated as a whole). A full stop with a letter or digit right after it
 * is inside a word (".apk", "bank-help.com", 1.5%), not the end of a sentence, and a comma between digits is inside a
 * number (¥12,000).
 */
export function clauses(normalized: string): string[] {
  return normalized
    .split(/[。！？!?;；，:：]+|(?<!\d),|,(?!\d)|\.(?![\da-z])/)
    .map((c) => c.trim())
    .filter(Boolean);
}
