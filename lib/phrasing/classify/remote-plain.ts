/**
 * Remote control said in plain words, with no app named (./red-flags.ts keeps the named apps and set phrases). Each
 * pattern is a concept that holds whatever the wording: the screen handed over (shared, cast, mirrored, kept in a
 * sharing state), the agent let into the device, a camera aimed at a screen, a screen that moves by itself, a meeting
 * joined by code, software installed from a link or file the "agent" sent, access handed to an app, an add-on, a
 * keyboard or a profile. Found as classes among the first-contact misses of two writers of impostors' lines (the
 * twenty-second and twenty-sixth, tests/phrasing/corpus/probe/README.md); none of them is how a bank's own chat asks
 * anything of a person.
 */

/** The screen handed over: 画面共享, 投到电脑上, 保持共享状态, "share screen", "cast your phone", "start sharing". */
const SCREEN_HANDED =
  /(屏幕|画面|桌面|手机)(投(?!诉|资|保|票|递|入|标)|投放|投射|镜像|共享|分享)(到|去|给|上)?|(投|投放|投射)(到|去)(您|你)?的?(电脑|屏幕|电视)|共享(状态|模式)|(屏幕|画面)[^，,。]{0,6}权限|(开住|开着|保持|维持)(共享|分享)|\bshare[ -]?screen\b|\bstart (sharing|presenting)\b|\bcast(ing)? (your|the) (phone|screen|display|device|mobile)\b|\bmirror(ing)? (your|the) (phone|device|display|mobile)\b|\bscreen capture\b/;

