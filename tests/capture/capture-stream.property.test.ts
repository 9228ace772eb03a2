// @vitest-environment jsdom
// A chat that streams, re-renders, drops old rows, shows a typing indicator and edits messages, in any order and at
// any pace relative to Parley's scans: every message is stored exactly once, in order, and every edit once.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { startCapture, type CaptureController } from '../../lib/capture/capture-session';
import { EDIT_MARK } from '../../lib/capture/tracker';
import type { CapturedMessage } from '../../lib/protocol/schemas';

const WIDGET = `<aside class="kf-widget"><div class="kf-title">在线客服</div><div class="kf-body"><div class="kf-msg-list" id="list"></div></div>
  <form class="kf-composer"><textarea></textarea><button class="kf-send">发送</button></form></aside>`;

interface Shown {
  n: number;
  who: 'agent' | 'me';
  text: string;
}
const rowHtml = (m: Shown) =>
  `<div class="kf-row kf-row--${m.who}" data-n="${m.n}"><div class="kf-meta"><span class="kf-time">10:${String(m.n % 60).padStart(2, '0')}</span></div><div class="kf-bubble">${m.text}</div></div>`;

type Op =
  | { kind: 'append'; count: number }
  | { kind: 'rerender' }
  | { kind: 'dropOldest' }
  | { kind: 'typing' }
  | { kind: 'edit'; back: number }
  | { kind: 'wait'; ms: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 4 }).map((count) => ({ kind: 'append' as const, count })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'rerender' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'dropOldest' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'typing' as const }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 5 }).map((back) => ({ kind: 'edit' as const, back })) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 6 }).map((ms) => ({ kind: 'wait' as const, ms })) },
);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let capture: CaptureController | undefined;
afterEach(() => capture?.stop());

describe('capture of a streaming chat (property)', () => {
  it('stores every message exactly once and in order, and each edit once, whatever the page does between scans', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        capture?.stop();
        document.body.innerHTML = WIDGET;
        const list = document.getElementById('list')!;
        const stored = new Map<string, CapturedMessage>();
        capture = startCapture({
          doc: document, unconfirmedHoldMs: 0,
          newId: () => 'sess',
          scanDelayMs: 1,
          detectIntervalMs: 1,
          busyScanMs: 2,
          redetectIntervalMs: 5,
          send: async (_s, messages) => {
            for (const m of messages) {
              if (stored.has(m.id)) throw new Error(`stored twice: ${m.id}`);
              stored.set(m.id, m);
            }
            return messages.map((m) => m.id);
          },
        });
        const shown: Shown[] = [];
        const expected: string[] = [];
        let next = 0;
        let typing: Element | undefined;
        const render = () => (list.innerHTML = shown.map(rowHtml).join(''));
        for (const step of ops) {
          if (step.kind === 'append') {
            typing?.remove();
            typing = undefined;
            for (let i = 0; i < step.count; i += 1) {
              const m: Shown = { n: next, who: next % 2 ? 'me' : 'agent', text: `消息 ${next}` };
              next += 1;
              shown.push(m);
              expected.push(m.text);
              list.insertAdjacentHTML('beforeend', rowHtml(m));
            }
          } else if (step.kind === 'rerender') {
            typing = undefined;
            render();
          } else if (step.kind === 'dropOldest' && shown.length > 1) {
            // A virtualised list drops rows that were on screen a while, never one the person could not have seen. "A
            // while" is at least one look by Parley: on a loaded machine jsdom's observers can report 15 ms late, and a
            // row gone before anyone could read it is not what this property is about.
            await sleep(15);
            capture.scanNow();
            shown.shift();
            list.querySelector(`[data-n]`)?.remove();
          } else if (step.kind === 'typing' && !typing) {
            list.insertAdjacentHTML('beforeend', '<div class="kf-typing" aria-hidden="true">…</div>');
            typing = list.lastElementChild!;
          } else if (step.kind === 'edit' && shown.length > 0) {
            // A person edits a message some time after sending it, and the edit stays on screen a moment before the
            // page re-renders anything: an edit and a full re-render inside one scan interval would look like a new
            // message to anyone reading the page (README "Detection", decisions).
            // "Some time" and "a moment" are each at least one look by Parley, for the reason given at dropOldest.
            await sleep(15);
            capture.scanNow();
            const target = shown[Math.max(0, shown.length - 1 - step.back)]!;
            target.text = `${target.text} 改`;
            expected.push(EDIT_MARK + target.text);
            list.querySelector(`[data-n="${target.n}"] .kf-bubble`)!.textContent = target.text;
            await sleep(15);
            capture.scanNow();
          } else if (step.kind === 'wait') await sleep(step.ms);
        }
        await sleep(10);
        capture.scanNow();
        await capture.whenDelivered();
        const got = [...stored.values()].sort((a, b) => a.seq - b.seq).map((m) => m.text);
        const notes = (list: string[]) => list.filter((t) => t.startsWith(EDIT_MARK));
        expect(got.filter((t) => !t.startsWith(EDIT_MARK))).toEqual(expected.filter((t) => !t.startsWith(EDIT_MARK)));
        expect(notes(got)).toEqual(notes(expected));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
