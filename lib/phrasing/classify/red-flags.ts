/**
 * Scam signs in an agent's message, as explainable cue rules. Banks' own chats routinely *warn* about the same things
 * ("请勿向任何人透露验证码", "we will never ask for your PIN", "anyone who promises to repair your credit is a scam",
 * "您说对方让您下载向日葵"), so a cue only counts in a clause whose scope (./scope.ts) is plain, and each flag prefers
 * a pair of cues: a secret AND a request to hand it over within two clauses; money moving AND a personal, "safe" or
 * untraceable target; a remote-control app or screen sharing; a record made to disappear (or a loan tied to it).
 * These rules feed the model as features and explain its flags (./classify.ts).
 */

import { IDENTIFIER } from './identity';
import { LiteralGate } from './literal-gate';
import { BANKING_OPENED, KEEP_OPEN, LINKED_DEVICES, LIVE_VIDEO, MOVES_BY_ITSELF, MOVES_IF, POPUP_ALLOW, READ_BACK, REMOTE_PLAIN, SENT_BY_AGENT, SENT_BY_AGENT_MORE, SHOWN_CODE } from './remote-plain';
import { clauses, SENTENCE_END } from './normalize';
import { SCOPE_REGEXES, scopeOf, withoutPressure } from './scope';
import { addClause, settleSentence, type ScopedClause } from './sentence-scope';
import type { TextRedFlagId } from '../types';

const SECRET =
  /验证码|(那|这)(几|六|四|\d)位(数字|数)|\bthe (six|four|eight|\d) (numbers|digits)\b|\b(came|comes|arrived|pops? up|popped up) (through |in |up )?(on|to) your (phone|mobile|screen)\b|(?<![后末尾前])[\d一二三四五六七八九]位数?的?(代码|验证码|动态码|识别码|密码|码)|(短信|银行|系统|手机|我们)(里|上)?(发来|收到|发送|下发|推送)的(那|这)?(串|个|条)?(数字|号码|代码|码)|(那|这)串(数字|号码|代码|码)|(屏幕|界面|画面|页面|软件|app)(上|里)(显示|出现)?的(数字|号码|代码|码|id|会议号|房间号)|(告诉|发|报|念)(给)?我(个|那个|上面的|上面那个)?id(?![a-z])|(屏幕|界面|画面|页面|软件|app)(上|里)(显示|出现)?的[\d一二三四五六七八九十]+位(数字|数|号码|码)?|\bcode (from|in) the (sms|text|message)\b|\b(number|code|digits)(?<!\b(reference|confirmation|receipt|transaction|order|case|ticket|account|meeting|room) (number|code|digits)) (displayed|shown)\b|安全编码|(六|6|四|4|八|8)位数字|voice code|语音验证码|\btoken (number|code)\b|key ?fob|\b(reset|recovery|backup) code\b|\bmpin\b|card reader|(付款|支付|收款)二维码|\b(payment|pay) (qr )?code|\bgenerate (a|the) qr code|\b(\d|six|four|eight|nine)[- ]digit (number|pin)\b|\bthe (code|number|id) (on|shown on) (your|the) screen|校验码|动态码|动态密码|短信码|激活码|确认码|(弹出|生成|显示)(来)?的?(那)?(串|个|组)?(编码|代码)|收款码|收款 ?qr|\b(activation|authentication|confirmation|verification|authori[sz]ation) (code|number)s?\b|security digits|\b(sms|text|otp) codes?\b|(online|internet) banking (login|log-in|username)|密码|卡密|识别码|设备码|(收到|发来|发送|发到.{0,4})的?(\d|六|四)位(数字|数|码)?|(\d|六|四)位数?(验证)?码|(短信|信息)里的(数字|号码|码)|里面的(数字|号码|验证码|码)|(礼品卡|购物卡|京东卡|充值卡|gift ?cards?|itunes cards?|google play cards?|(steam|apple|amazon|ebay|razer|vanilla) cards?)|安全码|授权码|口令|令牌|u盾|cvv|cvc|cvn|authenticator|(three|3)[- ]digit (number|code)|digits on the back|card details|(跳动|变动|会变)的(数字|号码|码)|(上面|上边|里面)显示的.{0,4}(数字|号码|代码|码|编号)|[\d一二三四五六七八九]位编号|连接码|连接代码|序号|序列号|卡.{0,6}序号|\bconnection code\b|\b(\d|nine)[- ]digit (address|number)\b|(收到|发来).{0,3}(\d|六|四)位|(卡|卡片)的?正反面|(背面|背后|后面|签名栏).{0,12}(三|3)(位|个字|码|个数)|针对外人|(请勿|勿|不要)(泄露|告诉|透露).{0,12}是模板|我们是银行(内部|本身)|银行内部的?人员?|\b(both sides|front and back) of (the|your) card\b|\b(approval|approve) (number|code)\b|\b(sms|text|message) (u|you) (just )?(got|received)\b|\b(code|number)s? (that|which) (changes|keeps changing|refreshes)\b|(三|3)位(数字|数|安全码)|付款码|(短信|信息|上面|里面)的(数字|号码|码)|(?<!以下|下面|这个|那个|我的|我给的|我发的|指定的|指定|到)卡号(?!的?(后|末|最后)[四4六6]位)|有效期(?<!(价格|优惠|方案|报价|活动|申请|额度|政策|承诺|减免|折扣)的?有效期)|one[- ]time (pass)?code|\b(a|that|this) ((\d|six|four)[- ]digit )?(security |verification |one-time )?code\b(?=.{0,40}\b(read|tell|give|send|say)\b.{0,12}\b(me|us)\b)|\botps?\b|passcode|password|\bpin\b|security code|verification code|access code|the codes?\b(?! of\b)|\b(?:number|code|digits) (?:we|i) (?:just )?(?:texted|sent|messaged)\b|\bwhat (?:number|code|digits) did you (?:just )?(?:get|receive)\b|(?:收到|发来)的(?:那个|那串|这个|这串)?(?:号码|数字)(?!的)|(\d|six|four|nine)[- ]digit code|card number|card numbers|expiry|(code|digits|numbers?) (from|in) (the|that|your) (sms|text|message)|(?<!(call|ring|phone|dial)[a-z ]{0,16})numbers? on the back|(three|3) (digits|numbers) on the back|(nine|9)[- ]digit id|(digits|numbers) (by|next to|beside) the signature|(16|sixteen)[- ]digits?|long number on (the|your) card|number on the front|the id (it|that) shows|(username|user id|login) and password|credentials|log-?in details|login and password|online banking details/;

const HAND_OVER =
  /读出来|念出来|报出来|\bread (it|them|that|this|the (code|number|digits))? ?(out|aloud)\b|提供|告诉|告知|透露|发给(?!(?:您|你))|发我|发送给?我|发过来|报一下|报给|报下|说一下|念|读一下|读给|给我|需要您的|(聊天框|对话框|这里|此处|窗口)(里|中)?(输入|回复)|输入|回复给?我|截图给?我|拍照发|拍照给|发一下|发下|发来(?!的)|索要|photos? of|send (me )?(photos|pictures)|(回复|发|输入|填|打)在(这里|聊天框|对话框|此处|窗口)|\b(tell|give|send|read|text|say|message)\b( it)?( back| over)?( to)? (me|us)\b|\b(manager|supervisor|team|leader|senior|boss|colleague|department|system|officer|he|she|they) (also |just |still )?needs? (the|your)\b|\bconfirm (me )?(your|the) ([a-z-]+ ){0,5}(pin|otp|passcode|password|cvv|cvc|security (digits|code)|card number|expiry)\b|(请|麻烦)(您|你)?报(?!告|名|案|警|销|表|价|备)|\b(provide|share)\b|\bread (it |them )?back\b|\bi('ll| will)? need\b|\bwe need\b|what('s| is) (the|your)|\b(type|enter|put)\b|\bask(ing)? for\b|photos of|\bsend (me |us )?(your|the)\b|\bpaste\b|\b(reply|respond)\b.{0,20}\bwith\b|\b(in|into) (the|this) chat\b|推送给?我|拍照|拍下来|截图|\bcan i (have|get)\b|\blet me have\b|传过来|传给我|\bforward (me|us|it|them|each|every|that|this|the codes?)\b|(请|麻烦)(您|你)?回复|(我|我这边|我们)(直接|来)?(帮|替)(您|你)(填|输|输入)|需要(您|你)[^，,。]{0,8}的(账号|密码|验证码|卡号)|\b(i'?ll|i will|we'?ll|we will|let me) (read|see|get|take) (them|it|the codes?|the otps?) (myself|from your screen|off your screen)\b|\b(read|tell|send|give)\b (me |us )?(the whole thing|all of it|the full (code|number)|each digit|the digits|the rest of it)\b|what are the (digits|numbers)|\bi need (both|them|it|all)\b|读给我|讲给我|(俾|畀)(埋)?.{0,6}我|给埋.{0,16}我|(跟|同)我(讲|说)|回报|是多少|系咩|系乜|拍一下|拍给我|(输|填)(到|进|入)(我|我们)?(发|给)的.{0,4}(网页|链接|页面)|回复(您|你)的|\bwhat (pin|password|passcode|code|number)\b|\bwhat (does|did) it say\b|\b(bata|batao|bataiye|bata dijiye|bhejiye|bhej dijiye|de dijiye|share kijiye|share karo)\b/;

