import type { RouteTable } from '../protocol/router';
import type { ContentRequest, ContentRequestType } from '../protocol/protocol';
import { contentRequestChecks } from '../protocol/content-requests';
import type { SenderInfo } from '../protocol/sender';
import type { CaptureController } from './capture-session';

/** What a content script answers; only our own background (no tab) may ask. */
export function contentRoutes(capture: CaptureController, extensionId: string): RouteTable<ContentRequestType> {
  const fromBackground = (sender: SenderInfo) => sender.id === extensionId && sender.tab === undefined;
  return {
    'composer/insert': {
      schema: contentRequestChecks['composer/insert'],
      trust: fromBackground,
      handle: async (payload: ContentRequest<'composer/insert'>) => capture.insert(payload.text),
    },
    'capture/pause': {
      schema: contentRequestChecks['capture/pause'],
      trust: fromBackground,
      handle: async (payload: ContentRequest<'capture/pause'>) => {
        capture.setPaused(payload.paused);
        return { ok: true as const };
      },
    },
    'capture/ping': {
      schema: contentRequestChecks['capture/ping'],
      trust: fromBackground,
      handle: async () => ({
        capturing: capture.capturing,
        state: capture.state.state,
        ...(capture.state.vendor ? { vendor: capture.state.vendor } : {}),
        ...(capture.sessionId ? { sessionId: capture.sessionId } : {}),
      }),
    },
    'capture/readmit': {
      schema: contentRequestChecks['capture/readmit'],
      trust: fromBackground,
      handle: async () => {
        capture.readmit();
        return { ok: true as const };
      },
    },
    'capture/diagnose': {
      schema: contentRequestChecks['capture/diagnose'],
      trust: fromBackground,
      handle: async () => ({ report: capture.diagnose() }),
    },
  };
}
