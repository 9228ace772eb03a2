// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCapture, type CaptureController, type CaptureDeps } from '../../lib/capture/capture-session';
import { BatchRefused } from '../../lib/capture/outbox';
import { requestSchemas, type CapturedMessage, type CapturedSession } from '../../lib/protocol/schemas';

const WIDGET = `
  <aside class="kf-widget"><div class="kf-title">在线客服</div>
    <div class="kf-body"><div class="kf-msg-list" id="list"></div></div>
    <form class="kf-composer"><textarea id="kf-input"></textarea><button class="kf-send">发送</button></form>
  </aside>`;

function row(who: 'agent' | 'me', text: string, name?: string): string {
  return `<div class="kf-row kf-row--${who}"><div class="kf-meta">${name ? `<span class="kf-name">${name}</span>` : ''}<span class="kf-time">10:00</span></div><div class="kf-bubble">${text}</div></div>`;
}

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));
let capture: CaptureController | undefined;
afterEach(() => capture?.stop());

function setup(opts: { failFirst?: number } = {}) {
  document.body.innerHTML = WIDGET;
  const stored = new Map<string, CapturedMessage>();
  const sessions: CapturedSession[] = [];
  let failures = opts.failFirst ?? 0;
  capture = startCapture({
    doc: document, unconfirmedHoldMs: 0,
    newId: () => 'sess-1',
    scanDelayMs: 1,
    detectIntervalMs: 1,
    retryDelaysMs: [5],
    send: async (session, messages) => {
      if (failures > 0) {
        failures -= 1;
        throw new Error('service worker asleep');
      }
      sessions.push(session);
      for (const m of messages) if (!stored.has(m.id)) stored.set(m.id, m);
      return messages.map((m) => m.id);
    },
  });
  return { stored, sessions, list: () => document.getElementById('list')! };
}

describe('startCapture', () => {
  it('captures messages as they are added, in order, with the agent identity learned from the greeting', async () => {
    const { stored, sessions, list } = setup();
    list().insertAdjacentHTML('beforeend', row('agent', '您好，我是客服李娜，工号 8823。', '李娜'));
    await tick();
    list().insertAdjacentHTML('beforeend', row('me', '我想协商还款'));
    await tick();
    await capture!.whenDelivered();
    expect([...stored.values()].map((m) => [m.seq, m.role, m.text])).toEqual([
      [0, 'agent', '您好，我是客服李娜，工号 8823。'],
      [1, 'customer', '我想协商还款'],
    ]);
    expect(sessions.at(-1)).toMatchObject({ id: 'sess-1', vendor: 'generic', agentName: '李娜', agentId: '8823' });
  });

  it('captures nothing twice when the page re-renders the whole transcript or the whole widget', async () => {
    const { stored, list } = setup();
    list().innerHTML = row('agent', '您好', '李娜') + row('me', '你好');
    await tick();
    list().innerHTML = row('agent', '您好', '李娜') + row('me', '你好');
    await tick();
    document.body.innerHTML = WIDGET; // the widget itself is torn down and rebuilt
    list().innerHTML = row('agent', '您好', '李娜') + row('me', '你好') + row('agent', '请问有什么可以帮您？', '李娜');
    await tick(60);
    capture!.scanNow();
    await capture!.whenDelivered();
    expect([...stored.values()].map((m) => m.text)).toEqual(['您好', '你好', '请问有什么可以帮您？']);
  });

  it('loses nothing when delivery fails for a while', async () => {
    const { stored, list } = setup({ failFirst: 3 });
    list().innerHTML = row('agent', 'a') + row('me', 'b');
    await tick();
    list().insertAdjacentHTML('beforeend', row('agent', 'c'));
    await tick(80);
    await capture!.whenDelivered();
    expect([...stored.values()].map((m) => [m.seq, m.text])).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'c'],
    ]);
  });

  it('waits for a chat that opens later, and inserts text into its composer without sending', async () => {
    document.body.innerHTML = '<main>no chat yet</main>';
    let submitted = false;
    capture = startCapture({ doc: document, unconfirmedHoldMs: 0, newId: () => 's', scanDelayMs: 1, detectIntervalMs: 1, send: async (_s, m) => m.map((x) => x.id) });
    expect(capture.capturing).toBe(false);
    expect(capture.insert('hi')).toEqual({ ok: false, reason: 'no-chat' });
    document.body.innerHTML = WIDGET;
    document.getElementById('list')!.innerHTML = row('agent', '您好，请问有什么可以帮您？', '智能助手');
    document.querySelector('form')!.addEventListener('submit', () => (submitted = true));
    await tick();
    expect(capture.capturing).toBe(true);
    const input = document.getElementById('kf-input') as HTMLTextAreaElement;
    let inputEvents = 0;
    input.addEventListener('input', () => inputEvents++);
    expect(capture.insert('能否分36期？')).toEqual({ ok: true, method: 'textarea' });
    expect(input.value).toBe('能否分36期？');
    expect(inputEvents).toBe(1);
    expect(submitted).toBe(false);
  });

  it('never reports text put into a composer the person cannot see as inserted', async () => {
    document.body.innerHTML = WIDGET;
    document.getElementById('list')!.innerHTML = row('agent', '您好，请问有什么可以帮您？', '智能助手');
    const hidden = (el: Element) => el.closest('[data-hidden]') !== null;
    capture = startCapture({ doc: document, unconfirmedHoldMs: 0, newId: () => 's', scanDelayMs: 1, detectIntervalMs: 1, isVisible: (el) => !hidden(el), send: async (_s, m) => m.map((x) => x.id) });
    await tick();
    expect(capture.capturing).toBe(true);
    const form = document.querySelector('form')!;
    form.setAttribute('data-hidden', '');
    expect(capture.insert('能否分36期？')).toEqual({ ok: false, reason: 'composer-hidden' });
    expect((document.getElementById('kf-input') as HTMLTextAreaElement).value).toBe('');
    // A visible composer elsewhere in the same chat (the widget swapped its input area) is used instead.
    form.insertAdjacentHTML('afterend', '<form class="kf-composer"><textarea id="kf-input-2"></textarea><button class="kf-send">发送</button></form>');
    expect(capture.insert('能否分36期？')).toEqual({ ok: true, method: 'textarea' });
    expect((document.getElementById('kf-input-2') as HTMLTextAreaElement).value).toBe('能否分36期？');
  });
});

