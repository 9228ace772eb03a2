/**
 * NegEx-style scope for one clause of an agent's message: is the clause asserting something, or negating it, warning
 * against it, or reporting someone else's words? A bank's real chat says "we will never ask for your code",
 * "任何让您转账到安全账户的都是诈骗" and "您说对方让您下载向日葵" — the same words a scammer uses, but not a request. A
 * red-flag cue only counts in a 'plain' clause, and the model sees scoped clauses' words as separate features.
 * Pseudo-triggers are excluded: "不要担心" / "don't worry" calm people down (scripts use them) and negate nothing.
 */

import { LiteralGate } from './literal-gate';

export type Scope = 'plain' | 'neg' | 'warn' | 'attr';

/**
 * A warning: scam words, advice to refuse or report, the harm a thing does ("can expose your codes to…", 会泄露给), or
 * checking for unknown items and revoking afterwards (检查是否有陌生的设备管理器授权, "check for any unknown apps").
 */
const WARN =
  /诈骗|骗子|骗徒|当心|小心|骗局|冒充|假冒|不法分子|诱导|警觉|谨防|警惕|防范|报警|96110|不可信|一律是|都是骗|均为|\bscam|fraud|\bbeware\b|watch out|be wary|be careful|report it|hang up|bogus|\b(common |old |classic |known )?(trick|ploy|ruse)s?\b|wasn'?t us|isn'?t us|not the bank|(?:didn'?t|did not) come from us|(?:isn'?t|wasn'?t|is not|was not|aren'?t|are not) from us|not (?:affiliated|associated|connected) with (?:us|the bank|our bank)|\bfake\b|\bimpost[eo]rs?\b|\bphony\b|(不是|唔系|并非)(我们|我哋|本行)(的|嘅)(人|员工|工作人员|客服|职员)|不是(我们|本行)(发|打)的|不是正规|不正规|非正规|不合法|请?(立即)?拒绝(配合)?|请勿配合|(请勿|不要|切勿|别|千万别)(轻信|相信)|是假的|都是假|(立即|马上|即刻|直接|请)(挂断|挂掉|挂电话|收线)|\bnot (legitimate|genuine|legit)\b|\b(isn'?t|aren'?t|wasn'?t|weren'?t) (legitimate|genuine|legit|real)\b|\b(delete|ignore|block) (the|that|this|such) (message|text|sms|link|email|call)s?\b|\b(can|could|may|might|will) (expose|leak|reveal|give away) (your|the|all)\b|(可能|容易|会)(会)?(把|将)?[^，,]{0,8}(泄露|暴露)给|检查[^，,]{0,16}(是否|有没有|有无)[^，,]{0,4}(陌生|不明|可疑|未知)|(撤销|取消|撤回)[^，,]{0,8}(授权|权限)|\bcheck (whether|if|for) (there (is|are) )?(any )?(unknown|unfamiliar|suspicious|strange)\b|\brevoke\b|一律(不要|别|不用)?(理会|理睬)|\b(untrusted|unverified) apps?\b|(遭到|遭|被)(人)?(远程|遥距|遥控)(操控|控制)|\b(that'?s|sounds like|could be|may be|might be) (a )?(remote[- ]control|remote access|screen[- ]sharing)\b|(陌生|不明|可疑|未知|来历不明)的?(描述文件|app|软件|程序|应用|链接|插件|设备管理)|\b(unfamiliar|suspicious|strange) (apps?|profiles?|software|programs?|links?|extensions?)\b|\bunknown (profiles?|software|programs?|links?|extensions?)\b|\bunknown apps? (can|could|may|might|will|lets?)\b|\bto unknown apps?\b|^(please |then |and )?(remove|uninstall|delete) (it|them|that|those)\b/;
/**
 * Someone else's words or doings: what a caller, a friend or "anyone" said, and what the person already gave them ("did
 * you give it to them?"), asked about afterwards ("did they mention a holding account?", 您有点开安装吗).
 */
const ATTR =
  /^(?:您|你)(?:刚才|刚刚|刚|之前|先前|早前|头先)(?:是)?(?:说|讲|话|提到|反映)|(?:您|你)(?:刚才|之前)?所?(?:描述|转述|形容)的|\bwhat you(?:'re| are| were)? describ(?:e|ing|ed)\b|\bdid you (?:enter|type|give|share|send|tell|read|install|download|click|tap|transfer|move|pay)\b|^(?:您|你)(?:反映|提到)|\b(?:the|that|this) (?:person|guy|man|woman|lady|caller|number|account|profile|sender|texter) (?:on|from|who|that)\b[^.]{0,30}\b(?:said|told you|asked you|wanted you|claimed|promised)\b|(您|你)的?([\u4e00-\u9fff]{1,3}的)?(朋友|家人|同事|亲戚|亲友|邻居|家里人|母亲|父亲|妈妈|爸爸|老婆|老公|太太|丈夫|妻子|儿子|女儿|孩子|爱人|老伴|伴侣|表哥|表姐|表弟|表妹|堂哥|堂姐|哥哥|姐姐|弟弟|妹妹|舅舅|叔叔|阿姨|老板)(说|讲|告诉|提到|听说|转述|反映)|(您|你)(是)?(问|想问|问我)(能不能|可不可以|可以不可以|行不行|是不是|是否|要不要|需不需要|需要不需要|用不用|是咪|使不使)|(有没有|有冇)[^，,。]{0,12}过|(有没有|有冇)(人)?(叫|让|要求|要)(你|您)|\byou('re| are)? ask(ing|ed)? (me )?(if|whether)\b|听说|听别人说|\byour ([a-z]+'s )?(friend|family|relative|colleague|neighbou?r|partner|son|daughter|wife|husband|mother|father|mum|mom|dad|parents|brother|sister|cousin|uncle|aunt|boss|flatmate|roommate|mate)s? (said|says|told|mentioned|heard)\b|所谓|(客户|有客户|有人|用户|不少人)(反映|反馈|投诉|说|讲)|\b(a |one |another |some )?(customer|client|caller|member)s? (told|tell|said|say|reported|report|mentioned)\b|任何人|您说|你说|(您|你)是说|(您|你)要求(?!我们|我)|\byou (asked|requested) (us |me )?(to|for)\b|(?<!电)(您|你)话(?!费|题)|您提到|你提到|您刚才说|(?<!我们|内部|这边|我)有人|对方(?!的?(个人)?(账户|账号|银行卡|卡|户口))|那个人|那人|那个(男|女)的|别人|自称|声称|号称|宣称|网上(说|讲|传|看到|的说法|流传)|外面|you mentioned|you said|you told|\byou(?:'ve| have) (?:said|told|mentioned)\b|\bsomeone\b(?! else\b)|\banyone\b|a caller|\bif (someone|anyone|a caller)\b|people who|\bclaims?\b|\b(the|that) (caller|person)\b|\bthat (man|woman|company|firm|website)\b|\b(told|asked|wanted) you to\b|\bgot (him|her|them|you) to\b|\byou were (asked|told) (to|that)\b|\bin your (complaint|message|report|email)\b|\b(the|that|this|your) (text|message|sms|email|letter|call)( you [a-z]+)? (says|said|asks|asked|told|tells|wants|wanted|claims|claimed|mentions|mentioned)\b|(接到|收到)的?(电话|短信|信息|消息|来电)(是|说|里|中|内容)|^(he|she|they) (asked|told|wanted|said|requested|instructed|made you|got you)\b|根据(您|你)的描述|(照|按|依)(您|你)(刚刚|刚才|之前)?的描述|据(您|你)所说|按(您|你)说的|(您|你)[^，,]{0,12}(截图|收到|发来|转发|看到)[^，,]{0,10}(说|写着|写的是|写|称|讲)[:：]?\s|\b(according to|from) what you('ve)? (said|told|described)\b|\bnobody\b|\bno one\b|\baapne (bola|kaha|bataya)\b|\bkisi ne\b|\bkoi (bhi )?[a-z ]{0,15}\b(bole|kahe|bolta|kehta|bolti|kehti)\b|陌生人|凡是|(?<!麻烦|请)(你|您)(讲|讲过)(?!埋|给我|一下|下)|(您|你)(刚才|刚刚|之前|先前|早前|头先)(是)?(说|讲|提到)|\bclaim(ing|ed)\b|\b(calls?|messages?|texts?|emails?|people|someone) (asking|telling|claiming|pretending)\b|\bif you (ever )?(get|receive|see)\b|任何(要求|让|叫)|\b(a|the|that|some|this) (firm|company|caller|website|agency|guy|man|woman|lender)\b[^,.]{0,30}\b(told|promised|offered|asked|said)\b|\bthey (promised|told you|said|asked you)\b|\bdid you (give|share|tell|send|read|pass|forward)\b[^.?]{0,30}\b(them|him|her|anyone|anybody|someone|the caller)\b|(给|告诉|发给|转给)了?(对方|他|她|他们|别人|那个人)(了吗|了没|没有)|\b(did|do|have|has) (they|he|she|the (caller|person|message|text|sms|email|link|website|man|woman)( you (got|received))?) (mention|say|ask|tell|offer|send|include|want|give|contain|request)\b|\bwhen (they|he|she|the caller) (offered|called|said|asked|told|promised|sent)\b|^(您|你)有(没有)?(点开|点了|点击|安装|下载|打开|输入|转过|给过)[^，,好完了]{0,12}(吗|嘛|没有)$/;
const NEG =
  /请勿|切勿|勿|不要(?!担心|紧张|着急|害怕|挂)|(?<!识|区|分|类|级|特|个|差|告|性|辨|鉴)别(?!担心|紧张|着急|害怕|挂)|不会|不得|禁止|严禁|绝不|从不|从来不|无需|不需要|用不[到着上]|不必(?!担心|紧张|着急|害怕|客气)|没有|不存在|不提供|不具备|不具有|并无|暂无|尚无|不收取|不收(?!到)|免收|不接受|不允许|不支持|无权|并非|并不|不可能|不(使用|采用|借助)|不用(?!担心|着急|紧张|害怕|客气|谢)|无法|不能|不可以|没法|没办法|办不到|做不到|(删|删除|消除|清除|去掉|抹掉|抹去|撤销|撤掉|洗|洗掉|移除|修改|更改|改)(不到|不了|不掉)|(?<!是)不是(?!吗|嘛)|唔(係|系|使|需要|会|得)|冇|(只|仅)(通过|进|进入|打入|转入|存入|入)|仅限(您|你)?本人|只用于|\bnever\b|\bnvr\b|\bnver\b|\bnevr\b|\bthere(?:'?s| is| are) no\b|\b(?:has|have) no (?:way|ability|means|access)\b|\bno such\b|\bdon'?t\b(?! worry)|\bdo not\b(?! worry)|\bdoesn'?t\b|\bdoes not\b|\bwon'?t\b|\bwill not\b|\bshould ?n[o']t\b|\bmust not\b|\bcan'?t\b|\bcannot\b|\bcnnot\b|\bcanot\b|\bno need\b|\bno (screen[- ]?shar[a-z]*|remote [a-z]+|apps?|downloads?|installs?|codes?|links?|meetings?)\b(?! (is|are|will|needed|required|should)\b)|\b(i'?m|i am|we'?re|we are) not (asking|requesting|going to ask)\b|\bno (?:[a-z]+ ){0,2}(?:staff|employees?|members?|agents?|one|banks?|lenders?|representatives?|officers?|colleagues?|advis[eo]rs?|teams?|compan(?:y|ies)|firms?|agenc(?:y|ies)|services?|business(?:es)?|bureaus?)\b[^.]{0,20}\b(?:will|would|should|can|is going to|ever)\b|\b(unable|not able) to\b|\b(isn'?t|aren'?t)\b|\bnot (required|needed|necessary)\b|\bno (?:[a-z-]+ ){1,2}(?:is |are )?(?:required|needed|involved|necessary)\b|\bonly (pay|through|use)\b|\bplease only\b|^(but )?not (here|in (this|the) (chat|window|box|conversation)|to (me|us|anyone|anybody))\b|^(and |but |or )?not (a|an|any|to|into|in|the)\b|\bkabhi nahi\b|\bhindi (po|kami|namin|kailanman|kailangan|humihingi|hihingi|hinihingi)\b|\bhuwag\b|\bhwag\b|\bmat (kariye|kijiye|karo|do|dijiye|bataiye|bhejiye)\b|\bnahi (maangte|puchte|karte|karenge|maangenge)\b/;

/**
 * Pseudo-triggers of a warning: words about fraud that warn of nothing. A scammer names the bank's "fraud team" or says
 * the account "涉嫌诈骗" to sound official, and the request in the same clause is still a request.
 */
const WARN_PSEUDO =
  /反诈(中心|专员|部门|民警)|涉嫌(诈骗|洗钱|违法)|(诈骗|洗钱)(案件|案)|\bfraud(ulent)? (team|department|dept|desk|prevention|protection|unit|squad|specialists?|officers?|agents?|analysts?|managers?|investigators?|investigat[a-z]*|activity|transactions?|charges?|payments?|review|check|hold|case)\b|\banti-?fraud\b|\b(blocks?|stops?|protects? (you|your [a-z]+) (from|against)|keeps? (out|away)) (the )?(scam|fraud)[a-z]*\b|(拦截|屏蔽|阻挡)(诈骗|骗子)/g;

/**
 * Pressure, not negation: "don't hang up", "don't tell anyone", 不要告诉任何人 keep a person on the line and alone
 * with the caller, and 啥也不用管, 不用你管 ("you needn't do a thing") leave the rest to the caller. They are a scam
 * script's instructions, so they neither negate the request beside them nor make it someone else's words or a warning.
 */
const PRESSURE =
  /\b(?:don'?t|do not|never) (?:hang up|disconnect|end the call|(?:stop|end|close|turn off) (?:the )?(?:sharing|share|screen ?share|session|cast|casting|mirroring))\b|\b(?:don'?t|do not|never) (?:tell|mention (?:this|it) to|say anything to) (?:anyone|anybody|your (?:family|bank|branch)|the bank|a soul)\b|\bkeep (?:this|it) (?:between us|to yourself|(?:a )?secret)\b|(?<![都也均])(?:不要|别|不能|不可以)(?:挂断?(?:电话)?|(?:告诉|透露给|跟|和|对)(?:任何人|别人|其他人|家人|银行|柜台)(?:说|讲|提)?)|(?:不要|别|勿)(?:退出|锁屏|关(?:闭|掉)?(?:会议|屏幕|画面|软件|app|共享|分享|投屏|连接|视频|$)|断开|按返回|动|碰)|(?<!律)(?:不要|别|不用|无需)(?:拒绝|管它?|理会)|(?:啥|什么)(?:也|都)不用(?:干|做|管|弄|理)|不用(?:你|您)(?:管|操心)|(?:不用|不必|无需|别|不要)(?:遮|挡|盖|遮挡|隐藏|打码)|\b(?:don'?t|no need to|never mind) (?:worry about )?(?:hid(?:e|ing)|cover(?:ing)?|mask(?:ing)?)\b|\b(?:don'?t|do not) (?:close|exit|quit|lock|touch|move) (?:the|your|this|any of (?:these|the|those)|these) (?:app|window|session|connection|meeting|screen|phone|mouse|keyboard)s?\b|(?:不能|不要|别|不用)(?:走|用|通过)(?:官方|app|手机银行|网银|正常)|(?:备注|附言|用途).{0,6}(?:别|不要|不能)写|\b(?:don'?t|do not) (?:pay online|use (?:the|your) (?:card'?s )?(?:usual|normal|regular|official)|use (?:the|your) (?:bank'?s? |banking |mobile )?app\b(?! to (?:share|send|give)))\b|\bnot (?:through|via) (?:your|the) (?:app|official|usual)\b/g;

/**
 * Conditional negation, a NegEx pseudo-trigger: "不提供验证码的话就起诉", "if you don't cooperate, read me the PIN"
 * threaten what follows a refusal; the request stays a request. So does a requirement put as what cannot happen
 * without it ("without screen sharing we cannot apply the waiver", 不共享就没法办) — unless what is missing is the
 * person's consent, which is the bank's reassurance.
 */
const CONDITIONAL_NEG = /(如果|若|假如|要是|万一)[^，。,]{0,6}(不|没有?)|不[^，。,]{0,10}的话|\bif (you )?(don'?t|do not|won'?t|will not|can'?t|cannot|fail to|refuse to)\b|\bunless\b|\bwithout (?!(your|their|the customer'?s?) (consent|permission|authori[sz]ation|approval|knowledge|agreement)\b)[^.,]{0,40}\b(we|i)('re| are| am)? (can'?t|cannot|won'?t be able to|unable to)\b|\b(we|i) (can'?t|cannot|won'?t be able to|(are|am) unable to) [^.,]{0,40}\bwithout (?!(your|their|the customer'?s?) (consent|permission|authori[sz]ation|approval|knowledge|agreement)\b)|不(?<!(从|绝|并)不)[^，。,]{0,10}就(无法|没法|不能|办不了|处理不了)/g;

/**
 * Words in quotation marks are someone else's: a scammer quoting the SMS's "请勿泄露" or "never share this code" is not
 * negating their own request. (A bank's own warning carries its negation outside the quotes.)
 */
const QUOTED = /["「『][^"「」『』]{1,40}["」』]/g;

/** "Never" describing the record a scam promises ("will show as never late"), not negating anything. */
const NEVER_AS_STATE = /\b(as|shows?|showing|appears?|reported as|be|been) ['"‘“]?never (late|missed|behind|been late)\b/g;

/**
 * A-not-A questions (有没有, 会不会, 能不能) ask; the 没有 or 不会 inside them negates nothing: "屏幕上有没有一个号码？"
 * points at a number.
 */
const A_NOT_A = /有没有|会不会|能不能|要不要|可不可以|用不用|需不需要|行不行|好不好|对不对|在不在|肯不肯|愿不愿意/g;

/**
 * An app said to be missing from the store (应用商店里没有, "it isn't on the Play Store") describes the app a scam sends;
 * its 没有 or "not" negates nothing the clause asks.
 */
const NOT_IN_STORE =
  /(应用商店|官方商店|应用市场|商店|app store|google play|play store)(里|上|度|入面)?(是)?(搜不到|找不到|下载不到|没有|搵唔到|揾唔到)|不在(应用商店|应用市场|app store|google play|play store)|\b(not|isn'?t|won'?t be|is not) (on|in) the (app store|play store|google play)\b/g;

/** The scope regexes, run on every clause: each text is scanned once for the literals they need (./literal-gate.ts). */
export const SCOPE_REGEXES: readonly RegExp[] = [PRESSURE, QUOTED, WARN_PSEUDO, CONDITIONAL_NEG, NEVER_AS_STATE, A_NOT_A, NOT_IN_STORE, WARN, ATTR, NEG];
const GATE = new LiteralGate(SCOPE_REGEXES);

/** text.replace(re, ' '), skipped when re cannot match (the text is then returned as it is, as replace() would). */
const blank = (text: string, re: RegExp, gate: LiteralGate): string => (gate.may(re, text) ? text.replace(re, ' ') : text);

/** The clause with its pressure phrases blanked: "don't tell anyone" asks nobody to hand anything over either. */
export const withoutPressure = (clause: string, gate: LiteralGate = GATE): string => blank(clause, PRESSURE, gate);

/**
 * The scope of a clause. `gate` may be any gate built with SCOPE_REGEXES among its regexes: the red-flag cues share one
 * with these, so a clause is scanned for literals once for both (./red-flags.ts).
 */
export function scopeOf(rawClause: string, gate: LiteralGate = GATE): Scope {
  const clause = blank(withoutPressure(rawClause, gate), QUOTED, gate);
  if (gate.test(WARN, blank(clause, WARN_PSEUDO, gate))) return 'warn';
  if (gate.test(ATTR, clause)) return 'attr';
  if (gate.test(NEG, blank(blank(blank(blank(clause, CONDITIONAL_NEG, gate), NEVER_AS_STATE, gate), A_NOT_A, gate), NOT_IN_STORE, gate))) return 'neg';
  return 'plain';
}
