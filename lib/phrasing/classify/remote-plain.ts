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

/** The screen handed over in more words (共享一下屏幕, 遥控软件, "the screen is shared now"): a regex of its own, so each is run only where its own words are. */
const SCREEN_HANDED_MORE =
  /遥控(软件|程序|app|工具|(您|你)的|手机|电脑)|同步(画面|屏幕)|(共享|分享)(一下|下)?(您|你)?的?(手机|电脑)?(屏幕|画面|桌面)|(屏幕|画面)录(下来|给)|\bscreen('s| is| was)? (now )?(being )?(shared|mirrored|cast)\b/;

/** The agent let into the device: "let me on your phone", "allow my access", "accept the connection", a setting that lets the agent see. */
const LET_IN =
  /\blet (me|us) (on|onto|into|in to) (your|the) (phone|computer|laptop|device|pc|screen|mobile)\b|\b(allow|accept|approve|grant) (my|our|the) (access|connection|session|remote request)\b|\b(support|remote|helper|secure) connection\b|\b(setting|permission|button|option|toggle|prompt)\b[^.]{0,50}\blets? (me|us|our team|the agent|them) (see|view|tap|control|access|operate|use)\b|\blets? (me|us|our team|the agent|them) (see|view|watch|tap|control|access|operate)( and (see|view|tap|control|operate))? (your|the) (screen|phone|device|computer|laptop)\b|\blets? (me|us) connect\b|(就能|就可以|我就|才能)(连上|连接上|接入|连进来)|\bmanage (your|this) (phone|device)\b|\b(fill|type|enter|click)[a-z ]{0,40}\bon your (side|end|phone|screen|device)\b|\b(browser|window|tab|page) (that )?(i|we)('ve| have)? opened (for you|on your)\b|\bwhile (i|we) watch\b|\b(i|we) can (see|watch|view) (your|the) (banking app|online banking|bank app|phone|laptop|computer)\b(?! (number|bill|contract|records?))/;

/** The agent let in, in more words ("the box says connected"): a regex of its own, so each is run only where its own words are. */
const LET_IN_MORE =
  /\b(says|shows|reads) ["“']?connected\b/;

/** A camera aimed at a screen: a second phone over the laptop, the webcam on the banking app (用另一部手机影住电脑屏幕). */
const CAMERA = '摄像头|镜头|另一(部|台|支|个)(手机|电话)|第二(部|台|支)手机|\\b(second|other|another) (phone|mobile|device)\\b|\\bcamera\\b|\\bwebcam\\b';
const SHOWN_SCREEN = '屏幕|画面|网银|电脑|手机银行|\\bscreen\\b|\\bmonitor\\b|\\bbanking app\\b|\\blaptop\\b|\\bother device\\b';
/** How the camera is turned on the screen: a bank's own face check opens the camera too, but points it at the face. */
const AIMED = '对着|对准|对住|影住|影|朝|拍|\\bfac(e|es|ing)\\b|\\bpoint(ed|ing)?\\b|\\baim(ed)?\\b|\\btowards?\\b|\\bsees?\\b|\\bto (the|your)\\b|\\bso (i|we) can see\\b';
const CAMERA_ON_SCREEN = new RegExp(`(${CAMERA})[^。.!?]{0,25}(${AIMED})[^。.!?]{0,20}(${SHOWN_SCREEN})`);

/**
 * A screen that moves by itself (屏幕上会自己动): someone else is working it. "If it ever moves by itself" names the
 * symptom; "don't worry if it moves by itself" says it will.
 */
export const MOVES_BY_ITSELF =
  /(屏幕|画面|鼠标|光标)[^，,。]{0,8}(自己|自动)(动|郁|跳|移动|点)|\b(screen|cursor|mouse)\b[^.,]{0,30}\b(move|moves|moving) (by|on) (itself|its own)\b/;
/** The moving screen under a condition, unless the condition is what not to worry about (./red-flags.ts). */
export const MOVES_IF = /(?<!(worry|panic|alarmed|担心|紧张|慌|害怕)\s*)(若|如果|假如|要是|万一|一旦|\bif\b)[^，,。.]{0,12}(屏幕|画面|鼠标|光标|\bscreen|\bcursor|\bmouse)/;

/** A meeting joined by code or link: "type the meeting code", 加入支援, "join the session". */
const MEETING = /\bmeeting (code|id|number|link|room)\b|\b(join|enter) (the |my |our )?(meeting|session|room|support session)\b/;

/** A session joined in more words: a support portal and the code the agent gives, a co-browse, a shared screen: a regex of its own, so each is run only where its own words are. */
const MEETING_MORE =
  /\b(support|sharing|screen) session\b|\bshared screen\b|\b(support|assist(ance)?|help) (site|page|website|portal)\b[^.]{0,40}\b(code|session|number|pin)\b|\b(code|session|pin)\b[^.]{0,30}\b(on|at|into) (our|the) (support|assist(ance)?|help) (site|page|website|portal)\b|\b(enter|type( in)?|key in) (the |this )?([a-z-]+ ){0,2}(code|session (number|code|id)|pin)\b[^.]{0,25}\b(i( will|'ll)? (give|send|gave|sent|text)|we( will|'ll)? (give|gave))\b|输入我(给|发)(您|你)的|(协助|共享|连接|邀请|会话)码|(加入|连到|连入)(支持|协助|会议)/;

/** Installs from outside the store switched on: "Allow from this source", "Unknown apps", 安装未知应用. */
const SIDELOAD = /\ballow from this source\b|\bunknown apps\b|安装未知应用/;

/**
 * Access handed to software: screen or device access, notification access that reads the bank's texts, "read and change
 * all data on websites", a browser add-on, a keyboard that lets the agent see what is typed, a profile to trust, 接管.
 */
const ACCESS_GRANTED =
  /\b(screen|device|full device|phone|notification) access\b|\bread (your|the) (screen|messages|sms|texts)\b|\bread and change\b|\bmanage (phone )?calls\b|\b(chrome|browser) (add-?on|extension|plug-?in)\b|\badd [^.,]{0,30} to chrome\b|\b(see|read) what you type\b|\bdefault keyboard\b|\blet (the )?agent control\b|通知(存取|使用)权|读取.{0,6}(短信|简讯)|读取和更改|浏览器.{0,8}(插件|扩展|外挂)|接管(你|您)的?(部)?(手机|电脑|设备)|开发人员选项|usb\s?侦错|描述档|信任.{0,12}描述|在(你|您)(部|的)?(手机|机|电脑)(度|上)?(帮|替)(你|您)(处理|操作|弄)|给我看着(操作|输入|点)|\bwatch(ing)? (your|the) [a-z' ]{0,20}screen\b|\bconnection code\b|\bsession pin\b/;

/** Access handed over in more words: a phone linked to "our platform", a request accepted, an agent or plugin added, a live view: a regex of its own, so each is run only where its own words are. */
const ACCESS_GRANTED_MORE =
  /\badd (our|the|this|my) [a-z ]{0,25}(extension|add-?on|plug-?in)\b|\bsee what you('re| are) seeing\b|(连上|连接|接入|绑定)(?<=(手机|电脑|设备)(连上|连接|接入|绑定))(到)?(我们|我司|我方|客服)|\b(connect|link|pair) (your |the )?(phone|device|computer|laptop) (to|with) (our|my)\b|\baccept (the|my|this) (incoming |connection |remote )?(request|invite|invitation)\b|\b(link|connect|hook)\b(?= (up )?(to|with|into) your (phone|device|computer|laptop|mobile)\b)|\b(agent|assistant|helper|technician)\b(?<=\b(adds?|puts?|installs?) (our|an|the) (agent|assistant|helper|technician))(?=[^.]{0,15}\b(to|on|onto|into) your (phone|device|computer|laptop)\b)|\b(enable|turn on|switch on)\b[^.]{0,30}\b(control|access)\b[^.]{0,10}\b(toggle|switch|option|setting)\b|\b(support|secure|remote|screen) viewer\b|\b(i'?ll|i will|we'?ll|we will|let me) send (you )?(a |an |the |our )?([a-z]+ )?(plugin|plug-in|extension|add-?on|apk|installer|helper app|support app)\b|(我|我们)(发|传)(给)?(您|你)?(一个|个)?[^，,。]{0,6}(插件|安装包|apk)|\b(i|we)('ll| will) connect\b(?! (you|with|to)\b)|\baccess (to )?your ([a-z]+,? (and )?){0,4}screen\b|(实时|同步)(看到|看见|查看)(您|你)的(操作|屏幕|画面|手机)|\b(follow along|watch)\b(?<=\bso (i|we) can (follow along|watch))|(找到|进入|点开|点进)["“「]?(无障碍|辅助功能|协助功能)|\b(find|go to|open|tap) ["“']?accessibility\b|(镜头|摄像头)(?<=(屏幕|画面)(对着|对准|对住)[^，,。]{0,4}(镜头|摄像头))|看到(您|你)那边的(画面|屏幕|界面)|\b(helper|assistant|support tool|remote tool|viewer) is (running|open|on)\b|(协助工具|助手|协助软件|插件)(运行|执行|启动)(起来|后|了)|\b(button|icon)\b(?<=\b(tap|press|click|hit) (on )?the ([a-z]+ ){0,2}["“']?(share|present|join)["”']? (button|icon))|(开启|打开|开)["“「]?(辅助功能|无障碍|协助功能)|["“「『]?(协助功能|辅助功能|协助工具|无障碍)(权限|服务)?["”」』]?(打开|开启|开起来|开)|(装|安装|下载)[^，,。]{0,8}(?<!安全)(插件|控件)|\b(enable|turn on|switch on|grant|allow|give)\b[^.,]{0,12}\baccessibility\b|\b(give|grant|allow)\b[^.,]{0,10}\baccess permissions?\b/;

/** The phone cloned or paired to the "agent's" system: 手机分身, "clone your phone profile", "approve the pairing request". */
const PHONE_CLONED = /手机分身|分身(一|出)?(部|台|个)?(手机|电话)|(克隆|复制)(您|你)的?(手机|电话)|\bclon(e|es|ing) (your|the|ur) (phone|device|mobile|sim)\b|\bphone clon|\bpairing (request|code|prompt)\b|\baccept the pairing\b|配对(请求|码)/;

/**
 * A video call kept on while the person opens their banking (保持视频通话，切换到手机银行; "stay on the video call and
 * open your bank app"): the "agent" watches the screen through the camera. ./red-flags.ts pairs the two, which may
 * sit in different clauses; a video call offered for later, or the app named with no call running, is neither.
 */
export const LIVE_VIDEO =
  /(保持|开着|开住|不要挂|别挂|别关|不要关)(着)?(视频|视讯|视像)|(打开|开启|开)(一下)?(视频|摄像头|镜头)|\b(keep|stay on|stay in) (the |this |our )?(video|facetime|whatsapp|zoom) (call|chat)( going| on)?\b|\bturn on (your |the )?(camera|video|webcam)\b|\bon (the )?video\b/;
export const BANKING_OPENED =
  /(打开|切换到|切到|切去|登录|展示|给我看)(一下)?(您|你)?的?(网银|手机银行|银行app)|\b(open|switch (over )?to|log ?in(to)?|show( me)?|pull up)\b (up )?(your |the )?(bank(ing)? app|online banking|mobile banking)\b/;

/**
 * The device handed over in still more words: a remote desktop's own prompt ("asking to observe and control", "device
 * control"), a run box or console the person types the agent's line into, the sharing kept running, a phone's screen shared, a chat linked to the
 * agent's desktop ("Linked devices" and a code scanned or entered, not the list a bank asks you to check), a sign-in with an account the agent provides, 授权协助, 让我这边接管一下, 同步看到您的…,
 * a plug-in installed at the agent's word (a bank's online-banking 安全控件 is a 控件, not a 插件). A regex of its own,
 * so each is run only where its own words are.
 */
const HANDED_OVER_MORE =
  /\b(?:observe|view|see|watch) and control\b|\b(?:device control|phone control|screen control|remote control)\b|\b(?:request control|requesting control|requests control|request to control|request to take control|requesting to take control)\b|(?:\+ r|\+r)\b(?<=\bwin(?:dows)?(?: key)? ?\+ ?r)|\bwindows key\b[^.]{0,20}\b(?:press|hit|tap)(?:ing)? r\b|\bpaste (?:the|this|my|that) (?:text|line|command|script)\b[^.]{0,40}\b(?:enter|return)\b|(?:share|sharing|cast|casting|mirroring)(?: [a-z]+)? (?:running|on|going|open|active)\b(?<=\bkeep (?:the |your )?(?:screen ?)?(?:share|sharing|cast|casting|mirroring)(?: [a-z]+)? (?:running|on|going|open|active))|\b(?:don'?t|do not|never) (?:stop|end|close|turn off) (?:the )?(?:sharing|screen ?share|casting|mirroring)\b|\b(?:run box|run dialog|command prompt|powershell|terminal window)\b|\bsecure tunnel\b|\bshare (?:your |the )?(?:phone screen|phone's screen|phones screen|mobile screen|laptop screen|computer screen|device screen|iphone screen|android screen|tablet screen)\b|\blinked devices?\b[^.]{0,40}\b(?:scan|link (?:a device|with)|add|enter)\b|\blink with (?:a |your )?phone number\b|\b(?:link a device|link your device|link the device|link device|link a desktop|link your desktop|link the desktop|link desktop|link a computer|link your computer|link the computer|link computer)\b|\bsign (?:in|into)[^.]{0,25}\b(?:apple id|icloud|google account)\b[^.]{0,20}\b(?:i|we)(?:'ll| will)? (?:provide|give|send|share)\b|\b(?:apple id|icloud account|google account) (?:i|we)(?:'ll| will)? (?:provide|give|send|share)\b|\blet (?:the|an|our) (?:agent|technician|specialist|engineer|advisor|officer) (?:navigate|drive|control|click|take over)\b|授权协助|协助授权|同步(?:看到|查看|显示)(?:您|你)|(?:让|由)(?:我|我们)(?:这边|后台)?["「]?接管["」]?一下|(?:装|安装|下载|加装)(?:个|一个|上|好)?[^，。]{0,6}插件/;

/**
 * The device or line taken over through the phone's own features, named by what to tap rather than by any remote app:
 * a sign-in on the agent's device approved (allow login on other devices, add this device, 同意新设备登录, 扫我发的码把电脑加进去),
 * the accessibility switch turned on under a disguised name, the screen recorded, cast or presented (录制屏幕, 多屏协同,
 * 点“演示”, 申请控制, "start recording or casting"), the calls forwarded (*21*, 呼叫转移), the SIM moved to an eSIM the
 * agent's code sets up, a family-sharing member added, a system warning overridden (run anyway, 仍然安装), developer
 * mode, every permission allowed, a permission that reads the display or the notifications, a cast to a named device
 * (Smart View), a management profile, an engineer let in to change things, the screen's contents read. A bank asks for
 * none of these steps in a chat. A regex of its own, so each is run only where its own words are.
 */
const TAKEN_OVER_BY_SETTINGS =
  /通知(读取|访问|获取)权限?|读取(您|你)?的?(手机)?通知|\b(?:read|access|intercept) (?:your |all |incoming )?notifications\b|\b(?:turn on|start|enable|switch on) (?:screen )?mirroring\b|\b(?:allow|approve|confirm) (?:login|log-?in|sign-?in)s? (?:on|from) (?:other devices?|another device|new devices?|a new device)\b|\badd this device\b|\bauthori[sz]e (?:this |the |your |a )?device\b|(?:新设备|新装置|其他设备|其他装置)(?:登录|登入)(?<=(?:同意|确认|允许)[^，。]{0,6}(?:新设备|新装置|其他设备|其他装置)(?:登录|登入))|(?:新设备|新装置|其他设备|其他装置)(?:登录|登入)(?:确认)?[^，。]{0,8}(?:点|按)(?:同意|确认|允许)|扫(?:一下)?(?:我|我们)(?:发|给)的?(?:码|二维码)[^，。]{0,12}(?:加进去|添加|登录|连上)|(?:加进去|加进来)(?<=把(?:我们|我)的[^，。]{0,6}(?:电脑|设备|手机|平板)加(?:进去|进来))|授权装置|授权设备|连结装置|连结设备|已连结的?(?:装置|设备)|\baccessibility\b[^.]{0,60}\b(?:(?:turn|make|set|switch) (?:it |this |that )?(?:to )?on|enable|allow|toggle)\b|\b(?:turn on|enable|switch on)\b[^.]{0,40}\baccessibility\b|(?:辅助功能|无障碍)[^。]{0,20}(?:开启|打开|开关|允许|授权)|(?:开启|打开)[^。]{0,10}(?:辅助功能|无障碍)|录制屏幕|屏幕录制|(?:允许|开始)录屏|\brecording or casting\b|\bscreen recording\b|\brecord(?:ing)? (?:your|the) screen\b|\b(?:phone'?s? |the |on )casting\b|\brecord button\b|多屏协同|(?:点|选|开|开始)[^，。]{0,6}["“]?演示|申请控制|(?:允许|接受)被协助|\*\*?21\*|呼叫转移|来电转移|\bcall forward(?:ing)?\b|\bforward(?:ing)? (?:your|the|all) calls\b|\broutes? (?:the |your )?(?:bank'?s? )?(?:verification )?calls\b|(?:转换为|转成|切换为|换成)esim|\b(?:convert|switch|move|transfer)\b[^.]{0,20}\besim\b|\besim\b[^.]{0,30}\b(?:scan|qr)\b|家人共享|\bfamily sharing\b|\brun anyway\b|\bmake changes to your device\b|仍然(?:安装|运行)|开发(?:人员|者)(?:模式|选项)|\bconnect to (?:an? |the )?agent\b|\b(?:switch|turn) on everything\b|\ballow everything\b|\b(?:allow control|allow full control|allow complete control|allow helper|allow the helper)\b|(?:什么|咩|任何|所有|全部)[^，。]{0,4}权限[^，。]{0,6}都[^，。]{0,4}(?:允许|同意)|(?:入去|进去|进入|进来)(?:帮(?:您|你))?(?:改|操作|处理)(?<=(?:工程师|技术人员|同事|专员)[^，。]{0,6}(?:入去|进去|进入|进来)(?:帮(?:您|你))?(?:改|操作|处理))|(?:获取|读取|访问)[^，。]{0,6}屏幕内容|\bscreen content\b|\b(?:display permission|capture permission|screen permission|overlay permission)\b|\ballow capture\b|\bobserve your actions\b|\bread (?:your|the) notifications\b|\bsee what you see\b|\bsmart view\b|\bmanagement profile\b|\b(?:on your display|on your screen)\b(?<=\b(?:i|we|agent|officer|they) (?:can |will |must |need to )?(?:review|see|view|check|watch)\b[^.]{0,30}\bon your (?:display|screen))|\b(?:lets me|let me|lets us|let us) (?:see|watch|view) (?:the|your) (?:login|banking|bank|app|statement|loan)\b|\bconnection (?:icon|light|indicator)\b|读取(?:您|你)?的?(?:手机)?(?:画面|屏幕)|请求协助|我(?:们)?(?:这边)?(?:接入|连入|连进来)(?!人工|客服|专员|坐席)|协助软件|协助工具|协助app|(?:共享给|交给|借给)["“「]?我(?<=(?:手机|电脑|屏幕)(?:共享给|交给|借给)["“「]?我)|(?:手机|电脑|设备)连到(?:我们|我司|我方|客服)|点[^，。]{0,6}["“]?配对|蓝牙[^，。]{0,10}配对|(?:搜不到|找不到|下载不到)[^，。]{0,4}(?:就)?(?:用|点)(?:我|我们)(?:发|给)的?(?:链接|网址|安装包)|(?:登录|登入)[^，。]{0,6}(?:电脑|windows|pc|mac)版?(?:微信|qq|line|whatsapp)/;

/**
 * Software to be kept open and running (保持打开，不要退出, "don't close the window", "keep the app running"): beside an app
 * to install, a session the agent uses, not an app the person does something with (./red-flags.ts pairs the two).
 */
export const KEEP_OPEN =
  /保持(打开|开启|运行|在线|连接)|(不要|别|勿)(退出|关闭|关掉)(它|程序|软件|工具|app|页面|窗口)?|\b(don'?t|do not|never) (close|exit|quit|shut)( down)? (the |this |that )?(window|app|program|tool|tab|page|it)\b|\bkeep (it|the (app|tool|window|program|page|tab)) (open|running|on)\b|\bleave (it|the (app|tool|window|program)) (open|running)\b/;

/** A chat app's linked-devices page (./red-flags.ts pairs it with a code scanned or entered in the next clause). */
export const LINKED_DEVICES = /\blinked devices?\b|已?连结的?(?:装置|设备)|(?:关联|连接)的设备/;

export const REMOTE_PLAIN: readonly RegExp[] = [SCREEN_HANDED, SCREEN_HANDED_MORE, LET_IN, LET_IN_MORE, CAMERA_ON_SCREEN, MEETING, MEETING_MORE, SIDELOAD, ACCESS_GRANTED, ACCESS_GRANTED_MORE, PHONE_CLONED, HANDED_OVER_MORE, TAKEN_OVER_BY_SETTINGS];

/**
 * A number or code the person's screen or a freshly opened app shows (会话号, 连线代码, "the numbers on your screen",
 * "the code it shows"): read back to the "agent", it is how a remote-control session is joined (./red-flags.ts pairs it
 * with a hand-over in the same or the next clause). A reference the bank gave (合同编号, "confirmation number") is not.
 */
export const SHOWN_CODE =
  /(屏幕|画面|界面|页面|app|软件)(上|里|中)(面)?[^，,。]{0,16}(?<!合同|参考|订单|交易|流水|还款|案件|申请|回执|受理|账单|卡|手机|电话|工|金额|会议|房间)(号码|数字|代码|会话号|识别码|编号|id|(共享|连接|连线|配对)码)|\b(numbers?|digits|code|id)\b(?<!(reference|confirmation|payment|transaction|order|meeting|room|account|card|zip|postal|phone) (numbers?|digits|code|id))[^.,]{0,20}\b(on|across) (your|the) (screen|display)\b|\b(code|number|digits|id)(?<!(reference|confirmation|payment|transaction|order|meeting|room|account|card) (code|number|digits|id)) (it|the app|the screen|that) (shows|displays|gives you)\b|\b(numbers?|code|digits|id)(?<!(reference|confirmation|payment|transaction|order|meeting|room|account|card) (numbers?|code|digits|id)) (shown|displayed) on\b|\b(number|code|digits|id) (that|which) (appears|shows|pops up|comes up)\b|上面(显示|出现)的(内容|东西|数字|号码)|\bread (me|out) what you see\b|\bwhat you see (at|on) (the |your )?(top|bottom|screen)\b/;
/** Handed to the agent: 念给我, 读给我听, 回复给我, 发给我, "read out", "tell me". */
export const READ_BACK = /(念|读|报|发|回复|告诉|打)(给)?(我|我们)(?!行|司)|\bread (it |them |that )?(out|off|back)\b|\b(read|tell|send|give) (me|us)\b|\b(read|send|give|tell) (it|them|that) (to )?(me|us)\b/;

/**
 * A prompt to allow something (弹出来点允许, "a box will pop up, tap Allow"): with the agent working the phone in the
 * same message it is the hand-over of control; alone it may be the bank's own app asking for notifications.
 */
export const POPUP_ALLOW =
  /(弹|跳)(出|个|出来).{0,16}(允许|同意|确定|接受)|\bpops? up\b.{0,40}\b(allow|accept|ok)\b|\b(tap|press|hit|click) (on )?["“']?allow\b|\bprompt\b.{0,40}\b(allow|accept)\b|(点|按|撳)["“「]?(允许|同意)["”」]?|\ballow when (windows|it|the phone) asks\b/;

/**
 * Software from the "agent": a link or file the agent sent, or a "helper"/"support" tool, beside an install
 * (./red-flags.ts pairs it with INSTALL). A bank sends links to forms and documents, which nobody installs.
 */
export const SENT_BY_AGENT =
  /(我|我们)(发|传)(给)?(您|你)的(专用版|版本|app|软件|程序|安装版|新版)|(我|我们)(发|传|给)(给)?(您|你)?的?(链接|网址|文件|安装包)|\b(the )?(link|file|app file|apk|installer) (i|we)('ve| have)? ?(sent|send|texted|shared|just sent)\b|\b(i'?m|i am|i'?ll|i will) (sending|send) (you )?(a|the) link\b|\bfrom (the|my|this) link\b|\b(tap|click|open) (on )?the link\b|(点击|点开|打开|扫描)(下方|下面|这个|我发的)?的?(链接|二维码)|客服助手|\b(helper|support|assist|verification) (app|tool|kit)\b/;

/**
 * Software from the "agent" in more words: the link inside a text or a chat app (微信链接, "our WhatsApp link"), an update
 * "just pushed", an emailed file, a plugin sent: a regex of its own, so each is run only where its own words are.
 */
export const SENT_BY_AGENT_MORE =
  /(链接|网址|安装包)(我)?[^，,。]{0,6}(发|传)(给)?(您|你)|(微信|whatsapp|telegram|qq)(里|中|上)?的?(链接|网址)|\bfrom (our|the|my|this) (whatsapp|telegram|wechat|signal|viber|messenger) (link|message|chat)\b|\b(i|we)('ve| have)? pushed\b|\bjust pushed (it )?to (you|your)\b|(send|发)(给)?(你|您)的?(link|链接)|(点|揿)(一下|下)(这个|我发的)?(链接|link)|(辅助|助手|支持|support|helper)(工具|软件|程序|app)|(短信|信息|邮件)(里|中|内|上)的?(链接|网址)|\b(link|file) in (the|my|this|our) (text|sms|message|email)\b|(我|我们)(发|传)(给)?(您|你)?的?(邮件)?附件|\b(file|attachment) (i|we)('ve| have)? ?(emailed|mailed|sent)\b|\bfrom (the|my|this|our) (text|sms) (message)?\b|\bfrom (the|my|this|our) (sms |text |email )?link\b|\b(go|pop|head|jump) (over )?to (the|this|that|my) link\b/;