const ACCOUNT_STRONG =
  /(快递|专人|同事|工作人员|司机)(上门)?(来)?(取|收)(走)?(现金|钱|款)|\b(courier|driver|agent|officer) (will |can )?(collect|pick up|come (by )?for) (the |your )?(cash|money)\b|\bhand (the |your )?cash (over )?to\b|(为|给)(您|你)(新)?(开设|开立|开通|开)的?(新)?(安全)?(账户|账号)|\bnew (secure |protected |safe )?account (we('ve| have)|i('ve| have)) (set up|opened|created)\b|\b(set up|opened|created) (a new|an?) (secure |protected |safe )?account (for you|in your name)\b|安全账户|监管账户|保全账户|资金监管|资金清查|核查账户|清查账户|(国家|公安|警方|监管部门)(指定|提供)的?(账户|账号|卡)|safe account|(secure|protected|safe|holding) (holding )?account|\b(verification|audit|guarantee|reserve|trust|clearing|validation|supervised|supervision) account\b|(审核|担保|核验|验证|清算|过渡|中转|验资|安全|监管)(账户|户口)|safe(ty)? wallet|(protected|holding|secure) (holding )?wallet|(专员|同事|人员|快递|司机).{0,12}(上门|到您家|到你家|楼下).{0,12}(收|取)(走)?(现金|钱)|现金.{0,8}(装进|装入|放进)信封|(现金|钱).{0,6}交给(他|她|专员|快递)|\b(courier|driver|collector|officer|agent)\b.{0,60}\bcollect\b.{0,20}\bcash\b|(审计|清算|审核)(专户|账户|户口)|(托管|代收|保管)(户|账户|帐户|户口)|(不要|别|唔好)(转|汇|入|存)(到|去|入)?银行/;
/** Money to a named person's own account or wallet (经理的个人微信, "our officer's UPI ID", 临时收款户口, a "suspense account"): a regex of its own. */
const ACCOUNT_PERSONAL =
  /(经理|专员|主管|同事|催收员|客服|财务|工作人员)(的)?(个人)?(微信|支付宝|账户|账号|银行卡|钱包|户口)|\b(officer|executive|agent|manager|supervisor|collector|representative)('s|s') (own |personal )?(upi( id)?|account|wallet|payid|gcash|paypal|venmo|zelle|id)\b|\b(officer|executive|agent|manager|supervisor|collector|representative) (own|personal) (upi( id)?|account|wallet|payid|id)\b|\b(upi( id)?|account|wallet|payid|id) of (our|the|my) ([a-z]+ )?(officer|executive|agent|manager|supervisor|collector)\b|临时(收款)?(账户|户口|账号)|代收(方|人|账户|户口)|\bsuspense account\b|\bverification deposit\b/;
