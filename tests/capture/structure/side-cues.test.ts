// @vitest-environment jsdom
// Side cues a sighted reader uses when a bubble's position alone misleads: the avatar at the row's outer edge, the
// bubble colour of each side, the echo of the person's own line (a class word on their row names no side), the opening
// welcome of a chat (written by the chat whatever name it is signed with), and a name beside the avatar.
import { describe, expect, it } from 'vitest';
import type { RawMessage } from '../../../lib/capture/extract';
import { cachedLayoutSide, measureSide, type Measured } from '../../../lib/capture/layout-side';
import { RoleResolver } from '../../../lib/capture/role-resolver';
import { rowAnatomy } from '../../../lib/capture/structure/anatomy';
import { isOpeningWelcome } from '../../../lib/capture/welcome';

function place(el: Element, left: number, width: number, height = 40): void {
  (el as HTMLElement).getBoundingClientRect = () => ({ left, right: left + width, width, top: 0, bottom: height, height, x: left, y: 0, toJSON: () => ({}) }) as DOMRect;
}

/** A 240px-wide list; a row holding a 40px avatar and a bubble that long text has stretched to its maximum width. */
function row(avatarAt: 'left' | 'right' | 'none', bubbleLeft: number, bubbleWidth: number): ReturnType<typeof measureSide> {
  const avatar = avatarAt === 'none' ? '' : '<div id="av" style="background-color: rgb(216, 216, 216)"><p>B</p></div>';
  const bubble = '<div id="bubble" style="background-color: rgb(5, 109, 174)"><span id="text">A long message that fills the bubble to its maximum width</span></div>';
  document.body.innerHTML = `<div id="list"><div id="row">${avatarAt === 'right' ? bubble + avatar : avatar + bubble}</div></div>`;
  place(document.getElementById('list')!, 0, 240);
  place(document.getElementById('row')!, 0, 240);
  if (avatarAt !== 'none') place(document.getElementById('av')!, avatarAt === 'left' ? 0 : 200, 40);
  place(document.getElementById('bubble')!, bubbleLeft, bubbleWidth);
  place(document.getElementById('text')!, bubbleLeft + 10, bubbleWidth - 20);
  return measureSide(document.getElementById('row')!, document.getElementById('list')!, document.getElementById('text')!);
}

describe('the avatar at the row\'s outer edge', () => {
  it('puts a wide bubble pushed right by an avatar on the avatar\'s side', () => {
    expect(row('left', 52, 188).side).toBe('left');
  });

  it('puts a wide bubble pushed left by an avatar on the right', () => {
    expect(row('right', 0, 188).side).toBe('right');
  });

  it('reads the bubble\'s place when no avatar shows', () => {
    expect(row('none', 52, 188).side).toBe('right');
  });
});

describe('bubble colours', () => {
  it('gives a wide bubble the side that bubbles of its colour were seen on', () => {
    const answers: Measured[] = [
      { side: 'left', laidOut: true, paint: 'blue' },
      { side: 'right', laidOut: true, paint: 'grey' },
      { side: 'right', laidOut: true, paint: 'blue', wide: true },
      { side: 'left', laidOut: true, paint: 'pink', wide: true },
    ];
    const sideOf = cachedLayoutSide(() => answers.shift()!);
    const el = document.createElement('div');
    expect([sideOf(el, el), sideOf(el, el), sideOf(el, el), sideOf(el, el)]).toEqual(['left', 'right', 'left', 'left']);
  });

  it('ignores a colour seen on both sides', () => {
    const answers: Measured[] = [
      { side: 'left', laidOut: true, paint: 'white' },
      { side: 'right', laidOut: true, paint: 'white' },
      { side: 'right', laidOut: true, paint: 'white', wide: true },
    ];
    const sideOf = cachedLayoutSide(() => answers.shift()!);
    const el = document.createElement('div');
    expect([sideOf(el, el), sideOf(el, el), sideOf(el, el)]).toEqual(['left', 'right', 'right']);
  });
});

const roles = (resolver: RoleResolver, raws: RawMessage[]) => raws.map((r) => resolver.resolve(r).role);

/** A resolver that saw the person send `text` a moment before the rows are read. */
function afterSending(text: string): RoleResolver {
  let t = 0;
  const resolver = new RoleResolver(() => t);
  resolver.noteSent(text);
  t = 10;
  return resolver;
}

