import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../lib/capture/capture-session';
import { contentRoutes } from '../lib/capture/content-routes';
import { shadowAccess } from '../lib/capture/dom/browser-shadow';
import { isRendered } from '../lib/capture/dom/visibility';
import { askWithRetry, frameAncestry, sameOriginFrameElement } from '../lib/capture/frame-context';
import { BatchRefused } from '../lib/capture/outbox';
import { sendToBackground } from '../lib/protocol/client';
import { messageListener } from '../lib/protocol/router';

type Listener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

export default defineContentScript({
  // Written into the manifest by the build (wxt.config.ts, from the site registry): the registry's data stays out of
  // the script every bank page loads.
  matches: [],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const ancestry = frameAncestry(window);
    const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null } } }).chrome?.dom;
    const capture = startCapture({
      doc: document,
      admit: () => askWithRetry(() => sendToBackground('capture/hello', { ancestry })),
      report: (chat) => void sendToBackground('capture/state', { chat }).catch(() => undefined),
      send: async (session, messages) => {
        const answer = await sendToBackground('capture/batch', { session, messages, ancestry });
        if (answer && !answer.ok && answer.invalid) throw new BatchRefused(answer.error);
        if (!answer || !answer.ok) throw new Error(answer ? answer.error : 'no answer from background');
        if (answer.paused) capture.setPaused(true);
        return answer.stored;
      },
      shadowOf: shadowAccess(dom),
      isVisible: isRendered,
      layout: true,
      frameElement: sameOriginFrameElement(window),
      extensionVersion: browser.runtime.getManifest().version,
    });
    const listener = messageListener(contentRoutes(capture, browser.runtime.id)) as Listener;
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      capture.stop();
      browser.runtime.onMessage.removeListener(listener);
    });
  },
});
