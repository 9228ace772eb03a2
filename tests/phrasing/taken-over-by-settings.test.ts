// The device or line taken over through the phone's own features, named by what to tap rather than by any remote app:
// classes found among the fifty-first and fifty-second writers' first-contact misses (corpus/probe/README.md), whose
// impostors were asked never to say "remote" or "share screen", and written here apart from their lines (a permission
// that reads the display, a cast to a named device, the popup allowed while the agent sets things up). Beside them,
// a bank's own words about the same menus: a warning, a report, a check of what is linked.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';

const flags = (t: string) => detectRedFlags(normalize(t));

describe('the device taken over through its own settings', () => {
  it.each([
    'You will get a prompt to allow sign-in from a new device. Approve it so our desk can finish the deferral.',
    'Open the mail from our team and press Add this device, then approve it on your phone.',
    'Search Accessibility in Settings and switch on the one called Repayment Sync.',
    '请到设置里找到辅助功能，把“还款小助手”的开关打开。',
    '浏览器问是否允许录制屏幕，您点允许就行。',
    '手机下拉点一下多屏协同，靠近我们给您的平板。',
    '进会议以后点右下角的“演示”，我们一起看账单。',
    'Dial *21* and the number I give you, so the bank’s calls come to our verification desk.',
    '请打开呼叫转移，把来电都转到我们的专线。',
    'Tap Convert to eSIM and scan the QR code I am sending.',
    'Add our officer to your Family Sharing group for a day.',
    'If Windows says the file is unsafe, click More info and then Run anyway.',
    '提示有风险的时候点“仍然安装”就行。',
    '把浏览器的开发者模式打开，再把我发的插件拖进去。',
    'Install it, switch on everything it asks for, and leave the rest to us.',
    'When the casting prompt appears, tap Start now.',
    '它问什么权限您都点允许就可以了。',
    '我们的工程师会进去帮您改一下记录。',
    '用微信扫我发的码，把我们的核验电脑加进去。',
    'Give the helper the overlay permission and I will finish the form for you.',
    'The tool only lets me see what you see, nothing more.',
    'Swipe down, tap Smart View and choose the TV called DESK-04.',
    'Scan this code to add our management profile to your iPhone.',
    'Our officer will check the payment on your screen before it is released.',
    'Open Accessibility and set it to on for Loan Care.',
    'The add-on lets me watch the login page with you.',
    'Wait until the connection light turns green, then read me the number.',
    '装好以后点“允许”，我这边帮您设置。',
    '下载完登录，手机保持亮屏就行，其他我来。',
    '这个工具只读取您的手机画面，不碰钱。',
    '打开以后点“请求协助”，我这边接入。',
    '您把手机交给“我”就好，我来分期。',
    '应用商店搜不到就用我发的链接下载。',
  ])('%s', (t) => expect(flags(t)).toContain('remote-control'));
});

describe('the same menus in a bank’s own words', () => {
  it.each([
    'If you ever get a prompt to allow sign-in from a new device that you did not start, deny it and call us.',
    '骗子常让客户打开手机的辅助功能，请您千万不要按对方要求开启。',
    'We never ask you to set up call forwarding or convert your SIM to an eSIM.',
    '您说对方让您点“仍然安装”，那是诈骗软件，请马上卸载。',
    'In our app, open Security and review the devices signed in; remove any you do not recognise.',
    '我们不会让您开启呼叫转移，也不会让您录制屏幕。',
    'You will see a six-digit code on your screen; type it into our app yourself.',
    'Please allow the notification permission for our app so payment reminders reach you.',
    '请稍等，我这边接入人工客服为您处理。',
  ])('%s', (t) => expect(flags(t)).not.toContain('remote-control'));
});