describe('class words the person\'s own row carries too', () => {
  it('name no side: a widget prefix like "chatbot-…" on every row leaves the agent an agent', () => {
    let t = 0;
    const resolver = new RoleResolver(() => t);
    expect(roles(resolver, [{ text: 'Welcome to the chat.', layout: 'left', hint: 'bot' }])).toEqual(['bot']);
    t = 1000;
    resolver.noteSent('I missed two payments');
    expect(
      roles(resolver, [
        { text: 'I missed two payments', layout: 'right', hint: 'bot' },
        { text: 'Transferring you to a live agent now.', layout: 'left', hint: 'bot' },
        { text: "Hi, I'm Priya, Agent ID 20417. How can I help?", layout: 'left', hint: 'bot' },
        { text: 'I can set up a reduced payment.', layout: 'left', hint: 'bot' },
      ]),
    ).toEqual(['customer', 'bot', 'agent', 'agent']);
  });

  it('still name the bot when the person\'s row does not carry them', () => {
    const resolver = afterSending('Hello');
    expect(
      roles(resolver, [
        { text: 'Hi there', layout: 'left', hint: 'bot' },
        { text: 'Hello', layout: 'right', hint: 'customer' },
        { text: "Hi, I'm Priya.", layout: 'left', hint: 'bot' },
      ]),
    ).toEqual(['bot', 'customer', 'bot']);
  });

  it('name the whole other side when no row is ever classed an agent: a staff number is a person, and so are the rows after', () => {
    const resolver = afterSending('Hello');
    expect(
      roles(resolver, [
        { text: 'Hi there', layout: 'left', hint: 'bot' },
        { text: 'Hello', layout: 'right', hint: 'customer' },
        { text: 'Let me connect you to a colleague.', layout: 'left', hint: 'bot' },
        { text: "Hi, I'm Priya, agent ID 20417.", layout: 'left', hint: 'bot' },
        { text: 'I can set up a reduced payment.', layout: 'left', hint: 'bot' },
      ]),
    ).toEqual(['bot', 'customer', 'bot', 'agent', 'agent']);
  });

  it('keep "bot" for the bot where rows are also classed as an agent\'s', () => {
    const resolver = new RoleResolver(() => 0);
    expect(
      roles(resolver, [
        { text: 'Hi there', layout: 'left', hint: 'bot' },
        { text: "Hi, I'm Priya, agent ID 20417.", layout: 'left', hint: 'agent' },
        { text: 'Your survey link: rate this chat.', layout: 'left', hint: 'bot' },
      ]),
    ).toEqual(['bot', 'agent', 'bot']);
  });
});

describe('the opening welcome', () => {
  it.each([
    ['欢迎来到平安银行信用卡在线客服，我是小安。', true],
    ['您好，欢迎咨询中国银行信用卡，请问有什么可以帮您？', true],
    ['Welcome to Citi chat. Tell me what you need help with.', true],
    ['Hello! Welcome to the help desk.', true],
    ['您好，我是客服李娜，工号 8823。', false],
    ['You are welcome to call us back.', false],
  ])('%s', (text, expected) => expect(isOpeningWelcome(text)).toBe(expected));

  it('is the bot\'s even when signed with a name, until a person with a staff ID takes over', () => {
    const resolver = new RoleResolver(() => 0);
    expect(
      roles(resolver, [
        { text: '欢迎来到平安银行信用卡在线客服，我是小安。', layout: 'left', author: '平安小安' },
        { text: '已为您转接人工坐席，请稍等片刻。', layout: 'center' },
        { text: '您好，我是平安银行客服刘洋，工号106652。', layout: 'left', author: '刘洋' },
        { text: '可以为您办理36期分期。', layout: 'left', author: '刘洋' },
      ]),
    ).toEqual(['bot', 'system', 'agent', 'agent']);
  });

  it('does not make an agent who welcomes the person with a staff ID a bot', () => {
    expect(roles(new RoleResolver(() => 0), [{ text: '您好，欢迎咨询兴业银行信用卡中心，我是客服陈静，工号 31008。', layout: 'left', author: '陈静' }])).toEqual(['agent']);
  });
});

describe('a name beside the avatar', () => {
  it('is the sender\'s name on the very first row, with no neighbour to repeat it', () => {
    document.body.innerHTML = '<div id="list"><div id="row"><div><div><img src="data:," alt=""></div><span>赵倩</span></div><div><div><p>您好，建设银行信用卡中心。</p></div></div></div></div>';
    const anatomy = rowAnatomy(document.getElementById('row')!);
    expect(anatomy.nameText).toBe('赵倩');
    expect(anatomy.bubble.textContent).toBe('您好，建设银行信用卡中心。');
  });

  it('is not taken from a line that shares no wrapper with the avatar', () => {
    document.body.innerHTML = '<div id="list"><div id="row"><img src="data:," alt=""><div><span>赵倩</span><p>您好，建设银行信用卡中心。</p></div></div></div>';
    expect(rowAnatomy(document.getElementById('row')!).nameText).toBeUndefined();
  });
});