describe('startCapture in shadow DOM and with a pause', () => {
  it('follows messages inside a shadow root with its own observer, and stores nothing while paused', async () => {
    document.body.innerHTML = '<chat-app></chat-app>';
    const root = document.querySelector('chat-app')!.attachShadow({ mode: 'open' });
    root.innerHTML = WIDGET;
    const stored: CapturedMessage[] = [];
    capture = startCapture({
      doc: document, unconfirmedHoldMs: 0,
      newId: () => 's',
      scanDelayMs: 1,
      detectIntervalMs: 1,
      busyScanMs: 1,
      send: async (_s, messages) => {
        stored.push(...messages);
        return messages.map((m) => m.id);
      },
    });
    const list = root.getElementById('list')!;
    list.insertAdjacentHTML('beforeend', row('agent', '您好，我是客服李娜。', '李娜'));
    await tick(60);
    capture.scanNow();
    await capture.whenDelivered();
    expect(stored.map((m) => m.text)).toEqual(['您好，我是客服李娜。']);
    capture.setPaused(true);
    list.insertAdjacentHTML('beforeend', row('me', '我的身份证号是……'));
    await tick(60);
    capture.setPaused(false);
    list.insertAdjacentHTML('beforeend', row('agent', '好的，已记录。', '李娜'));
    await tick(60);
    await capture.whenDelivered();
    // What was said while paused is never stored, not even after resuming.
    expect(stored.map((m) => m.text)).toEqual(['您好，我是客服李娜。', '好的，已记录。']);
  });

  it('reads nothing in a frame the background does not admit', async () => {
    document.body.innerHTML = WIDGET;
    document.getElementById('list')!.innerHTML = row('agent', '您好', '李娜');
    const send = vi.fn(async () => [] as string[]);
    capture = startCapture({ doc: document, unconfirmedHoldMs: 0, newId: () => 's', scanDelayMs: 1, send, admit: async () => ({ allowed: false, paused: false }) });
    await tick(60);
    expect(capture.capturing).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('startCapture with messages the background cannot take', () => {
  /** A send that behaves like the background: the batch schema decides, and a refusal says it is final. */
  function schemaCheckedSetup(refuse: (m: CapturedMessage) => boolean = () => false) {
    document.body.innerHTML = WIDGET;
    const stored: CapturedMessage[] = [];
    const sent: CapturedMessage[][] = [];
    capture = startCapture({
      doc: document, unconfirmedHoldMs: 0,
      newId: () => 'sess-long',
      scanDelayMs: 1,
      detectIntervalMs: 1,
      retryDelaysMs: [5],
      send: async (session, messages) => {
        sent.push(messages);
        const parsed = requestSchemas['capture/batch'].safeParse({ session, messages });
        if (!parsed.success) throw new BatchRefused(`invalid capture/batch: ${parsed.error.issues[0]?.path.join('.')}`);
        if (messages.some(refuse)) throw new BatchRefused('invalid capture/batch: messages.0: refused');
        for (const m of messages) if (!stored.some((s) => s.id === m.id)) stored.push(m);
        return messages.map((m) => m.id);
      },
    });
    return { stored, sent, list: () => document.getElementById('list')! };
  }

  it('stores a message over the size limit shortened, with its length noted, and goes on recording', async () => {
    const { stored, list } = schemaCheckedSetup();
    const agreement = '第一条 还款方式。'.repeat(2224); // 20,016 characters: a pasted agreement
    list().insertAdjacentHTML('beforeend', row('agent', agreement, '李娜'));
    await tick();
    list().insertAdjacentHTML('beforeend', row('me', '收到，我看一下'));
    await tick();
    await capture!.whenDelivered();
    expect(stored.map((m) => m.role)).toEqual(['agent', 'customer']);
    expect(stored[0]!.text.length).toBeLessThanOrEqual(20_000);
    expect(stored[0]!.text).toContain('20,016');
    expect(stored[1]!.text).toBe('收到，我看一下');
  });

  it('puts a note where a refused message was and stores the messages after it', async () => {
    const { stored, sent, list } = schemaCheckedSetup((m) => m.text.includes('不可保存'));
    list().insertAdjacentHTML('beforeend', row('agent', '您好', '李娜') + row('agent', '这条不可保存', '李娜') + row('me', '好的'));
    await tick();
    await capture!.whenDelivered();
    expect(stored.map((m) => [m.seq, m.role])).toEqual([
      [0, 'agent'],
      [1, 'system'],
      [2, 'customer'],
    ]);
    expect(stored[1]!.text).toContain('Parley could not store this message');
    const batches = sent.map((b) => b.map((m) => m.id).join());
    expect(new Set(batches).size).toBe(batches.length);
  });
});

describe('startCapture tells the truth about what it reads', () => {
  const WIDGET_EMPTY = `
    <aside class="kf-widget"><div class="kf-header"><div class="kf-title">在线客服</div><div class="kf-subtitle">工作时间 8:00-22:00</div></div>
      <div class="kf-body"><div class="kf-msg-list" id="list"></div></div>
      <form class="kf-composer"><textarea id="kf-input"></textarea><button class="kf-send">发送</button></form>
    </aside>`;

  /** The empty widget, with capture settings that a test may override (a finder, a clock, the hold). */
  function quietSetup(overrides: Partial<CaptureDeps> = {}, prepare: () => void = () => undefined) {
    document.body.innerHTML = WIDGET_EMPTY;
    prepare();
    const stored: CapturedMessage[] = [];
    const states: string[] = [];
    capture?.stop();
    capture = startCapture({
      doc: document,
      newId: () => 'sess-q',
      scanDelayMs: 1,
      detectIntervalMs: 1,
      redetectIntervalMs: 10,
      report: (s) => void states.push(s.state),
      send: async (_s, messages) => {
        for (const m of messages) if (!stored.some((x) => x.id === m.id)) stored.push(m);
        return messages.map((m) => m.id);
      },
      ...overrides,
    });
    return { stored, states, list: () => document.getElementById('list')! };
  }

  /** A finder that always answers with the widget's list and composer, whatever the rows say. */
  const theList = (doc: Document) => ({ state: 'open' as const, chat: { vendor: 'generic', root: doc.body, transcript: doc.getElementById('list')!, composer: doc.getElementById('kf-input') as HTMLElement, confidence: 0.5 } });

  it('stores the bank lines of a chat the person only reads, and says recording only once rows are read', async () => {
    const { stored, states, list } = quietSetup();
    await tick(40);
    expect(capture!.capturing).toBe(false);
    expect(states).not.toContain('open');
    for (const [who, text] of [['agent', '您好，我是客服王敏，工号 6102。'], ['agent', '系统显示您已逾期38天。'], ['agent', '可以为您申请分12期。']] as const) {
      list().insertAdjacentHTML('beforeend', row(who, text, '王敏'));
      await tick(40);
    }
    await capture!.whenDelivered();
    expect(stored.map((m) => m.text)).toEqual(['您好，我是客服王敏，工号 6102。', '系统显示您已逾期38天。', '可以为您申请分12期。']);
    expect(states.at(-1)).toBe('open');
    expect(capture!.capturing).toBe(true);
  });

  it('holds the lines of a guess that never grows, so the real list replacing it stores nothing of the guess', async () => {
    for (const holdMs of [undefined, 0]) {
      // The finder's first guess is the header (the list is still empty); once the list has rows it finds the list.
      const guess = (doc: Document) => {
        const list = doc.getElementById('list')!;
        return { state: 'open' as const, chat: { vendor: 'generic', root: doc.body, transcript: list.children.length > 0 ? list : doc.querySelector('.kf-header')!, confidence: 0.5 } };
      };
      const { stored, list } = quietSetup({ detect: guess, ...(holdMs !== undefined ? { unconfirmedHoldMs: holdMs } : {}) });
      await tick(60);
      list().insertAdjacentHTML('beforeend', row('agent', '您好，我是客服王敏。', '王敏'));
      await tick(40);
      list().insertAdjacentHTML('beforeend', row('agent', '请问有什么可以帮您？', '王敏'));
      await tick(60);
      await capture!.whenDelivered();
      const texts = stored.map((m) => m.text);
      if (holdMs === 0) {
        // Without the hold the header's lines are stored: what the hold exists to prevent.
        expect(texts).toContain('在线客服');
      } else {
        expect(texts).toEqual(['您好，我是客服王敏。', '请问有什么可以帮您？']);
        expect(stored.map((m) => m.seq)).toEqual([0, 1]);
      }
    }
  });

  it('looks again when the real list gets its first row just after the guess, instead of letting the hold store the guess', async () => {
    // The first row arrives sooner after the guess than detection may run again, and nothing else happens on the page:
    // the second look must still come, before the hold gives up waiting and stores the header's lines.
    const guess = (doc: Document) => {
      const list = doc.getElementById('list')!;
      return { state: 'open' as const, chat: { vendor: 'generic', root: doc.body, transcript: list.children.length > 0 ? list : doc.querySelector('.kf-header')!, confidence: 0.5 } };
    };
    const { stored, list } = quietSetup({ detect: guess, detectIntervalMs: 250, unconfirmedHoldMs: 700, redetectIntervalMs: 50 });
    await tick(20);
    list().insertAdjacentHTML('beforeend', row('agent', '您好，我是示范银行智能助手。', '小示'));
    await tick(1100);
    await capture!.whenDelivered();
    expect(stored.map((m) => m.text)).toEqual(['您好，我是示范银行智能助手。']);
  });

  it('lets the real list replace a guess that took the whole list for one row, though that row\'s text grew', async () => {
    // With one row on screen the list itself looks like that row; the next row changes its text before detection may
    // look again. The change is no new row: it must not confirm the guess, or the guess's lines and a note that the
    // "row" was edited are stored ahead of the real rows.
    const guess = (doc: Document) => {
      const list = doc.getElementById('list')!;
      return { state: 'open' as const, chat: { vendor: 'generic', root: doc.body, transcript: list.children.length > 1 ? list : doc.querySelector('.kf-body')!, composer: doc.getElementById('kf-input') as HTMLElement, confidence: 0.5 } };
    };
    // The second row is the person's own line, sent from the composer: its echo inside the grown text is no echo of a row.
    for (const sentByThePerson of [false, true]) {
      const { stored, list } = quietSetup({ detect: guess, detectIntervalMs: 250, unconfirmedHoldMs: 600, redetectIntervalMs: 50, isTrustedEvent: () => true });
      await tick(20);
      list().insertAdjacentHTML('beforeend', row('agent', '您好，我是示范银行智能助手。', '小示'));
      await tick(60);
      if (sentByThePerson) {
        const input = document.getElementById('kf-input') as HTMLTextAreaElement;
        input.value = '我想协商还款';
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        input.value = '';
      }
      list().insertAdjacentHTML('beforeend', row('me', '我想协商还款'));
      await tick(1300);
      await capture!.whenDelivered();
      expect(stored.map((m) => m.text)).toEqual(['您好，我是示范银行智能助手。', '我想协商还款']);
      expect(stored.map((m) => m.role)).toEqual(['bot', 'customer']);
    }
  });

  it('keeps looking while the guess is the whole widget, however many parts of it look like rows', async () => {
    // The list is empty when the finder first looks, so it takes the widget: header, tool bars, tips and the input
    // area read as six rows. A guess that holds the composer is still a guess, and the list replaces it once it shows.
    const guess = (doc: Document) => {
      const list = doc.getElementById('list')!;
      const widget = doc.querySelector('.kf-widget')!;
      return { state: 'open' as const, chat: { vendor: 'generic', root: doc.body, transcript: list.children.length > 1 ? list : widget, composer: doc.getElementById('kf-input') as HTMLElement, confidence: 0.5 } };
    };
    const { stored, list } = quietSetup({ detect: guess, detectIntervalMs: 100, unconfirmedHoldMs: 600, redetectIntervalMs: 50 }, () => {
      document.querySelector('.kf-body')!.insertAdjacentHTML('afterend', '<div>常见问题</div><div>查询账单</div><div>还款方式</div><div>表情 图片 文件</div><div>请勿向任何人透露验证码</div><div>服务时间 9:00-21:00</div>');
      document.getElementById('list')!.insertAdjacentHTML('beforeend', row('agent', '您好，我是示范银行智能助手。', '小示'));
    });
    await tick(150);
    list().insertAdjacentHTML('beforeend', row('agent', '请问有什么可以帮您？', '小示'));
    await tick(250);
    list().insertAdjacentHTML('beforeend', row('me', '我想协商还款'));
    await tick(900);
    await capture!.whenDelivered();
    expect(stored.map((m) => m.text)).toEqual(['您好，我是示范银行智能助手。', '请问有什么可以帮您？', '我想协商还款']);
  });

  it('counts rows, not notes about a changed row, before it stops looking again', async () => {
    // The guess takes the list's wrapper, so the list is one row whose text changes with every message: six changes
    // are six notes, not six rows, and the list must still replace the guess once the finder sees it.
    const guess = (doc: Document) => {
      const list = doc.getElementById('list')!;
      return { state: 'open' as const, chat: { vendor: 'generic', root: doc.body, transcript: list.children.length > 7 ? list : doc.querySelector('.kf-body')!, confidence: 0.5 } };
    };
    const lines = ['您好', '请问有什么可以帮您？', '我想协商还款', '请问您的姓名？', '张三', '好的，正在查询', '我逾期两个月了', '了解，我来帮您看看'];
    // A line above the list keeps the wrapper from being read as the list itself; the first row is there before Parley looks.
    const { stored, list } = quietSetup({ detect: guess, detectIntervalMs: 1, unconfirmedHoldMs: 1500, redetectIntervalMs: 50 }, () => {
      document.getElementById('list')!.insertAdjacentHTML('beforebegin', '<div class="kf-tip">以上为历史消息</div>');
      document.getElementById('list')!.insertAdjacentHTML('beforeend', row('agent', lines[0]!));
    });
    await tick(20);
    for (const [i, text] of lines.entries()) {
      if (i === 0) continue;
      list().insertAdjacentHTML('beforeend', row(i % 2 ? 'me' : 'agent', text));
      await tick(40);
    }
    await tick(1800);
    await capture!.whenDelivered();
    expect(stored.map((m) => m.text)).toEqual(lines);
  });

  it('delivers what it holds once the hold time passes, even if nothing more arrives', async () => {
    const { stored, list } = quietSetup({ unconfirmedHoldMs: 400 });
    list().insertAdjacentHTML('beforeend', row('agent', '您好，请问有什么可以帮您？', '王敏'));
    await tick(30);
    expect(stored).toEqual([]);
    await tick(600);
    await capture!.whenDelivered();
    expect(stored.map((m) => m.text)).toEqual(['您好，请问有什么可以帮您？']);
  });

  it('says unreadable when the line the person sent never shows among the rows it reads', async () => {
    let clock = 1_000_000;
    let detections = 0;
    // Always the list, which never shows what the person sends (their lines go somewhere Parley does not read).
    const { states, list: listOf } = quietSetup({
      now: () => clock,
      // jsdom's events are all synthetic; the test stands in for the person's own key press.
      isTrustedEvent: () => true,
      busyScanMs: 1,
      unconfirmedHoldMs: 0,
      detect: (doc) => (detections++, theList(doc)),
    });
    const list = listOf();
    list.insertAdjacentHTML('beforeend', row('agent', '您好，请问有什么可以帮您？', '王敏'));
    await tick(40);
    expect(states.at(-1)).toBe('open');
    const input = document.getElementById('kf-input') as HTMLTextAreaElement;
    input.value = '我想申请分期';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    input.value = '';
    clock += 1000;
    await tick(40);
    const before = detections;
    expect(states.at(-1)).toBe('open');
    clock += 3500;
    await tick(60);
    // The chat was looked for again before giving up on it, then said to be unreadable.
    expect(detections).toBeGreaterThan(before);
    expect(states.at(-1)).toBe('unreadable');
    expect(capture!.capturing).toBe(false);
    // The echo arriving after all (a slow chat) puts it back to recording.
    list.insertAdjacentHTML('beforeend', row('me', '我想申请分期'));
    // The frozen clock makes the transcript look busy for seconds, so the next read waits for the flood pacing.
    await tick(700);
    expect(states.at(-1)).toBe('open');
  });

  it('knows the person\'s own line when they sent it before the chat was found', async () => {
    // The finder needs a few rows; the person answers the greeting before that.
    const late = (doc: Document) => (doc.getElementById('list')!.children.length >= 3 ? theList(doc) : { state: 'none' as const });
    const { stored, list } = quietSetup({ detect: late, isTrustedEvent: () => true, unconfirmedHoldMs: 0 });
    const plain = (text: string) => `<div><div>${text}</div></div>`;
    list().insertAdjacentHTML('beforeend', plain('您好，请问有什么可以帮您？'));
    await tick(30);
    const input = document.getElementById('kf-input') as HTMLTextAreaElement;
    input.value = '我想申请分期';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    input.value = '';
    list().insertAdjacentHTML('beforeend', plain('我想申请分期'));
    list().insertAdjacentHTML('beforeend', plain('好的，请稍等。'));
    await tick(80);
    await capture!.whenDelivered();
    expect(stored.map((m) => `${m.role}:${m.text}`)).toEqual(['bot:您好，请问有什么可以帮您？', 'customer:我想申请分期', 'bot:好的，请稍等。']);
  });

  it('ignores Enter presses the page makes up: they cannot turn a recorded chat into an unreadable one', async () => {
    let clock = 2_000_000;
    const { states, list: listOf } = quietSetup({ now: () => clock, busyScanMs: 1, unconfirmedHoldMs: 0, detect: theList });
    const list = listOf();
    list.insertAdjacentHTML('beforeend', row('agent', '您好，请问有什么可以帮您？', '王敏'));
    await tick(40);
    const input = document.getElementById('kf-input') as HTMLTextAreaElement;
    input.value = '伪造的一行';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    input.value = '';
    clock += 10_000;
    await tick(60);
    expect(states.at(-1)).toBe('open');
  });

  it('asks again when told, and starts reading once the person allowed the chat', async () => {
    let allowed = false;
    let asked = 0;
    const { stored, list } = quietSetup({ unconfirmedHoldMs: 0, admit: async () => (asked++, { allowed, paused: false }) });
    list().innerHTML = row('agent', '您好，请问有什么可以帮您？', '客服');
    await tick(30);
    expect(asked).toBe(1);
    expect(capture!.capturing).toBe(false);
    allowed = true;
    capture!.readmit();
    await tick(60);
    await capture!.whenDelivered();
    expect(asked).toBe(2);
    expect(stored.map((m) => m.text)).toEqual(['您好，请问有什么可以帮您？']);
    // Once reading, another request to ask again changes nothing.
    capture!.readmit();
    await tick(20);
    expect(asked).toBe(2);
  });

  it('after the widget remounts, stores new lines at once: a list showing stored messages is the same conversation', async () => {
    const { stored, list } = quietSetup();
    list().insertAdjacentHTML('beforeend', row('agent', '您好，我是客服王敏。', '王敏'));
    await tick(40);
    list().insertAdjacentHTML('beforeend', row('agent', '请问有什么可以帮您？', '王敏'));
    await tick(60);
    expect(stored).toHaveLength(2);
    // An SPA route change rebuilds the widget with the same history, then the agent goes on.
    const history = list().innerHTML;
    document.body.innerHTML = WIDGET_EMPTY;
    list().innerHTML = history;
    await tick(60);
    list().insertAdjacentHTML('beforeend', row('agent', '可以为您申请分12期。', '王敏'));
    await tick(100);
    await capture!.whenDelivered();
    // Well before the unconfirmed hold (8 s) would have let it through.
    expect(stored.map((m) => m.text)).toEqual(['您好，我是客服王敏。', '请问有什么可以帮您？', '可以为您申请分12期。']);
  });
});

describe('startCapture reads a message once when its rows are first read one level too high', () => {
  // A list holding a date divider and one message group reads as a single row (the group's time taken from the
  // divider); once a second group arrives the groups are the rows. The message is the same one, read again.
  const group = (side: 'receiver' | 'sender', author: string, text: string, time = '12/5/2026 7:48 PM') =>
    `<div class="k-message-group k-message-group-${side}">${side === 'receiver' ? '<div class="k-avatar"><span class="k-avatar-image"><img src="a.svg" alt="Avatar"></span></div>' : ''}<div class="k-message-group-content"><span class="k-message-author">${author}</span><div class="k-message"><div class="k-chat-bubble"><div class="k-bubble-content"><span class="k-chat-bubble-text">${text}</span></div></div><div class="k-message-info"><time class="k-message-time">${time}</time></div></div></div></div>`;
  const greeting = '您好，欢迎咨询示范银行信用卡，请问有什么可以帮您？';
  const page = (firstGroup: string) => `<header>示范银行 · 信用卡 · 在线客服</header><main><aside>请勿在对话中透露您的密码。</aside><section><div class="k-chat">
    <div class="k-message-list" role="log" aria-live="polite"><div class="k-message-list-content" id="list"><div class="k-timestamp">Saturday, December 5, 2026</div>${firstGroup}</div></div>
    <div class="k-message-box-wrapper"><textarea placeholder="请输入消息..."></textarea><button aria-label="Attach file"></button></div></div></section></main>`;

  it.each([
    ['the greeting is there when Parley looks, the person answers within the hold', 'before', undefined],
    ['the greeting arrives after Parley looked', 'after', undefined],
    ['the greeting was already stored when the person answers', 'before', 50],
  ] as const)('%s', async (_case, greetingAt, holdMs) => {
    document.body.innerHTML = page(greetingAt === 'before' ? group('receiver', '示范智能客服', greeting) : '');
    const stored: CapturedMessage[] = [];
    capture?.stop();
    capture = startCapture({
      doc: document, newId: () => 's', scanDelayMs: 1, detectIntervalMs: 1, redetectIntervalMs: 10, isTrustedEvent: () => true,
      ...(holdMs !== undefined ? { unconfirmedHoldMs: holdMs } : {}),
      send: async (_s, messages) => {
        for (const m of messages) if (!stored.some((x) => x.id === m.id)) stored.push(m);
        return messages.map((m) => m.id);
      },
    });
    const list = () => document.getElementById('list')!;
    await tick(100);
    if (greetingAt === 'after') {
      list().insertAdjacentHTML('beforeend', group('receiver', '示范智能客服', greeting));
      await tick(100);
    }
    if (holdMs !== undefined) expect(stored.map((m) => m.text)).toEqual([greeting]);
    const input = document.querySelector('textarea')!;
    input.value = '我信用卡逾期了三期';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    input.value = '';
    list().insertAdjacentHTML('beforeend', group('sender', '我', '我信用卡逾期了三期'));
    await tick(200);
    list().insertAdjacentHTML('beforeend', group('receiver', '孙悦', '您好，信用卡客服孙悦，工号7720415。', '12/5/2026 7:49 PM'));
    await tick(200);
    await capture!.whenDelivered();
    expect(stored.map((m) => [m.role, m.text])).toEqual([
      ['bot', greeting],
      ['customer', '我信用卡逾期了三期'],
      ['agent', '您好，信用卡客服孙悦，工号7720415。'],
    ]);
  });
});
