// @vitest-environment jsdom
// The send control lets the person's own line be known by the send it came from (the echo that anchors sides).
import { describe, expect, it } from 'vitest';
import { controlBesideComposer, isSendControl } from '../../lib/capture/generic-detector';

function control(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('isSendControl', () => {
  it.each([
    ['<button>发送</button>', true],
    ['<button>發送</button>', true],
    ['<button>傳送</button>', true],
    ['<button>送出</button>', true],
    ['<button> Send </button>', true],
    ['<button aria-label="Send message"><svg></svg></button>', true],
    ['<button class="chat-send-btn"></button>', true],
    ['<button>表情</button>', false],
    ['<button>Attach</button>', false],
    ['<button>结束会话</button>', false],
  ])('%s → %s', (html, expected) => expect(isSendControl(control(html))).toBe(expected));
});

describe('controlBesideComposer', () => {
  const find = (html: string) => {
    document.body.innerHTML = `<div id="log"><p>您好</p></div>${html}`;
    return controlBesideComposer(document.getElementById('box')!, document.getElementById('log')!)?.id;
  };

  it('takes the lone control right after the composer, whatever it says', () => {
    expect(find('<div><textarea id="box"></textarea><button id="go">➤</button></div>')).toBe('go');
    expect(find('<div><div class="field"><input id="box"></div><div class="actions"><span role="button" id="go">✈</span></div></div>')).toBe('go');
  });

  it('takes nothing from a row of tools, or from nothing at all', () => {
    expect(find('<div><textarea id="box"></textarea><div><button>😀</button><button>📎</button></div></div>')).toBeUndefined();
    expect(find('<div><textarea id="box"></textarea></div>')).toBeUndefined();
  });
});