const ACCOUNT_WEAK =
  /保证金|押金|(代管|托管|暂管|监管)(账户|账号|户口)|\bescrow\b|\bcustody account\b|\b(my|our (officer|agent|partner|consultant)'?s?|(officer|agent|partner|consultant|colleague)'s)( personal)? ([a-z-]+ ){0,2}(account|till( number)?|m-?pesa( line| number)?|paynow( number)?|wallet|gcash|upi)\b|\b(this|my|his|her|a) personal ([a-z-]+ ){0,2}(account|number|wallet|line)\b|(打到|转到|转入|汇到|汇入|存到|存入)(这个|下面的?|以下)(的)?(支付宝|微信)(账户|账号)|\b(to|into) (the|this|our) new (account|bank account)\b|\btemporary (settlement |holding |collection |payment )?account\b|\baccount at (a|another) different bank\b|(我|我们|同事|我同事|专员|经理)(的|个)?(个人)?(fps|转数快|upi)|\b(my|our|his|her|colleague'?s|officer'?s|personal) (upi|fps|gpay|paytm|phonepe)\b|\b(e-?wallet|gcash|paymaya|maya|touch ?'?n ?go|tng)\b[^.]{0,15}\d{3}|[a-z0-9._-]+@(protonmail|proton|gmail|yahoo|outlook|hotmail)\.|\b(the|an?) account (i'?ll|i will|we'?ll|we will) (give|send|share|provide)\b|\b(old|previous|usual|original|main) (account|one) (is )?(no longer (valid|in use|active|used)|closed|frozen|being migrated|under maintenance)|\bbank account (is )?(under maintenance|being migrated)|(原来的|原)(账户|账号|app|户口|卡)(已经?)?(停用|作废|冻结|不能用|失效)|扫[^，,。]{0,6}收款码|(fps|转数快)[^，,。]{0,4}个人|个人(fps|转数快)|\bin the name of (mr|mrs|ms|miss|dr)\b|(个人|私人|私)(的)?(银行卡|银行账户|账户|卡|账号|微信|支付宝)|对私账户|(个人|私人)(收款码|户口)|(同事|朋友|我)(个人)?户口|(prepaid|amazon|supermarket|store|google play|apple|steam) vouchers?|voucher (number|code)|prepaid (card|voucher)|(工作人员|我|我们|专员)的(个人)?(账户|卡|微信|支付宝)|(微信|支付宝)(转账|扫码)|个人银行卡|指定(的)?账户|(?<!官方|我行|本行|银行)对公账户|下面这个|以下(账户|卡号)|下面的?(账户|账号|卡号|户口)|(我|我们)(给|发)(您|你)?的(卡号|账户|账号|卡)|购物卡|礼品卡|充值卡|京东卡|超市卡|(?<![有一差])点卡|e卡|点数卡|游戏卡|储值卡|预付卡|礼券|(?<!(?:情况|案件|案子|问题|申请|资料|材料|工单|电话|对话|会话|诉求|个案|档案)(?:已经?|都|就)?)(转|汇|付)(给|到)我(?!们)(?!(这边|这里|手上|手里)?(来)?(跟进|负责|对接|受理|接手))|(?<!\byour )(?<!\byour own )personal account|my (own )?account|(colleague|friend|agent|manager|supervisor)'?s (personal )?(account|upi( id)?|wallet|number)|(同事|经理|主管|专员|朋友)的.{0,10}(账户|卡|账号|银行卡|户口)|gift ?cards?|(steam|apple|amazon|ebay|razer|vanilla) cards?|google play (gift )?(cards?|codes?|credit)|itunes|bitcoin|crypto|usdt|比特币|虚拟币|数字货币|加密货币|泰达币|western union|moneygram|zelle|(?<![a-z])cash ?app|venmo|paypal|revolut|\bpay me\b|\bsend (the money|the payment|the funds|the cash) (straight |directly )?to me\b|the account below|to my phone number|the number i give you|(这个|以下|下面|我给的|我发的|指定的?).{0,4}(支付|钱包)(帐|账)(号|户)|\bto the account in the name of\b|\b(?<!(google|apple|samsung|digital|mobile|e-) )wallet\b(?! (app|pay)\b)|\bwallet address\b|\bpartner'?s? (wallet|account)\b|以下户口|指定(的)?(商户|pos)|合作.{0,8}(户口|账户|帐户)/;
/**
 * "I just texted you": a secret only when the same or the next clause asks for it back (it is also how a bank says "check
 * your phone"); "you'll get an SMS with the outcome" is a notice, not a code.
 */
const SMS_SENT = /\b(we|i)('ll| will) (send|text) (you )?(\d+|a|the|two|three|some|several) (codes|otps)\b|(刚|刚刚|已|已经)(给您|给你|向您|往您手机)?(发|下发|发送)了?(一|个|一条)?(个|条)?(验证)?(短信|信息)|(推送|下发)了?(一|个|一条)?(条)?(短信|信息)|\b(just )?(sent|texted) (you )?(a|an) (sms|text|code)\b|\bsent (a|an|the) (code|text|sms) to your (phone|mobile)\b|\b(you'll|you will|you should) (get|receive) (a|an) (text|sms|message|code)\b(?! (with|containing|confirming|about) (the |your )?(outcome|result|decision|confirmation|details|reference))/;
/**
 * Why money must move, as a scam script tells it: the account is unsafe or under investigation, the funds must be
 * verified (验资) or laundering ruled out. A bank that finds an account at risk freezes it; it never asks the person
 * to move their money, so a pretext beside a transfer is the safe-account scam whatever the target is called.
 */
const PRETEXT =
  /(账户|账号|卡|资金)(不安全|有风险|存在风险|被盗|异常|被监控)|安全起见|涉嫌(洗钱|诈骗|违法|犯罪)|洗钱|验资|资金(核查|清查|审查|检查|验证|核实|监管|冻结风险)|保护(您|你)?的?资金|\b(compromised|hacked|at risk)\b|\binvestigation\b|\blaundering\b|\bverify (your |the )?(funds|money|savings)\b|\b(protect|safeguard|secure) (your )?(money|funds|savings)\b|\bkeep (your )?(money|funds|savings) safe\b|(核实|验证|确认).{0,12}(之后|后).{0,8}(退|返还|退回)|(退返|退回|返还)(俾|给)(你|您)|\b(will be|get it|be) (refunded|returned|sent back)\b/;
/** Moving savings somewhere (not paying a bill): the half of the pretext rule that acts. */
const MOVE_FUNDS = /转(到|入|移|出)|汇(到|入)|存(到|入)|取(出|现)|移(到|入)|提现|\btransfer\b|\bmove (all |your |the )?(money|funds|savings|balance|cash)\b|\bwithdraw\b/;
const MOVE_MONEY = /刷|打(\d|[一二两三四五六七八九十百千万])|抵扣|抵缴|抵还|转|汇|打款|打到|存入|交|缴|付|还款|移到|买|transfer|move|send|sent|wire|pay|paid|deposit|\blodge\b|\bremit|e-?transfer|\bpark\b|\bbuy\b|\bpurchase\b|\bget\b/;

const REMOTE =
  /屏幕共享|共享屏幕|开启共享|打开共享|远程(?!(视频)?(核身|面签|开户|见证))|向日葵|todesk|teamviewer|anydesk|quick ?support|rustdesk|腾讯会议|视频会议(?![^，,。]{0,8}(核对|核实|验证|确认)(身份|本人))|会议软件|协助插件|客服插件|看到您的屏幕|(装|安装|下载).{0,6}(协助|客服|远程|控制)(软件|插件|app|工具)|屏幕分享|分享屏幕|分享(您|你)?的?(手机|电脑)?屏幕|投屏|录屏|同屏|屏幕镜像|共享桌面|桌面共享|钉钉会议|飞书会议|网易会议|(控制|操控|接管)(一下)?(您|你)的(手机|电脑|设备|屏幕|鼠标|键盘|桌面|画面)|(连|连接|连上|接入|登录|登陆)(一下)?(您|你)的(手机|电脑|设备|屏幕)|(手机|电脑|屏幕|画面|界面)(共享给|给|交给|借给)我|(屏幕|画面)(对着|对准)(我|镜头|摄像头)|看(到|下|一下|见)?(您|你)的?(手机|电脑|网银)?(上|里|上面|里面)?的?(画面|界面|屏幕)|(会议|视频|通话)(中|里)?的?(共享|分享)|(打开|开启|点|开)(一下)?(共享|同屏)|["「]?(共享|分享)["」]?(功能|按钮|键)|(镜头|手机|摄像头)(放|对)(到|着|准)(电脑|屏幕)|(看到|看见)(您|你)的(手机|电脑)(?!号|银行|尾号)|(在线|后台)(控制|操控|接管|连接|接入)|分享画面|共享画面|无障碍(权限|功能|服务)|悬浮窗(权限|功能)|(摄像头|镜头)(对着|对准).{0,6}屏幕|(装|安装|下载).{0,8}(助手|协助)(插件|软件|app|工具)|accessibility (permissions?|access|services?|settings)|screen reader access|dial into your|(show me|let me see) your (phone |computer |laptop )?screen|(teams|google meet|webex|skype) (link|invite|call|meeting|session|window)|\bmicrosoft teams\b|\bskype\b|\bwebex\b|\bgoogle meet\b|\b(hit|press|click|tap|select) (on )?(the )?["“']?(share|present)["”']?( button| icon)?\b(?! (it|this|that|them|the|your|a|with|on|to))|take (over|control of) (your|the) (phone|computer|laptop|device|screen|pc|mouse|desktop)|(log ?in(to)?|get into|jump on(to)?|hop on(to)?|dial in(to)?) (to )?your (device|computer|laptop|pc|phone|desktop)|see (everything|what'?s) on your (phone|screen|computer|laptop|device)|(connection|access|remote|session|control) (request|prompt)|access (to|into) your (phone|computer|laptop|device|pc|desktop)|(control|permission) (of|over) (your|the) (mouse|screen|device|computer|phone|keyboard)|(helper|assistant|remote) (extension|plugin|add-on|app|tool|software)|\bco-?brows(e|ing)\b|\b(hit|press|click|tap) (on )?(present|share screen)\b|operate your (online banking|account|phone|computer)|(授权|允许)(我们|我|客服|专员)?.{0,4}(查看|操作|控制)(您|你)的?(屏幕|手机|电脑)|(进|进入|加入)(会议|房间)|会议号|房间号|\bzoom\b|present (your|the) (whole |entire |full )?screen|(access|get into) your (online banking|banking app|bank account) (through|via|on|from) your (phone|computer|laptop|device|pc)|(let me see|show me) your (display|desktop)|\b(tap|press|click)\b[a-z ]{0,15}\b(for you|on your behalf)\b|move (the|your) (cursor|mouse)|\b(i|we)('ll| will) (be )?connect(ed)? (from (my|our) (side|end)|shortly)\b|(see|watch|view|look at) your (phone|computer|laptop|device|pc) (while|as|when) you|session code|\b(so (i|we) can|and (i|we)'?ll|and (i|we) will) connect\b(?! you)|share (your|the) screen|screen[- ]?shar|screen[- ]?mirror|mirror (your|the) (screen|phone)|remote (access|control|desktop|desk|support|session|app|helper|management)|\bremote (in|into)\b|\bremotely\b|support (app|tool)|(see|view|watch) (your|the) screen\b|what'?s on your screen|take control|(allow|grant|give me|give us) (the )?(access|permission|control)\b|(access|connect to|control) (your|the) (phone|computer|laptop|device|pc)\b|quick ?assist|logmein|(设置|settings?).{0,20}(accessibility|无障碍|协助工具|辅助功能)|(accessibility|无障碍|协助工具).{0,40}(switch|turn|toggle|打开|开启|开关|开)|通知使用权|显示在其他应用上层|display over other apps|screen record(ing)?|屏幕录(制|影|像)|(start|begin) (the )?broadcast|同意(对方|我|我们)?(远程)?控制|\ballow (remote )?control\b|\bremote[- ]([a-z]+ )?(verification|review|assistance|tool|service|connection|viewing)\b|远程(验证|审核|核验|协助)|(协助|连接|控制|接入)(请求|邀请)|(看着|盯着)(您|你)(操作|点|输入|办理)|usb调试|开发者选项|开发者模式|\bdeveloper mode\b|描述文件|\bcontrol (this|the|your) (device|phone|computer|laptop|pc|screen)\b|\b(flip|switch|point|turn) (your |the )?(camera|webcam)\b.{0,30}\bscreen\b|\busb debugging\b|\bdeveloper options\b|\binstall (this |the |a |our )?(certificate|configuration profile|device profile|mdm profile|device management profile)\b|\bdevice management profile\b|\ballow (on |for |under )?accessibility\b|sunlogin|太阳.{0,4}(图标|icon)|(图标|icon).{0,6}太阳|\b(sun|white sun) icon\b|\bapk\b|\bunknown sources?\b|来源不明|未知来源|(整个|全部)(画面|屏幕)|\b(entire|whole) screen\b|连入|(i|we) can (now )?see your (screen|desktop|display)\b|锁屏|\block (your|the) (phone|screen)\b|(don'?t|do not) (touch|move|use) (the|your) (mouse|keyboard|trackpad)|(不要|别)(动|碰)(鼠标|键盘|手机|屏幕)|splashtop|screenconnect|ultraviewer|airdroid|supremo|rustdesk|对准.{0,8}(屏幕|画面|界面)|(镜头|摄像头).{0,10}(对住|对准|对着|影住).{0,10}(屏幕|画面|界面|网银|电脑)|(后置摄像头|后镜头|后摄像头|前置摄像头).{0,12}(拍|对|照|影)|拍(一下|下)?(您|你)?的?(网银|手机银行)(界面|画面|页面|首页|主页)|直播|(看着|盯着|睇住|望住)(您|你)(操作|点|输入|输|办理|做|按)|看着教(您|你)|设备管理(器|员)|管理设备|(画面|屏幕)投放|投放到|\bdevice admin(istrator)?\b|\bpoint (it|the camera|that|the phone) at (your|the) (screen|monitor|laptop|computer)\b|\b(back|rear) camera\b|\bcast (your|the) (phone |whole |entire )?screen\b|\b(security|safety|verification|protection) plug-?in\b|\bshar(e|ing) (your|the) (whole |entire |full )?(screen|display|desktop)\b|\b(download|install)\b.{0,60}\b(from|on) my (end|side)\b|(别|不要|唔好|请勿|千万别|不可以)(退出|离开|关闭?|关掉|熄)(会议|直播|共享|屏幕|画面|视频|机)|(会议|直播|共享)(也)?(别|不要|唔好|千万别)(退出|离开|关|挂)|(视频|视像|视讯|镜头|摄像头).{0,8}(对着|对准|对住)(部)?(电脑|屏幕|网银|页面|画面)|(电话|手机)(俾|给)我(睇|看)|黑屏是|屏幕黑了|(别|不要)按电源键|会议室|(点|按)(一下)?share|投影|(我们|我哋)接管|\b(point|aim|hold|turn) (the |your |ur )?(phone'?s? )?(camera|webcam) (at|to|towards)\b|\bshow me your (banking |bank |online banking )?(app|screen|page)\b|\bfacetime\b|\bconnected to your (phone|computer|device|laptop|pc)\b|\bi('ve| have) (got )?control\b|\bdo everything from (my|our) (end|side)\b|允许.{0,8}控制|控制权|其他应用.{0,4}上层|小窗口权限|悬浮窗|画面分享|投射|等我连接|我(来)?连接|连接(帮|替)|遥距|自动读取|(装|安装|下载).{0,20}(提示|警告|风险).{0,6}(不用管|别管|没关系|忽略)|\bdraw over other apps\b|\b(give|request) control\b|\bscreen ?cast\b|\b(untrusted|not verified|unverified)\b.{0,30}\b(allow|fine|ignore)\b/;

/**
 * Installing something and then being operated for: "下载一个银联助手，打开后我后台帮您操作". Neither half is a sign alone
 * (a bank asks people to download its own app; "我后台帮您操作" is how an agent says it will process a request), so
 * the rule needs both within two clauses.
 */
/**
 * Installing software. Downloading a document (申请书, a statement, "the form", a PDF) is reading, not installing: a bank
 * sends people to its site for forms, and no app comes with them.
 */
