import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../lib/capture/capture-session';
import { contentRoutes } from '../lib/capture/content-routes';
import { sendToBackground } from '../lib/protocol/client';
import { messageListener } from '../lib/protocol/router';
import { manifestMatchPatterns } from '../lib/sites/registry';

export default defineContentScript({
  matches: manifestMatchPatterns(),
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const capture = startCapture({
      doc: document,
      send: async (session, messages) => {
        const answer = await sendToBackground('capture/batch', { session, messages });
        if (!answer || !answer.ok) throw new Error(answer ? answer.error : 'no answer from background');
        return answer.stored;
      },
    });
    const listener = messageListener(contentRoutes(capture, browser.runtime.id));
    browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
    ctx.onInvalidated(() => {
      capture.stop();
      browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
    });
  },
});