/** The agent let into the device: "let me on your phone", "allow my access", "accept the connection", a setting that lets the agent see. */
const LET_IN =
  /\blet (me|us) (on|onto|into|in to) (your|the) (phone|computer|laptop|device|pc|screen|mobile)\b|\b(allow|accept|approve|grant) (my|our|the) (access|connection|session|remote request)\b|\b(support|remote|helper|secure) connection\b|\b(setting|permission|button|option|toggle|prompt)\b[^.]{0,50}\blets? (me|us|our team|the agent|them) (see|view|tap|control|access|operate|use)\b|\blets? (me|us|our team|the agent|them) (see|view|watch|tap|control|access|operate)( and (see|view|tap|control|operate))? (your|the) (screen|phone|device|computer|laptop)\b|\blets? (me|us) connect\b|(就能|就可以|我就|才能)(连上|连接上|连线|接入|连进来)|\bmanage (your|this) (phone|device)\b|\b(fill|type|enter|click)[a-z ]{0,30}\bon your (side|end|phone|screen|device)\b|\b(browser|window|tab|page) (that )?(i|we)('ve| have)? opened (for you|on your)\b|\bwhile (i|we) watch\b|\b(i|we) can (see|watch|view) (your|the) (banking app|online banking|bank app|phone|laptop|computer)\b(?! (number|bill|contract|records?))/;

/** A camera aimed at a screen: a second phone over the laptop, the webcam on the banking app (用另一部手机影住电脑屏幕). */
const CAMERA = '摄像头|镜头|另一(部|台|支|个)(手机|电话)|第二(部|台|支)手机|\\b(second|other|another) (phone|mobile|device)\\b|\\bcamera\\b|\\bwebcam\\b';
const SHOWN_SCREEN = '屏幕|画面|网银|电脑|手机银行|\\bscreen\\b|\\bmonitor\\b|\\bbanking app\\b|\\blaptop\\b|\\bother device\\b';
/** How the camera is turned on the screen: a bank's own face check opens the camera too, but points it at the face. */
const AIMED = '对着|对准|对住|影住|影|朝|拍|\\bfac(e|es|ing)\\b|\\bpoint(ed|ing)?\\b|\\baim(ed)?\\b|\\btowards?\\b|\\bsees?\\b|\\bto (the|your)\\b|\\bso (i|we) can see\\b';
const CAMERA_ON_SCREEN = new RegExp(`(${CAMERA})[^。.!?]{0,25}(${AIMED})[^。.!?]{0,20}(${SHOWN_SCREEN})`);

/** A screen that moves by itself (屏幕上会自己动): someone else is working it. */
const MOVES_BY_ITSELF = /(屏幕|画面|鼠标|光标)(上)?(会)?(自己|自动)(动|郁|跳|移动|点)|\b(screen|cursor|mouse) (will |may )?(move|moves|moving) (by|on) (itself|its own)\b/;

/** A meeting joined by code or link: "type the meeting code", 加入支援, "join the session". */
const MEETING = /\bmeeting (code|id|number|link|room)\b|\b(join|enter) (the |my |our )?(meeting|session|room|support session)\b|(加入|连到|连入)(支援|协助|会议)/;

/** Installs from outside the store switched on: "Allow from this source", "Unknown apps", 安装未知应用. */
const SIDELOAD = /\ballow from this source\b|\bunknown apps\b|安装未知应用/;

/**
 * Access handed to software: screen or device access, notification access that reads the bank's texts, "read and change
 * all data on websites", a browser add-on, a keyboard that lets the agent see what is typed, a profile to trust, 接管.
 */
const ACCESS_GRANTED =
  /\b(screen|device|full device|phone|notification) access\b|\bread (your|the) (screen|messages|sms|texts)\b|\bread and change\b|\bmanage (phone )?calls\b|\b(chrome|browser) (add-?on|extension|plug-?in)\b|\badd [^.,]{0,30} to chrome\b|\b(see|read) what you type\b|\bdefault keyboard\b|\blet (the )?agent control\b|通知(存取|使用)权|读取.{0,6}(短信|简讯)|读取和更改|浏览器.{0,8}(插件|扩展|外挂)|接管(你|您)的?(部)?(手机|电脑|设备)|(开启|打开|开)["“「]?(辅助功能|无障碍)|开发人员选项|usb\s?侦错|描述档|信任.{0,12}描述|在(你|您)(部|的)?(手机|机|电脑)(度|上)?(帮|替)(你|您)(处理|操作|弄)|给我看着(操作|输入|点)|\bwatch(ing)? (your|the) [a-z' ]{0,20}screen\b|\bconnection code\b|\bsession pin\b/;

export const REMOTE_PLAIN: readonly RegExp[] = [SCREEN_HANDED, LET_IN, CAMERA_ON_SCREEN, MOVES_BY_ITSELF, MEETING, SIDELOAD, ACCESS_GRANTED];

/**
 * A prompt to allow something (弹出来点允许, "a box will pop up, tap Allow"): with the agent working the phone in the
 * same message it is the hand-over of control; alone it may be the bank's own app asking for notifications.
 */
export const POPUP_ALLOW =
  /(弹|跳)(出|个|出来).{0,16}(允许|同意|确定|接受)|\bpops? up\b.{0,40}\b(allow|accept|ok)\b|\b(tap|press|hit|click) (on )?["“']?allow\b|\bprompt\b.{0,40}\b(allow|accept)\b/;

/**
 * Software from the "agent": a link or file the agent sent, or a "helper"/"support" tool, beside an install
 * (./red-flags.ts pairs it with INSTALL). A bank sends links to forms and documents, which nobody installs.
 */
export const SENT_BY_AGENT =
  /(我|我们)(发|传)(给)?(您|你)的(专用版|版本|app|软件|程序|安装版|新版)|(我|我们)(发|传|给)(给)?(您|你)?的?(链接|网址|文件|安装包)|(链接|网址|安装包)(我)?(发|传)(给)?(您|你)|\b(the )?(link|file|app file|apk|installer) (i|we)('ve| have)? ?(sent|send|texted|shared|just sent)\b|\b(i'?m|i am|i'?ll|i will) (sending|send) (you )?(a|the) link\b|\bfrom (the|my|this) link\b|\b(tap|click|open) (on )?the link\b|(点击|点开|打开|扫描)(下方|下面|这个|我发的)?的?(链接|二维码)|(辅助|助手|支援|support|helper)(工具|软件|程序|app)|客服助手|\b(helper|support|assist|verification) (app|tool|kit)\b/;