const INSTALL = /装一下|装下(?!来|去)|装(?=["“「『])|装上(?!了?吗)|下载(?!(一份|您的|你的|相关的?)?(申请书|申请表|表格|对账单|账单|证明|合同|文件|pdf|附件|模板|协议|回单))|安装|装好|装个|装一个|下个(?!月|星期|礼拜|周|工作日|阶段|环节|问题|步)|\b(grab|get) the app\b|\b(re)?(download|install)(ed|ing|s)?\b(?! (a |an |the |your |our |this |that )?(copy|copies|statements?|forms?|pdfs?|letters?|documents?|receipts?|agreements?|contracts?|summary|schedule)\b)|\binstaller\b|(下载|附件)[^，,。]{0,6}运行|双击运行|\bclick (on )?run\b|\brun (it|the (file|program|attachment))\b|\b(run|open|launch) the ([a-z]+ ){0,2}(installer|file|download|program)\b|\badd (our|the|this) [a-z]+ (extension|plugin)\b/;
const OPERATE_FOR =
  /后台.{0,3}操作|(就能|就可以|才能)(帮|替|给)(您|你)(处理|操作|办)|(帮|替)(您|你)(点|按)|\b(accept|allow|grant|approve|give|enable)\b.{0,30}\bpermissions?\b|(给|开|开启|授予|允许)(一下)?(它|我们|我)?(所有|全部)?的?(access|permission|权限)|\bthen (i'?ll|i can|we can|we'?ll) (handle|do|sort|fix|take care of)\b|(帮|替|代)(您|你)(在)?(手机|电脑|网银)(上|里)?(操作|处理)|代(您|你)?操作|(fix|sort|do|fill in|operate)[a-z ]{0,30}(from (our|my) (side|end)|on your behalf)/;

/**
 * The agent working the person's phone or computer ("我这边帮您操作", "I'll log in from my side", "I'm moving the cursor",
 * "I'll log into your online banking", 按我说的点), or the one button that hands it over (点"开始", "tap Start"), while
 * the person keeps still and the screen or the video stays on (手机别拿起来, 屏幕朝上, "don't touch anything", "the rest
 * is automatic", 啥也不用管): together they are remote
 * control with no app named. Either alone is how an agent says it will process a request, or how a person is asked
 * to wait.
 */
const AGENT_DRIVES =
  /(我|我们)(这边|这里|后台)?(会)?(帮(您|你)|替(您|你))?(在)?(操作|搞掂|弄好|设置好|设置|填表|揿)|(专员|客服|同事|工作人员|技术人员|工程师)(这边|那边|后台)?(会)?(直接)?(帮|替)(您|你)(操作|搞掂|弄好|设置)|\b(i'?ll|i will|let me|i can|i'?m going to|i'?ll just) (just )?(drive|operate (it|your)|log in from (my|our) (side|end)|do it for you|do it from here|help you from here)\b|\bi'?m moving the (cursor|mouse)\b|\b(watch|see) the steps\b|看得到就可以|(点|按|揿)[^，。,]{0,12}(开始|start)|\b(tap|press|hit)\b[^.,]{0,20}\bstart\b|\b(i'?ll|i will|let me|we'?ll|we will) (then |just )?(log|sign) ?(in ?to|into|on ?to|onto) your (online |mobile |internet )?(banking|bank app|banking app)\b|按(照)?我(说|讲)的(去)?(点|按|揿|操作)/;
const HANDS_OFF =
  /(手机|电话|屏幕|画面)?(先)?(不要|别)(动|郁|碰|拿起来)(?!手脚)|不用(输|输入|动手)|不用(您|你)(自己)?(操作|动手|点|按)|\byou (don'?t|won'?t|do not|will not) (even )?(need|have) to (do|touch|press|tap|type) (anything|a thing)\b|(啥|什么|任何东西)都不用(输|填|按)|屏幕朝(上|下)|画面一直亮|(视频|视讯|视像)(不要|别)?(挂|开住|开着)|开住视像|(视频|视讯|视像)(通话)?(不要|别)挂|保持亮屏|屏幕(保持)?常亮|\b(don'?t|do not) (touch|type|open|press) (anything|the screen|your phone)\b|\bscreen (up|down)\b|\bkeep (ur|your) fingers off\b|\bsit back\b|\bface[- ](up|down)\b|\b(video|camera) (on|running)\b|\bwon'?t need to type\b|\bscreen brightness\b|\bscreen on\b|\bleave (the|your) phone\b|\b(leave it|the rest is automatic)\b|(后面|其他|剩下)的?都是自动|\bwithout (you )?(touching|doing|pressing|typing) (anything|a thing)\b|剩下的(我来|交给我|我帮你)|其他(都)?交给我|(啥|什么)(也|都)不用(干|做|管|弄|理)|不用(你|您)(管|操心)/;

/** Every permission granted at once: 允许所有权限, "give it all permissions". */
const ALL_PERMISSIONS = /(允许|开启|打开|给)(它)?(所有|全部)(的)?权限|(弹出|出现|跳出|出)(什么|啥)(都|也)(点|按|揿)|全部(都)?(按|点|揿)(允许|同意|确定)|\b(allow|yes) (on|to) everything\b|\ballow everything\b|\ballow all\b(?! (the )?(fees?|charges?|payments?))|\b(allow|grant|give( it)?|enable|accept) all (the )?permissions\b/;

/** The bank's own app or online banking: downloading it is how a bank says "do it yourself", never remote control. */
const OWN_APP = /官方(app|手机银行|客户端|应用|渠道)|(我行|本行|银行)的?(官方)?(app|手机银行|客户端)|手机银行(app)?|\bofficial (app|mobile banking|banking app)|\bour (mobile |banking |official )?app\b|\bmobile banking app\b|\bthe [a-z]+ bank app\b/;

const REPAIR =
  /包删|包过|包消|铲单|洗底|(和|与|跟|同)(征信中心|人行|人民银行|征信|央行|环联|tu|联征)(这边)?(有)?(合作|关系|内部)|\bbureau insider\b|\beven the (true|accurate|correct|legitimate|genuine) ones\b|\beven the ones (that are|which are) (true|accurate|correct|legitimate|genuine)\b|\bnothing (will )?(shows?|appears?|comes? up) on (your|the) [a-z ]{0,10}(record|report|file|history)\b|清洗(信贷|信用|征信)|洗走|删走|盖掉|\brecord[- ]removal\b|(清走|清掉|清理|清除|删除|删掉|消除|抹掉|去掉|洗掉|撤销|注销)[^,。]{0,6}(坏|不良|逾期|负面)的?(纪录|记录|信用|资料)|(显示|变成|改成).{0,6}(从未逾期|无逾期|没有逾期|从没逾期)|\b(show|shows|showing|appear|appears|reported as)\b.{0,30}\b(paid as agreed|no (missed|late) payments|never (missed|late))|征信修复|信用修复|修复(您的)?(征信|信用)|洗白|(消除|删除|删掉|撤掉|撤销|抹掉|清除|去掉|撤除)(您的|这次的?|这次)?(逾期|不良|征信)(?!罚|费|利息|滞纳)(记录)?|(逾期|不良|坏|负面|迟缴|迟还|延滞)的?(记录|纪录).{0,8}(消除|删除|删掉|撤掉|清除|抹掉|清理|清走|清掉|洗掉|去掉)|(征信|逾期|不良)(记录|污点|报告)?.{0,6}(消除|消掉|删除|删掉|撤掉|清除|清掉|抹掉|去掉)|从征信(报告)?上(撤|删|消|去)|(征信|信用)(记录|报告)?(就|会|就会|马上|立刻|即刻)?(变白|干净|恢复干净|清白)|注销.{0,8}(校园贷|学生贷)|(校园贷|学生贷款?).{0,8}注销|征信优化|信用优化|信用美化|(逾期|不良)(记录)?.{0,6}(改成|改为|修改为|修改成)(正常|良好)|credit repair|credit (fix|restoration)|repair (your|the) credit|negatives? (removed|taken off|deleted)|(dispute|challenge) (everything|every|all).{0,30}(remove|delete)|(disappear|vanish) from your (credit |payment )?(record|history|report|file)|(remove|erase|wipe|delete|clean|scrub|clear)[a-z]* .{0,40}\b(from|off) (your |the |all )?(three )?(credit|file|report|bureaus?|record)|(clean|wipe|clear) your (file|report|record)|credit (history|report|file|record) (will be|can be|gets?) (cleaned|cleared|wiped|erased|fixed|repaired)|(delinquency|default|late marks?|late payments?|account) (deleted|erased|removed)|(cancel|close) your student loan|\b(lates?|late payments?|missed payments?|negative (info|information|records?|marks?|items?|entries)|collection (accounts?|entry|entries|records?|items?)|ccjs?|defaults?|late markers?)\b(?! (payment )?(fees?|charges?|interest))[^.]{0,15}\b(removed|deleted|erased|wiped|taken off|gone)\b|\b(remove|delete|erase|wipe|take off|get rid of)[a-z]* (your |the |all |any |a )?(full )?(\d+-day |90-day |old )?(lates?|missed payments?|negative|ccjs?|defaults?|collection accounts?|late markers?)\b(?! (payment )?(fees?|charges?|interest))|\b(file|record|report|history) (comes back |will be |is )?(spotless|pristine)\b|(vanish|disappear) from your credit score|(loan|debt) cancell?ation (centre|center|scheme|office|program)|credit correction|\b(cibil|score|bureau|record) (correction|repair|clean-?up)\b|\b(status|remark|marks?|markers?|entry|record|flag)'? (will be |gets? |is |be )?(changed|updated|upgraded|converted|becomes?|turns? into|shows? as)( to)? '?(closed|clean|regular|standard)|\b(cibil|credit score|credit report)\b.{0,10}\b(clear|clean|theek|sahi) (ho|kar)|信贷修复|评级.{0,8}(升返|升回|恢复到|升到)|注销.{0,6}网贷|student loan (relief|forgiveness) (center|centre|office)/;
/**
 * A record that will be gone, changed back or reset (逾期就不见了, 把呆账状态改掉, "your score will be reset", "the markers
 * taken off your credit file"): with a fee or payment beside it, that is selling a clean record. The record itself must
 * be named: a late fee "taken off" is a waiver.
 */
const RECORD_ERASED =
  /(逾期|不良|呆账|征信|信用(?!卡)|记录|纪录|黑名单)(记录|纪录|状态|分数|评级)?.{0,10}(消失|不见|没了|改掉|改成正常|改为正常|洗白|净化|reset|回到逾期前|消除|清除|删除|删掉|去掉|撤掉|抹掉|清晒|清光)|(把|将).{0,10}(逾期|呆账|征信|信用(?!卡)|状态|评级|记录|纪录).{0,8}(改|删|消除|消掉|消了|清除|清掉|清零|清了|reset)|信用(净化|重整)|记录修复|帮(您|你)修复|修复(您|你)?的?(征信|信用|记录)|(删|消|清|洗)(走|掉|除|了|咗)(你|您)?(的)?(逾期)?(纪录|记录)|\b(records?|markers?|marks|defaults?|history|score|rating|file|credit|status)\b.{0,40}\b(erased|removed|deleted|wiped|taken off|disappears?|vanish(es)?|reset|never shows?|cleaned|reclassified)\b|\b(eras(e|ing)|remov(e|ing)|delet(e|ing)|wip(e|ing)|reset(ting)?|reclassify|clean(ing)?)\b.{0,30}\b(records?|markers?|marks|defaults?|history|score|rating|(overdue|late|default|delinquen[a-z]*|negative) (flags?|entr(y|ies)|status))\b|\b(bureau|cibil|credit|report)\b.{0,40}\b(deletion|removal|erasure)\b|\brecord[- ]clean|(纪录|记录|征信)(修正|修改|美化|优化)|\b(lates?|marks?|markers?|listings?|entries|records?|defaults?|judg(e)?ments?)\b[^.]{0,20}\b(come|comes|coming|drop|drops|dropping|fall|falls) off\b|\blisting (is |gets |will be )?(cancell?ed|removed|deleted|lifted|withdrawn)\b|\b(deleted|removed|taken off|cleared|struck off) from (the |your |all )?[a-z ]{0,20}(blacklist|black list|register|database|bureaus?)\b|\brecord (reset|amendment|correction)\b|\b(score|record|file|report|status)\b[^.]{0,25}\b(back to|restored to|reset to) (clean|normal|good|\d{3})|\b(disappear|vanish|drop)s? (off |from )(your )?(experian|equifax|transunion|cibil|ctos|ccris|crb|crc|the bureaus?)\b|\b(transunion|equifax|experian|ctos|ccris|cibil|crc|bureaus?)\b (will )?(delete|remove|erase|wipe|clean)/;
/** Paying for a service: a fee, a deposit, a sum, 花点钱. */
const FEE = /(?<!消)费|\d\s?(元|块)(?!钱?的?(欠款|账单|本金))|钱交了|交钱|付钱|收费|把.{0,4}钱(交|付|转)|花(点|些)?钱|(交|缴|付|汇|转)(\d|[一二两三四五六七八九十百千万]+)|\b(fees?|deposit|costs?|pay|paid|payable)\b|[$£€¥]\s?\d/;
const BORROW_TO_CLEAR = /\bpartner card\b|合作的?(信贷卡|信用卡|卡)|代偿|\bconsolidation loan\b|\brefinance\b|\bbridging loan\b|\bfrom our partner\b|partner'?s? [a-z ]{0,15}loan|\bpartner (nbfc|bank|agency|company|platform|lender)\b|\btop-?up loan\b|办(一)?张.{0,6}卡|借(一笔|钱|款)|贷一笔|合作的?(平台|方|机构)|partner (loan|lender)|affiliate|(take out|take|get) a (short-term |new |payday |bridging )?loan/;
/** What a removed record must be for 删掉 / "delete" to mean one: "请立即删除它" (the remote app) is no credit repair. */
const CREDIT_WORD = /征信|cibil|信用|逾期(?!费|违约金|罚息|利息|手续费|滞纳金)|不良|记录|纪录|黑名单|污点|credit|record|report|\bfile\b|history|\boverdue (flag|entry|status|record)|迟还|迟缴|迟交|延滞|listing|judg(e)?ment|write-?off|\blate(?! (fees?|charges?|payment (fees?|charges?)|interest|penalt))|default|delinquen|negative|\bmarks?\b|bureau|\bccj\b|score/;
/**
 * Records leaving the file by themselves after their period ("不良记录自结清之日起保存5年后自动删除", "a default drops off
 * after six years") is a fact banks state, not a promise to make one vanish.
 */
const EXPIRY = /自动(消除|删除|清除|消失|移除)|保存.{0,4}(5|五)年|满(5|五)年|(5|五)年(后|之后|以后)|按(规定)?期限|\b(drops?|falls?|comes?) off\b[^.]{0,40}\b(after|once|within|in) [^.]{0,20}\b(years?|months?|period)\b|\b(naturally|automatically|eventually|by itself|on its own|with time) (drops?|falls?|comes?) off\b|\b(drops?|falls?|comes?) off (naturally|automatically|eventually|by itself|on its own|with time)\b|\bafter (six|6|seven|7|five|5) years\b|\bstays? on (your|the) (file|report)\b/;
/**
 * A code kept by the person: typed into the bank's app, not to be told to the agent or anyone ("…, including me",
 * "…，包括我" closing a don't-tell clause), or covered before a photo is sent ("cover the card numbers", 卡号打码). A model that reads
 * 验证码 and "code" beside it must not call that message a request for the code.
 */
const KEEP_SECRET = /(不用|不要|别|无需|不必|不需要)(告诉|发给|透露给|提供给|念给|报给)我|自己保管|(app|应用|手机银行|网银)(里面?|中|上|内|入面)?(自己|自行|亲自)?(输入|填写)|^(包括|including|incl\.?|not even|even)\s?(我|我们|客服|本行|银行|me|us|the bank|bank staff|our staff)$|\b(type|enter|key) it (in|into)\b(?! (this|the|our) (chat|box|window|conversation)| here)|\b(type|enter|key|put) (it|them|the code|the otp)( (we|i) (text|send|sent|texted) (to )?you)? (over )?there\b|\b(don'?t|do not|never) (share|give|tell|read|send) (it|this|that|the code|them)( with| to)? (me|us|anyone|anybody)\b|\b(don'?t|do not|no) need to (share|tell|give|send|read)( it| them| this| that)? (with |to )?(me|us|anyone)\b|\bkeep (it|them|the code) to yourself\b|(输入|填写|填)(到|在|于)(本行|官方|银行)?的?(app|应用|手机银行|网银|行动银行)|(切勿|请勿|勿)(透露|告诉|提供|发)(给)?我|\b(cover|hide|mask|blur|black out|redact|cross out|block out)\b[^.,]{0,20}\b(card numbers?|numbers|digits|details|pin|codes?)\b|(卡号|号码|数字|验证码|密码)[^，,。]{0,6}(遮住|遮挡|遮盖|遮掉|打码|涂掉)|(遮住|遮挡|遮盖|打码|涂掉)[^，,。]{0,6}(卡号|号码|数字|验证码|密码)/;
const RECORD_GONE = /洗白|清晒|清光|come off|drops? off|(?<!\b(arrears|balance|debt|amount|payment|overdue|dues|loan|bill)s? (are |is |has been |have been |gets? |being )?)\bcleared\b|\bcleared (from|off)\b|盖掉|disappear|vanish|消除|消掉|消失|清空|清掉|删除|删掉|清除|撤掉|撤销|变白|干净|wipe|erase|remove|delete|clean|clear (your|the) (record|file|history)/;

const POLICY_LIMIT =
  /最长|最多|最高|上限|不超过|最低(?!还款|应还|还)|最少|至多|一般|通常|原则上|视情况|\bup to\b(?! date)|\bmaximum\b|\bat most\b|\bno more than\b|\bbetween \d+ and \d+|\busually\b|\btypically\b|\bgenerally\b|\bnormally\b|\bdepending on\b|\bsubject to\b/;
const ADDRESSED = /给您|为您|帮您|给你|为你|帮你|\bfor you\b|\bi can\b|\bwe can (offer|do|set)\b/;
const BALANCE =
  /应还|欠款总额|总欠款|欠款(共|合计|总计)|逾期\d+天|当前余额|账单金额|待还|未还金额|\boutstanding balance\b|\bcurrent balance\b|\bbalance (is|stands|of)\b|\byou owe\b|\boverdue amount\b|\barrears (are|stand|of|total)\b|\bpast due\b/;

/** A secret named by where it shows: the number an app or a text gives, 识别码 read off, 动态口令, 协商码, the long number on the card. */
const SECRET_SHOWN =
  /\b(session|authori[sz]ation|linking) code\b|\b(number|code|digits|numbers|id|reference) (it|that|the app|the screen|the system|the text|the message) (gives|generates|shows|displays)( you)?\b|\b(numbers?|digits|code) (in|on|from|at the end of) (the|that|this|your|our) (text|txt|sms|message|msg)\b|\b(six|four|eight|\d) (numbers|digits) (we|i) (just )?(texted|sent)\b|\b(digits|numbers|code) we (just )?(texted|sent)\b|\b(three|3) digits on the back\b|\blong number (across|on) the front\b|\b(passcode|password|pin) (you use|for logging|to log)\b|\b(screenshot|forward|copy) (me )?(the|that) (text|sms|message) (from us|we sent|from your bank|verbatim)\b|动态口令|协商码|授权码|认证码|(六|6)码|(几|六|四)个数字|一串数字|(那|这)组(九|9|六|6)?位?数?(号码|数字)|结尾[^，。]{0,6}数字|(短信|信息|简讯|sms)(里|中)(面|头)?(带|有|的)[^，。]{0,4}(数字|验证码|码)|\blog-?in (code|otp|pin)\b|\bnet-?banking (login|password|credentials|user ?id)\b|(把|将)(那个|这个|上面的?|屏幕上的?|软件上的?|app上的?)?(id|会议号|会议id|设备码|识别码|连接码|设备id|房间号)|(上面|屏幕上|界面上|app上|软件上)(会)?(有|显示|出现)(一)?(个|串|组)?[\d一二三四五六七八九十]+位(数字|数|号码|码)/;
/** Handing over by copying or asking the figure: "whats the…", 抄下来回复, 读俾我, 数字是多少. */
const HAND_OVER_COPIED =
  /\bwhats (the|your|ur)\b|抄(下来|一下)?(回复|发)|复制(下来)?(发|回复)|(读|念|唸)(俾|给)我|同我讲|(数字|号码|码)是多少|(密码|验证码|动态码|校验码|安全码|cvv|pin)(是|系)(多少|什么|啥|几多)?$|(不用|不必|无需|别|不要)(遮|挡|盖|遮挡|隐藏|打码)|\b(don'?t|no need to|never mind) (worry about )?(hid(e|ing)|cover(ing)?|mask(ing)?)\b|\bsend (me |us )?(pics?|snaps?|a pic|a snap|screenshots?) of\b/;
/**
 * Money sent so as to dodge the bank's own checks or channels: split under a limit, a "gift" reference, a named officer's
 * or processing agent's account, 备用账户, 暂存户口, a collector's 收款码, Venmo, USDT, gold bars, cash collected at home.
 */
const PAYMENT_DODGES =
  /\bsafe ac[a-z]{3,5}\b|分(三|两|几|\d)笔转|每笔(别|不要|不能)?超过|\bin (three|two|several|\d) (parts|payments|transfers) of under\b|\bavoids? (extra |the )?checks\b|不会触发风控|避开(风控|监管|审查)|(备注|附言|用途)(写|填)[^，。]{0,6}(借款|还朋友|朋友|货款|礼物)|\breference as ["']?(gift|loan|family)\b|\b(put|write|use|mark) ["']?(gift|loan|family|personal)["']? as the (reference|description|note)\b|\b(he'?s|she'?s) our (settlement|processing|clearing|recovery) (officer|agent)\b|\b(processing|clearing|settlement) (agent|partner)\b|清算员|专员(的)?账户|同事个人(户口|账户)|转给我们?(同事|同仁)|(专属|专用)还款(账户|账号)|新的专户|备用(账户|账号)|暂存(户口|账户)|监管钱包|内部结算码|(公司|我们|我)的收款码|扫我(发)?的?(这个)?二维码(付款|还款|支付|转账)|\bvenmo\b|\busdt\b|\bcrypto wallet\b|\bupi id\b[^.]{0,6}[a-z0-9._-]+@|\bgold bars?\b|买[^，。]{0,4}金条|金条交给|到府收取|上门收(取)?现金|\bwithdraw it as cash\b|\b(new|different|another) account to pay into\b|\byou'?ll get it back\b|(保护|防护|隔离|避险)(账户|账号|户口)(?!安全|信息|资料|资金|隐私)/;
/**
 * Remote control set up in other words: an app from outside the store, 识别码 or a nine-digit ID, prompts to allow
 * everything or read the screen, a phone laid face down or its camera turned on the computer, casting, profiles, a
 * technician driving the phone, 协助工具.
 */
const REMOTE_SETUP =
  /(应用商店|官方商店|商店|app store|google play|play store)(里|上|度|入面)?(是)?(搜不到|找不到|下载不到|没有|搵唔到|揾唔到)|不在(应用商店|app store|google play)|(不|唔)(在|喺)(app store|google play|应用商店)|\b(not|isn'?t|won'?t be) (on|in) the (app store|play store|google play)\b|(内部|专用|内测)(版)?的?(app|软件|程序|插件)|仍要安装|\binstall anyway\b|识别码|(九|9)位的?(数字|编号|号码|id|代码)|(九|9)码|\b(nine|9)[- ]digit (number|id|code)\b|\b(session|device|connection|partner|remote) (number|id)\b|读取(屏幕|画面)(内容)?|控制(屏幕|画面)|取得控制权|(授予|给予|开启)(它)?(所有|全部)(的)?权限|全部(都)?(按|点|撳)允许|\bhave access to all (the )?information\b|\b(tap|press|click|hit) '?allow'? on everything\b|(屏幕|画面)朝(上|下)|(手机|电话)(放|摆)(在)?桌(子|面)?上|\b(phone|mobile)\b[^.]{0,25}\bface[- ](up|down)\b|\bface[- ](up|down)\b[^.]{0,25}\b(phone|mobile)\b|\b(point|flip|turn) (your |the )?(phone'?s? |mobile'?s? )?camera (at|to|towards|onto) (your |the )?(computer|laptop|pc|screen|monitor)\b|\bcast (option|button|your screen)\b|开始(分享|协助|共享)|\bscreen[- ]?(saring|shareing|shring)\b|\bprofile downloaded\b|\binstall\b[^.]{0,25}\bprofile\b|\bprofile\b[^.]{0,25}\binstall\b|(描述文件|配置文件)[^，。]{0,6}(下载|安装)|\bspecial access\b|(提示|显示|话|说|出)(有)?风险[^，。]{0,4}(不用管|别管|不用理|不使理|唔使理|忽略|不要理)|\btrust this (person|device|computer)\b|\b(secure|screen|remote) viewer\b|\b(let|allow|have) (our|my|the|a) (technician|engineer|specialist|agent|officer|colleague|team|support staff|expert) (drive|control|operate|take over|run|access) (the|your) (phone|device|screen|computer|laptop|mobile)\b|(开|打开|开启|启用|开了)[「『"]?(协助工具|辅助功能)/;
/** Credit repair as a product: a student account to cancel, record cleaning, an insider at the bureau, 修复费, 异议代理. */
const REPAIR_SOLD =
  /(学生|校园)(贷款?|账户|账号|户口)[^，。]{0,10}(注销|取消|解除)|(注销|取消|解除)[^，。]{0,10}(学生|校园)(贷款?|账户|账号|户口)|(账户|账号)[^，。]{0,8}(需要|必须|要)注销[^。]{0,16}(征信|信用|黑户)|\bold student (loan )?account\b|\bclean (credit )?(file|history|record|report|profile)\b|\b(credit|file|record)[- ]clean(ing|up)\b|\bcredit rebuild\b|\bcpn\b|\bgoodwill removal\b|\bre-?age\b[^.]{0,40}\b(never (been )?behind|never late|looks? like)\b|\b(someone|insider|a contact|a friend)\b[^.]{0,15}\b(inside|in|at) (the|our) (credit )?(bureau|reporting team)\b|\bquietly (update|change|amend|fix)\b|异议代理|内部(渠道|管道|人|关系)[^。]{0,16}(征信|记录|纪录|逾期|不良|评级|干净)|认识银行(里|内部)的人|(修复|修正|清洗|美化)费|(不良|信贷|信用)(记录|纪录)修复|\bpaid deletion\b|\bpay[- ]for[- ]delet(e|ion)\b|\b(raise|boost|increase|improve|fix) your (cibil|credit|fico) score (by|through|via) (removing|deleting|erasing|clearing|wiping)\b/;
/** A record cleaned, scrubbed, wiped or 抹走, 改返干净, 涂销 (the other half of a fee for a record to vanish). */
const RECORD_CLEANED =
  /(纪录|记录|征信|注记|评级|黑点|不良)[^，。]{0,12}(抹走|抹掉|改返?干净|修正|涂销|清干净|洗干净|变干净|干干净净|覆盖|reset)|(抹走|清走|清晒|删晒|改返|修正|涂销|清干净|洗干净)[^，。]{0,10}(纪录|记录|注记|评级|呆账|黑名单|判决)|\b(cibil|ctos|ccris|credit|history|report|file|record)\b[^.]{0,30}\b(cleaned|scrubbed|wiped off|cleared off)\b|\b(clean|scrub|wipe)\b[^.]{0,30}\b(credit|history|record|report|file|defaults?|late payments?|lates|entries|marks|negative (items?|info))\b|\b(eras(e|ing)|remov(e|ing)|delet(e|ing)|scrub(bing)?)\b[^.]{0,30}\b(late payments?|lates|delinquenc[a-z]*|negative (items?|info|information|marks?)|collections? entry|bureau entries)\b/;

/** The cue regexes clauseCues() runs on every clause: each clause is scanned once for the literals they need. */
// The scope regexes ride in the same gate: a clause is scanned once for the literals of both (./scope.ts scopeOf).
const CUE_GATE = new LiteralGate([
  ...SCOPE_REGEXES,
  SECRET, SECRET_SHOWN, HAND_OVER, HAND_OVER_COPIED, SMS_SENT, ACCOUNT_STRONG, ACCOUNT_PERSONAL, PAYMENT_DODGES, ACCOUNT_WEAK, MOVE_MONEY, PRETEXT, MOVE_FUNDS, REMOTE, REMOTE_SETUP, REPAIR, REPAIR_SOLD, BORROW_TO_CLEAR,
  RECORD_GONE, CREDIT_WORD, EXPIRY, RECORD_ERASED, RECORD_CLEANED, FEE, AGENT_DRIVES, HANDS_OFF, KEEP_SECRET, INSTALL, OPERATE_FOR, OWN_APP, IDENTIFIER, POLICY_LIMIT, ADDRESSED, BALANCE,
  ALL_PERMISSIONS, ...REMOTE_PLAIN, MOVES_BY_ITSELF, SENT_BY_AGENT, SENT_BY_AGENT_MORE, POPUP_ALLOW, SHOWN_CODE, LIVE_VIDEO, BANKING_OPENED, LINKED_DEVICES, KEEP_OPEN,
]);

const cueIn = (re: RegExp, text: string) => CUE_GATE.test(re, text);

/** Which cues a clause carries; the model also reads these (as `f:` features, `~f:` when the clause is scoped). */
export function clauseCues(clause: string): string[] {
  const cues: string[] = [];
  if (cueIn(SECRET, clause) || cueIn(SECRET_SHOWN, clause)) cues.push('secret');
  const unpressured = withoutPressure(clause, CUE_GATE);
  // (Copying or uncovering a figure is asked for with the words a pressure phrase uses, 不用遮: read on the clause itself.)
  if (cueIn(HAND_OVER, unpressured) || cueIn(HAND_OVER_COPIED, clause)) cues.push('hand-over');
  if (cueIn(SMS_SENT, clause)) cues.push('sms-sent');
  if (cueIn(ACCOUNT_STRONG, clause) || cueIn(ACCOUNT_PERSONAL, clause) || cueIn(PAYMENT_DODGES, clause)) cues.push('safe-account');
  if (cueIn(ACCOUNT_WEAK, clause)) cues.push('odd-target');
  if (cueIn(MOVE_MONEY, clause)) cues.push('move-money');
  if (cueIn(PRETEXT, clause)) cues.push('pretext');
  if (cueIn(MOVE_FUNDS, clause)) cues.push('move-funds');
  // Every permission granted to an app the person was sent is how remote-control apps take over; the bank's own app
  // asking for its notifications is not.
  const movesByItself = cueIn(MOVES_BY_ITSELF, clause) && !MOVES_IF.test(clause);
  if (cueIn(REMOTE, clause) || cueIn(REMOTE_SETUP, clause) || REMOTE_PLAIN.some((re) => cueIn(re, clause)) || movesByItself || (cueIn(ALL_PERMISSIONS, clause) && !cueIn(OWN_APP, clause))) cues.push('remote');
  if (cueIn(REPAIR, clause) || cueIn(REPAIR_SOLD, clause)) cues.push('repair');
  if (cueIn(BORROW_TO_CLEAR, clause)) cues.push('borrow');
  if (cueIn(RECORD_GONE, clause) && cueIn(CREDIT_WORD, clause) && !cueIn(EXPIRY, clause)) cues.push('record-gone');
  if ((cueIn(RECORD_ERASED, clause) || cueIn(RECORD_CLEANED, clause)) && !cueIn(EXPIRY, clause)) cues.push('record-erased');
  if (cueIn(FEE, clause)) cues.push('fee');
  if (cueIn(AGENT_DRIVES, clause)) cues.push('agent-drives');
  if (cueIn(HANDS_OFF, clause)) cues.push('hands-off');
  if (cueIn(KEEP_SECRET, clause)) cues.push('keep-secret');
  if (cueIn(INSTALL, clause)) cues.push('install');
  if (cueIn(OPERATE_FOR, clause)) cues.push('operate-for');
  if (cueIn(OWN_APP, clause)) cues.push('own-app');
  if ((cueIn(SENT_BY_AGENT, clause) || cueIn(SENT_BY_AGENT_MORE, clause)) && !cueIn(OWN_APP, clause)) cues.push('sent-by-agent');
  if (cueIn(POPUP_ALLOW, clause)) cues.push('popup-allow');
  if (cueIn(SHOWN_CODE, clause)) cues.push('shown-code');
  if (cueIn(LIVE_VIDEO, clause)) cues.push('live-video');
  if (cueIn(BANKING_OPENED, clause)) cues.push('banking-opened');
  if (cueIn(LINKED_DEVICES, clause)) cues.push('linked-devices');
  if (cueIn(KEEP_OPEN, clause)) cues.push('keep-open');
  // Not red-flag cues, features for the model: what an identity check asks for (./identity.ts), so it can tell one
  // from a secret; a limit or range stated as policy and not addressed to the person (最长可分60期, "up to 60
  // months"), and a statement of the balance (应还总额, "your balance is") — both carry figures and are no offer.
  if (cueIn(IDENTIFIER, clause)) cues.push('identifier');
  if (cueIn(POLICY_LIMIT, clause) && !cueIn(ADDRESSED, clause)) cues.push('policy-limit');
  if (cueIn(BALANCE, clause)) cues.push('balance');
  return cues;
}

/** A clause, its scope (after what it shares with its sentence) and its cues. */
export type ClauseInfo = ScopedClause;

/**
 * NegEx termination terms: a negation or warning stops at "but", "just", "then"… ("the app won't log you in, just
 * send me your password" negates the log-in, not the request), so clauses are also cut there; and at "unless", whose
 * condition is what the speaker needs ("I can't see it unless you cast your screen"), and at "if you" with an act
 * ("your credit won't suffer if you let our specialist take control"); and a negation scopes forward, so "install the app I
 * sent and don't close it" is cut before "and don't".
 */
const TERMINATION =
  /\s(?=(?:but|however|though|although|just|then|so|instead|otherwise|unless)\s|if you (?:let|allow|give|share|install|download|grant|join|open|turn on|enable)\b|and (?:don'?t|do not|never)\b)|(?=[但不可只然除并])(?=但是|不过|可是|只要|然后|除非|并且?(?:不要|别|勿|千万别))/;

export interface SentenceInfo {
  /** The sentence with its closing punctuation (a question mark is a cue for some intents). */
  text: string;
  parts: ClauseInfo[];
}

/**
 * A short question answered "no" by the next sentence ("画面分享？不需要喔", "AnyDesk? No, we never…", "Our extension? We
 * don't have one") echoes the person's own words before refusing them; it asks for nothing.
 */
const ECHO_MAX_CHARS = 24;
const ANSWER_NO = /^(不(?!客气|好意思|错)|没(?!问题|关系)|无需|nope\b|nah\b|no\b(?! (problem|worries|doubt)\b)|not\b|never\b|(we|i) (don'?t|do not|never) (have|use|offer|send|do) (one|any|that|those|it|them)$)/;
function settleEchoes(sentences: SentenceInfo[]): void {
  for (let k = 0; k + 1 < sentences.length; k++) {
    const asked = sentences[k]!;
    if (/[?？]$/.test(asked.text) && asked.text.length <= ECHO_MAX_CHARS && ANSWER_NO.test(sentences[k + 1]!.parts[0]?.text ?? '')) {
      for (const p of asked.parts) p.scope = 'attr';
    }
  }
}

/** SENTENCE_END kept in the pieces a split makes: each sentence is followed by its own closing punctuation. */
const SENTENCE_BY_END = new RegExp(`(${SENTENCE_END.source})`);

/** Sentences (cut at 。！？ ! ? ; and a full stop not inside a number or a word), each with its analysed clauses. */
export function analyseSentences(normalized: string): SentenceInfo[] {
  const out: SentenceInfo[] = [];
  const pieces = normalized.split(SENTENCE_BY_END);
  for (let k = 0; k < pieces.length; k += 2) {
    const sentence = pieces[k] ?? '';
    const parts: ClauseInfo[] = [];
    let cursor = 0;
    for (const c of clauses(sentence).flatMap((x) => x.split(TERMINATION))) {
      const text = c.trim();
      if (!text) continue;
      const at = sentence.indexOf(text, cursor);
      if (at >= 0) cursor = at + text.length;
      const clause: ClauseInfo = { text, scope: scopeOf(text, CUE_GATE), cues: clauseCues(text) };
      if (at >= 0 && /^\s*[:：]/.test(sentence.slice(cursor))) clause.opensList = true;
      addClause(parts, clause);
    }
    settleSentence(parts);
    if (parts.length > 0) out.push({ text: (sentence + (pieces[k + 1] ?? '')).trim(), parts });
  }
  settleEchoes(out);
  return out;
}

/** Handing something named before to the agent: "read it to me", "send them over to us", 念给我, 发我. */
const HANDED_TO_ME =
  /\b(read|send|give|tell|text|forward|pass)( (it|them|that|those|these|this))?( over| back| out)? (to )?(me|us)\b|\b(read|send|give|tell|text|forward|pass) (me|us) (it|them|that|those|these|this)\b|(念|读|报|发|给|告诉|转发|发送)(给)?(我|我们)(?!行|司)/;

/** Other people, from whom a secret is to be kept ("with anyone else", 别告诉别人). */
const OTHERS = /\b(anyone|anybody|no ?one|nobody|others|other people|someone else)\b|别人|他人|其他人|任何人|外人|第三方/;

export function analyseClauses(normalized: string): ClauseInfo[] {
  return analyseSentences(normalized).flatMap((s) => s.parts);
}

export interface RuleFlag {
  flag: TextRedFlagId;
  /** The cues that raised it, quoted from the message, for the explanation. */
  reason: string;
  /** The clauses that raised it, as normalize() left them (the panel quotes them in the message's own words). */
  clauses: readonly string[];
}

/** A session being joined on the person's device (连线, 会话, 看到您的界面, "link it to my console", an app opened). */
const SESSION =
  /连接|接上|连到|连入|共享|会话|远程|(看到|看见)(您|你)的(界面|屏幕|画面)|(打开|开启|开)[^，,。]{0,6}(app|软件|程序|网银|手机银行)|(网银|手机银行)[^，,。]{0,6}(打开|登录|登上)|\b(connect(ed|ion)?|link (it|you|up)|console|session|see what|sync)\b|\b(open|launch)(ed|ing)? [^.,]{0,20}\b(app|support ?link|helper|tool)\b/;

/** A code or number by name (号码, 那串码, "the number", "the ID"). */
const CODE_NAMED = /(?<!会议|房间|手机|电话)号码|代码|(?<!二维|会议|房间)码|(?<!\b(zip|postal|post|area|sort|meeting|room|phone|account|reference) )\b(number|code|id|digits)\b/;
const TYPE_IN = /输入|填写|填入|\b(type|enter|key) (it |them |the code )?in(to)?\b|\b(type|enter)\b[^.,]{0,30}\bin (the|your) (banking |bank |mobile )?app\b/;
const TO_THE_AGENT = /给我|发我|发过来|告诉我|报给|念|读给|发到(这里|聊天|对话)|\b(me|us)\b/;
/** Typed "in the app" (the person's own, unless the agent sent it): "enter the code we text you in the app". */
const IN_THE_APP = /\bin (the|your) (banking |bank |mobile )?app\b|(在|到)(app|手机银行)(里|上|中)/;
const typedIntoOwnApp = (p: ClauseInfo | undefined) =>
  p !== undefined &&
  (p.cues.includes('own-app') || (IN_THE_APP.test(p.text) && !p.cues.includes('sent-by-agent'))) &&
  TYPE_IN.test(p.text) &&
  !TO_THE_AGENT.test(p.text);

const near = (a: readonly number[], b: readonly number[], span: number) => a.some((i) => b.some((j) => Math.abs(i - j) <= span));

/** The indices of the plain clauses carrying each cue, in one pass over the clauses. */
function plainCueIndex(parts: readonly ClauseInfo[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as ClauseInfo;
    if (p.scope !== 'plain') continue;
    for (const cue of p.cues) {
      const idx = index.get(cue);
      if (idx) idx.push(i);
      else index.set(cue, [i]);
    }
  }
  return index;
}
const NO_INDICES: readonly number[] = [];
const quoted = (parts: readonly ClauseInfo[], idx: readonly number[]) => idx.map((i) => `"${parts[i]?.text ?? ''}"`).join(' + ');
/** A read-back is common ("tell me", 告诉我): looked for only beside a code shown or a remote app. */
const readsBack = (parts: readonly ClauseInfo[], i: number) => parts[i]?.scope === 'plain' && READ_BACK.test(parts[i]?.text ?? '');

/** A code scanned or entered to link a device (the other half of a linked-devices page). */
const LINKS_BY_CODE = /\bscan\b|\benter\b|\blink with\b|扫|输入/;
/** A linked device removed or checked: the page opened for the person's own safety. */
const UNLINKS = /\bremove\b|\blog (it )?out\b|recogni[sz]e|删除|移除|退出登录|不认识/;

/**
 * The cues one of which, in a plain clause, every rule of pairCues() starts from (its other half may be anywhere): a
 * message without any of them raises no flag, and most messages have none (an identity check, a policy limit or a
 * balance are cues too, and pair with nothing). Checked by a test that gives pairCues() every other cue at once.
 */
export const FLAG_STARTERS: ReadonlySet<string> = new Set([
  'hand-over', 'shown-code', 'remote', 'safe-account', 'odd-target', 'move-funds', 'install', 'agent-drives', 'popup-allow', 'linked-devices', 'banking-opened', 'repair', 'borrow', 'record-erased',
]);

/** Red flags the cue rules raise on analysed clauses, in TEXT_RED_FLAGS order. */
export function ruleFlags(parts: readonly ClauseInfo[]): RuleFlag[] {
  return parts.some((p) => p.scope === 'plain' && p.cues.some((c) => FLAG_STARTERS.has(c))) ? pairCues(parts) : [];
}

/** The cue rules themselves: each pairs cues of nearby clauses into a flag with its reason. */
export function pairCues(parts: readonly ClauseInfo[]): RuleFlag[] {
  const index = plainCueIndex(parts);
  // Shared, not copied: what callers push onto is always a filter()'s new array.
  const at = (cue: string): readonly number[] => index.get(cue) ?? NO_INDICES;
  const out: RuleFlag[] = [];
  const raise = (flag: TextRedFlagId, why: string, idx: readonly number[]) =>
    out.push({ flag, reason: `${why}: ${quoted(parts, idx)}`, clauses: idx.map((i) => parts[i]?.text ?? '') });
  // A secret named in a clause that keeps it ("cover any card numbers first", 卡号打码) is not asked for.
  const secret = at('secret').filter((i) => !parts[i]?.cues.includes('keep-secret'));
  // Typing a code into the bank's own app ("请在我行APP的申请页面输入") hands nothing to the person in the chat.
  const hand = at('hand-over').filter((i) => !typedIntoOwnApp(parts[i]) && !parts[i]?.cues.includes('keep-secret'));
  const sms = at('sms-sent').filter((i) => hand.some((j) => j === i || j === i + 1));
  // "Never share the code with anyone else, and read it to me now", "验证码别告诉别人，念给我就行": the secret is
  // named in a clause kept from others, then asked for by pronoun (or by nothing, in Chinese) in the next one.
  const keptFromOthers = (i: number) => parts[i]?.cues.includes('secret') && OTHERS.test(parts[i]?.text ?? '');
  const toMe = hand.filter((i) => HANDED_TO_ME.test(parts[i]?.text ?? '') && keptFromOthers(i - 1));
  // A code inside a message the person received (您刚收到的短信里有个验证码) is someone else's words, but asking for it
  // to be read out in the next clause (念给我, "read it to me") is this speaker's request.
  toMe.push(...hand.filter((i) => HANDED_TO_ME.test(parts[i]?.text ?? '') && parts[i - 1]?.scope === 'attr' && parts[i - 1]?.cues.includes('secret')));
  if (toMe.length > 0 && secret.length === 0) secret.push(...toMe);
  // A number the screen or a new app shows, read back to the "agent" (界面上会显示一个会话号，发给我): the code that
  // joins a remote session, so both a secret and the hand-over of the device.
  const shownAndRead = at('shown-code').filter((i) => readsBack(parts, i) || readsBack(parts, i + 1));
  // So is "the number" read back beside a remote app named (装个AnyDesk，将个号码话我知).
  const remote = at('remote');
  for (const r of remote) for (const i of [r - 1, r, r + 1]) if (readsBack(parts, i) && CODE_NAMED.test(parts[i]?.text ?? '') && !shownAndRead.includes(i)) shownAndRead.push(i);
  if ((secret.length > 0 && near(secret, hand, 2)) || sms.length > 0 || shownAndRead.length > 0)
    raise('asks-secret', 'asks for a secret', [...new Set([...secret, ...sms, ...hand, ...shownAndRead])].slice(0, 2));
  const strong = at('safe-account');
  const odd = at('odd-target');
  const move = at('move-money');
  const pay = odd.filter((i) => near([i], move, 1));
  const pretext = at('pretext');
  const moved = at('move-funds').filter((i) => near([i], pretext, 1));
  if (strong.length > 0 || pay.length > 0) raise('safe-account', 'money to a personal, "safe" or untraceable target', strong.length > 0 ? strong : pay);
  else if (moved.length > 0) raise('safe-account', 'money moved for a security or investigation pretext', [...new Set([...pretext, ...moved])].slice(0, 2));
  const install = at('install');
  const operated = at('operate-for').filter((i) => install.some((j) => Math.abs(i - j) <= 2 && !parts[j]?.cues.includes('own-app')));
  // Installing what the "agent" sent (a link, a file, a "helper tool") is the same hand-over as an app named, and so is
  // an install followed by the agent working the phone ("先下载这个软件，我帮您操作"), unless the app is the bank's own.
  const fromOutside = install.filter((i) => !parts[i]?.cues.includes('own-app'));
  operated.push(...at('sent-by-agent').filter((i) => near([i], install, 1)));
  operated.push(...at('agent-drives').filter((i) => fromOutside.some((j) => i - j === 1)));
  // (Keeping still is said with a negation, 手机别拿起来, and so is keeping an app open, 不要退出: these cues count in any
  // clause.) A prompt to allow something while the agent works the phone hands it over too.
  const inAnyClause = (cue: string) => parts.flatMap((p, i) => (p.cues.includes(cue) ? [i] : []));
  const handsOff = inAnyClause('hands-off');
  const popup = at('popup-allow');
  if (handsOff.length > 0) operated.push(...at('agent-drives'), ...popup);
  else if (popup.length > 0) operated.push(...at('agent-drives'));
  // An app the person was told to install, and nothing for them to do (装个助手就行，不用你操作): someone else will.
  operated.push(...fromOutside.filter((i) => near([i], handsOff, 1)));
  // So is one to be kept open and running (保持打开，不要退出; "don't close the window"): a session, not an app to use.
  operated.push(...fromOutside.filter((i) => near([i], inAnyClause('keep-open'), 1)));
  // A chat app's linked-devices page opened beside a code to scan or enter (WhatsApp's "Linked devices", then "scan the
  // code I send"): the agent's desktop joins the account. Opened to remove one, it is the bank's own advice.
  if (!parts.some((p) => UNLINKS.test(p.text))) {
    operated.push(...at('linked-devices').filter((i) => [i - 1, i + 1].some((j) => parts[j]?.scope === 'plain' && LINKS_BY_CODE.test(parts[j]?.text ?? ''))));
  }
  // Banking opened while a video call stays on: the camera is the screen share.
  if (parts.some((p) => p.scope !== 'warn' && p.scope !== 'attr' && p.cues.includes('live-video'))) operated.push(...at('banking-opened'));
  // A code read back is the hand-over of the device when there is a session to join: a connection named, or an app
  // just installed or opened.
  if (shownAndRead.length > 0) {
    const session = SESSION.test(parts.map((p) => p.text).join('，'));
    operated.push(...shownAndRead.filter((i) => session || near([i], install, 1)));
  }
  const repair = creditRepair(at);
  if (remote.length > 0 || operated.length > 0)
    raise('remote-control', 'remote control or screen sharing', remote.length > 0 ? remote : [...new Set([...install, ...operated])].slice(0, 2));
  // An app to install (not the bank's own) in a message that already asks for a code, moves money to a "safe" account
  // or sells a clean record is the scam's own tool ("安装反诈护航，再把余额转到它显示的账户", "install our partner's app
  // and pay the fee"): the device is handed over with it.
  else if (fromOutside.length > 0 && (out.length > 0 || repair !== undefined))
    raise('remote-control', 'an app installed for a scam', fromOutside.slice(0, 2));
  if (repair) raise('credit-repair', repair.why, repair.clauses);
  return out;
}

/** The credit-repair rules: a record-removal promise, a loan tied to one, or a fee paid for a record to be gone. */
function creditRepair(at: (cue: string) => readonly number[]): { why: string; clauses: readonly number[] } | undefined {
  const repair = at('repair');
  if (repair.length > 0) return { why: 'promises to remove a credit record', clauses: repair };
  const borrow = at('borrow');
  const gone = at('record-gone');
  if (borrow.length > 0 && near(borrow, gone, 2)) return { why: 'a loan tied to removing a record', clauses: [...new Set([...borrow, ...gone])] };
  const erased = at('record-erased');
  const paid = at('fee').filter((i) => near([i], erased, 1));
  return paid.length > 0 ? { why: 'a fee for a record to be gone', clauses: [...new Set([...paid, ...erased])].slice(0, 2) } : undefined;
}

/** Red flags in a normalize()d message by the cue rules alone, in TEXT_RED_FLAGS order. */
export function detectRedFlags(normalized: string): TextRedFlagId[] {
  return ruleFlags(analyseClauses(normalized)).map((r) => r.flag);
}

/** Kept for callers of the earlier API: a clause is negated when its scope is not plain. */
export function isNegated(clause: string): boolean {
  return scopeOf(clause) !== 'plain';
}
