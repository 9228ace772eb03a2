// Scams in other clothes, from the thirty-third to thirty-sixth writers' first contact and from the cue rules' misses
// on the readable corpora (train, dev and the writers' lines; never the test split): a helper app from outside the
// store, a phone laid face down, the digits an app or a text shows, a payment split to dodge checks or sent as a
// "gift", a record cleaned for a fee or a student account "cancelled"; and the bank's own words beside them (a list
// under "never", 不必提供, 一律不要理会, the person's own account of a call). The lines are written apart from the writers'.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';
import type { TextRedFlagId } from '../../lib/phrasing/types';

const flags = (t: string) => detectRedFlags(normalize(t));

describe('scams in other clothes', () => {
  it.each<[string, TextRedFlagId]>([
    ['Please let our engineer operate your phone while you wait on the line.', 'remote-control'],
    ['这个协商软件在应用商店里搜不到，用我发的地址下载。', 'remote-control'],
    ['装好以后弹出的窗口全部按允许就可以了。', 'remote-control'],
    ['Put the phone face down on the desk and leave the rest to me.', 'remote-control'],
    ['手机放桌上，屏幕朝下，我这边帮您处理。', 'remote-control'],
    ['Install the profile our IT desk sent you, then trust it in Settings.', 'remote-control'],
    ['下载过程中提示有风险不用管，继续装就行。', 'remote-control'],
    ['Tap the link to open our secure viewer and I will guide you.', 'remote-control'],
    ['Open it and send me the number the app gives you.', 'asks-secret'],
    ['Tell me the numbers in the text we just sent.', 'asks-secret'],
    ['短信里带的那串数字抄下来回复我。', 'asks-secret'],
    ['我给您发了个协商码，收到后直接报给我。', 'asks-secret'],
    ['Pay it into the new safe acount we opened for you.', 'safe-account'],
    ['分三笔转，每笔别超过两万，这样不会触发风控。', 'safe-account'],
    ["Put 'gift' as the reference when you send it.", 'safe-account'],
    ['请把钱转到备用账户，之后我们统一处理。', 'safe-account'],
    ["We'll scrub the late payments from your file for a $99 fee.", 'credit-repair'],
    ['Our credit rebuild programme clears old defaults in weeks.', 'credit-repair'],
    ['您名下的学生账户需要注销，不然影响征信。', 'credit-repair'],
    ['交了修复费，黑名单记录马上撤掉。', 'credit-repair'],
    // A list after a negation that turns into a request of its own is not the negated list.
    ['We never ask for PINs, your one-time code and expiry is all I need now.', 'asks-secret'],
  ])('%s → %s', (t, flag) => expect(flags(t)).toContain(flag));
});

describe("the bank's own words beside them", () => {
  it.each([
    '为保护账户安全，请勿向任何人透露短信内容。',
    '您好，我是京东金条的客服，您这期金条已逾期5天。',
    '同事已经把您的情况转给我了，接下来由我跟进。',
    'We will never ask you for your PIN, your card number or any passcode in this chat.',
    '您不必提供卡片背面的安全码，只需核对出生日期。',
    '接到让您开视频会议的电话，一律不要理会。',
    '照您刚才的描述，对方让您把手机屏幕朝上，这种要求本行不会提出。',
    'Settings, then Security: that is where you can see which apps were installed.',
  ])('%s', (t) => expect(flags(t)).toEqual([]));
});
