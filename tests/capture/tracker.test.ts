import { describe, expect, it } from 'vitest';
import { alignRuns } from '../../lib/capture/align';
import type { RawMessage } from '../../lib/capture/extract';
import { fnv1a, messageIds } from '../../lib/capture/message-ids';
import { detailsRedrawn, EDIT_MARK, matchKey, TranscriptTracker, type TrackedItem } from '../../lib/capture/tracker';

const a = (text: string, extra: Partial<RawMessage> = {}): RawMessage => ({ side: 'agent', text, ...extra });
const c = (text: string): RawMessage => ({ side: 'customer', text });

/** Rendered nodes: a fresh object per call stands for a freshly rendered element. */
const render = (raws: RawMessage[], refs?: object[]): TrackedItem[] => raws.map((raw, i) => ({ raw, ref: refs?.[i] ?? {} }));
const texts = (tracker: TranscriptTracker, items: TrackedItem[]) => tracker.observe(items).map((m) => [m.seq, m.role, m.text]);

describe('message ids', () => {
  it('are stable for the same transcript and distinguish repeated identical messages', () => {
    const transcript = [
      { role: 'agent' as const, text: '您好' },
      { role: 'customer' as const, text: '好的' },
      { role: 'agent' as const, text: '请稍等' },
      { role: 'customer' as const, text: '好的' },
    ];
    const first = messageIds('s', transcript);
    expect(messageIds('s', transcript)).toEqual(first);
    expect(new Set(first).size).toBe(4);
    expect(first[1]).not.toBe(first[3]);
  });

  it('fnv1a matches the published 32-bit test values', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});

describe('alignRuns', () => {
  it.each([
    ['identical', ['a', 'b', 'c'], ['a', 'b', 'c'], [[0, 0], [1, 1], [2, 2]]],
    ['one appended', ['a', 'b', 'c', 'd'], ['a', 'b', 'c'], [[0, 0], [1, 1], [2, 2]]],
    ['old ones dropped from the top', ['c', 'd', 'e'], ['a', 'b', 'c', 'd'], [[0, 2], [1, 3]]],
    ['one inserted in the middle', ['a', 'x', 'b'], ['a', 'b'], [[0, 0], [2, 1]]],
    ['nothing in common', ['x', 'y'], ['a', 'b'], []],
  ])('%s', (_label, run, known, pairs) => {
    expect(alignRuns(run, known)).toEqual(pairs);
  });
});

describe('TranscriptTracker', () => {
  it('captures each message once across repeated scans of the same nodes, numbering in order of appearance', () => {
    let clock = 100;
    const tracker = new TranscriptTracker('s', () => clock++);
    const nodes = [{}, {}, {}];
    const first = tracker.observe(render([a('您好', { author: '李娜', shownTime: '14:02' })], nodes));
    expect(first).toMatchObject([{ seq: 0, role: 'agent', text: '您好', author: '李娜', shownTime: '14:02', at: 100 }]);
    expect(tracker.observe(render([a('您好', { author: '李娜', shownTime: '14:02' })], nodes))).toEqual([]);
    const next = tracker.observe(render([a('您好', { author: '李娜', shownTime: '14:02' }), c('我想协商'), c('我想协商')], nodes));
    expect(next.map((m) => [m.seq, m.text])).toEqual([
      [1, '我想协商'],
      [2, '我想协商'],
    ]);
    expect(new Set([...first, ...next].map((m) => m.id)).size).toBe(3);
  });

  it('recognises a full re-render (all nodes new) as nothing new', () => {
    const tracker = new TranscriptTracker('s');
    const transcript = [a('您好'), c('好的'), a('请稍等'), c('好的')];
    expect(tracker.observe(render(transcript))).toHaveLength(4);
    expect(tracker.observe(render(transcript))).toEqual([]);
    expect(texts(tracker, render([...transcript, c('好的')]))).toEqual([[4, 'customer', '好的']]);
  });

  it('keeps numbering by what was captured when a virtualized list drops old nodes and re-renders', () => {
    const tracker = new TranscriptTracker('s');
    const all = [c('好的'), a('a1'), c('好的'), a('a2'), a('a3')];
    tracker.observe(render(all));
    // Only the last three are rendered now, freshly; then a new "好的" arrives. Position among the rendered nodes
    // alone would give it the id of the first "好的" — alignment must not.
    const fresh = tracker.observe(render([c('好的'), a('a2'), a('a3'), c('好的')]));
    expect(fresh.map((m) => [m.seq, m.text])).toEqual([[5, '好的']]);
    expect(fresh[0]!.id.endsWith(':2')).toBe(true);
    // Scrolling back up shows old messages again: nothing new.
    expect(tracker.observe(render(all.slice(0, 3)))).toEqual([]);
  });

  it('places rows that replaced every captured one after them, so a later full render stores nothing twice', () => {
    const tracker = new TranscriptTracker('s');
    const early = [a('您好，我是客服张伟'), c('好的')];
    tracker.observe(render(early));
    // Between two scans the list appended "请问…", "逾期…", "请稍等" and dropped every row Parley had seen, then
    // "请问…" as well: the rows on screen match nothing captured.
    expect(texts(tracker, render([c('信用卡逾期'), a('请稍等')]))).toEqual([
      [2, 'customer', '信用卡逾期'],
      [3, 'agent', '请稍等'],
    ]);
    // The list renders everything again: only the message never seen is new.
    expect(texts(tracker, render([...early, a('请问您需要办理什么业务？'), c('信用卡逾期'), a('请稍等')]))).toEqual([[4, 'agent', '请问您需要办理什么业务？']]);
    expect(tracker.observe(render([...early, a('请问您需要办理什么业务？'), c('信用卡逾期'), a('请稍等'), c('新')])).map((m) => m.text)).toEqual(['新']);
  });

  it('places an unrecognised row rendered above the first recognised one just before it, not at the very top', () => {
    const tracker = new TranscriptTracker('s');
    tracker.observe(render([a('一'), a('二'), a('三')]));
    // A virtualised window: "二½" appeared between "二" (dropped) and "三".
    expect(texts(tracker, render([a('二½'), a('三')]))).toEqual([[3, 'agent', '二½']]);
    expect(tracker.observe(render([a('一'), a('二'), a('二½'), a('三')]))).toEqual([]);
  });

  it('does not capture older history loaded above the first captured message', () => {
    const tracker = new TranscriptTracker('s');
    tracker.observe(render([a('今天的第一条'), c('你好')]));
    expect(tracker.observe(render([a('上周的消息'), c('上周的回复'), a('今天的第一条'), c('你好'), a('新消息')])).map((m) => m.text)).toEqual(['新消息']);
  });

  it('captures a message inserted between captured ones, at the end of the sequence', () => {
    const tracker = new TranscriptTracker('s');
    const nodes = [{}, {}, {}];
    tracker.observe(render([a('一'), a('三')], [nodes[0]!, nodes[2]!]));
    expect(texts(tracker, render([a('一'), a('二'), a('三')], nodes))).toEqual([[2, 'agent', '二']]);
    expect(tracker.observe(render([a('一'), a('二'), a('三')]))).toEqual([]);
  });

  it('records an edit as a system note and leaves the original alone, once, even after a re-render', () => {
    const tracker = new TranscriptTracker('s');
    const nodes = [{}, {}, {}];
    tracker.observe(render([a('每月还款 1600 元', { author: '李娜', shownTime: '10:02' }), c('太高了')], nodes));
    const edited = [a('每月还款 1500 元', { author: '李娜', shownTime: '10:02' }), c('太高了')];
    const note = tracker.observe(render(edited, nodes));
    expect(note).toMatchObject([{ seq: 2, role: 'system', text: `${EDIT_MARK}每月还款 1500 元`, author: '李娜', shownTime: '10:02' }]);
    expect(tracker.observe(render(edited, nodes))).toEqual([]);
    expect(tracker.observe(render(edited))).toEqual([]);
  });

  it('keeps one message when its sender name or time is drawn after its text, in the same node or a new one', () => {
    const tracker = new TranscriptTracker('s');
    const node = {};
    expect(texts(tracker, render([a('Welcome to HSBC')], [node]))).toEqual([[0, 'agent', 'Welcome to HSBC']]);
    expect(tracker.observe(render([a('Welcome to HSBC', { author: 'HSBC Assistant' })], [node]))).toEqual([]);
    // The component re-creates the row once more, now with the time too.
    expect(tracker.observe(render([a('Welcome to HSBC', { author: 'HSBC Assistant', shownTime: '10:00' }), c('hi')]))).toMatchObject([{ seq: 1, text: 'hi' }]);
    expect(tracker.observe(render([a('Welcome to HSBC', { author: 'HSBC Assistant', shownTime: '10:00' }), c('hi')]))).toEqual([]);
  });

  it('keeps one message when only its shown time changes, in the same node or a new one', () => {
    const tracker = new TranscriptTracker('s');
    const node = {};
    expect(texts(tracker, render([a('您好', { author: '李娜', shownTime: '刚刚' })], [node]))).toEqual([[0, 'agent', '您好']]);
    // The chat's clock relabels the row; no note that the message changed.
    expect(tracker.observe(render([a('您好', { author: '李娜', shownTime: '1分钟前' })], [node]))).toEqual([]);
    // Read again from a new node, with the time the row itself shows.
    expect(tracker.observe(render([a('您好', { author: '李娜', shownTime: '10:02' }), c('你好')]))).toMatchObject([{ seq: 1, text: '你好' }]);
    // The same words from the same sender, appended later with another time: a second message.
    expect(tracker.observe(render([a('您好', { author: '李娜', shownTime: '10:02' }), c('你好'), a('您好', { author: '李娜', shownTime: '10:05' })]))).toMatchObject([{ seq: 2, text: '您好' }]);
  });

  it('still stores a second message with the same text when it comes from someone else', () => {
    const tracker = new TranscriptTracker('s');
    tracker.observe(render([a('好的')]));
    // Appended after the first, which is still shown: a new message, not the first one's late header.
    const both = render([a('好的'), a('好的', { author: '李娜' })]);
    expect(tracker.observe(both).map((m) => [m.seq, m.author])).toEqual([[1, '李娜']]);
  });

  it.each([
    [{ text: 'x' }, { text: 'x', author: 'A' }, true],
    [{ text: 'x', author: 'A' }, { text: 'x', author: 'A', shownTime: '10:00' }, true],
    [{ text: 'x', author: 'A' }, { text: 'x', author: 'B' }, false],
    [{ text: 'x', author: 'A' }, { text: 'x' }, false],
    [{ text: 'x', author: 'A', shownTime: '刚刚' }, { text: 'x', author: 'A', shownTime: '1分钟前' }, true],
    [{ text: 'x', author: 'A', shownTime: '10:00' }, { text: 'x', author: 'A' }, false],
    [{ text: 'x' }, { text: 'y', author: 'A' }, false],
    [{ text: 'x' }, { text: 'x' }, false],
    // A first reading that kept the name or a role label at the top, read again once the layout is known.
    [{ text: 'Virtual assistant\nWelcome to card services.', author: 'Citi Bot' }, { text: 'Welcome to card services.', author: 'Citi Bot' }, true],
    [{ text: '周婷\n您好，客服周婷为您服务。' }, { text: '您好，客服周婷为您服务。', author: '周婷' }, true],
    // Not when the reading learnt no author, a long line went, or three lines went: that is the agent's edit.
    [{ text: 'Hi\nYour payment is due on the 5th.' }, { text: 'Your payment is due on the 5th.' }, false],
    [{ text: 'Sorry, I gave you the wrong figure just now.\nThe balance is $420.', author: 'A' }, { text: 'The balance is $420.', author: 'A' }, false],
    [{ text: 'A\nAgent\nOnline\nHello.', author: 'A' }, { text: 'Hello.', author: 'A' }, false],
  ])('detailsRedrawn(%j → %j) is %s', (was, now, expected) => {
    expect(detailsRedrawn(matchKey({ side: 'agent', ...was }), matchKey({ side: 'agent', ...now }))).toBe(expected);
  });

  it('stores no edit note when a first reading that kept a role label is read again without it', () => {
    const tracker = new TranscriptTracker('s');
    const node = {};
    tracker.observe(render([a('Virtual assistant\nWelcome to card services.', { author: 'Citi Bot' })], [node]));
    const again = tracker.observe(render([a('Welcome to card services.', { author: 'Citi Bot' }), c('Hi')], [node, {}]));
    expect(again.map((m) => [m.role, m.text])).toEqual([['customer', 'Hi']]);
    // The agent really editing the message is still noted.
    const edited = tracker.observe(render([a('Welcome to card services, how can I help?', { author: 'Citi Bot' }), c('Hi')], [node, {}]));
    expect(edited.map((m) => m.text)).toEqual([`${EDIT_MARK}Welcome to card services, how can I help?`]);
  });

  it('does not mistake a node recycled for another message for an edit', () => {
    const tracker = new TranscriptTracker('s');
    const [n0, n1, n2] = [{}, {}, {}];
    tracker.observe(render([a('m0'), a('m1'), a('m2')], [n0, n1, n2]));
    // The list scrolled: n0 now shows m3 at the bottom (a recycler moved it), m0 is off screen.
    const fresh = tracker.observe(render([a('m1'), a('m2'), a('m3')], [n1, n2, n0]));
    expect(fresh.map((m) => [m.role, m.text])).toEqual([['agent', 'm3']]);
  });

  it('resolves roles once per new message, in display order', () => {
    const tracker = new TranscriptTracker('s');
    const seen: string[] = [];
    tracker.observe(render([a('x'), c('y')]), (raw) => {
      seen.push(raw.text);
      return { role: raw.side === 'customer' ? 'customer' : 'bot', text: raw.text };
    });
    tracker.observe(render([a('x'), c('y')]), (raw) => {
      seen.push(raw.text);
      return { role: 'agent', text: raw.text };
    });
    expect(seen).toEqual(['x', 'y']);
  });

  it('aligns a 2,000-message re-render quickly', () => {
    const tracker = new TranscriptTracker('s');
    const all = Array.from({ length: 2000 }, (_, i) => (i % 2 ? c(`c${i % 7}`) : a(`a${i % 5}`)));
    tracker.observe(render(all));
    const started = performance.now();
    expect(tracker.observe(render(all.slice(1000)))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
