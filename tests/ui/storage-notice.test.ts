import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, type Level } from '../../lib/db/storage-bounds';
import type { StorageStatus } from '../../lib/db/storage-ledger';
import { storageNotice } from '../../lib/ui/storage-notice';

function status(database: Level, session?: { level: Level; refused?: number; refusal?: 'session' | 'database' }, elsewhere = 0): StorageStatus {
  return {
    bounds: DEFAULT_BOUNDS,
    database: {
      usage: { messages: 85_000, chars: 0 },
      level: database,
      share: 0.85,
      sessions: 12,
      ...(elsewhere ? { refusedElsewhere: { count: elsewhere, since: 1, last: 2 } } : {}),
    },
    ...(session
      ? { session: { usage: { messages: 4_100, chars: 0 }, level: session.level, share: 0.82, refused: session.refused ?? 0, ...(session.refusal ? { refusal: session.refusal } : {}) } }
      : {}),
  };
}

describe('storageNotice', () => {
  it.each([
    ['room everywhere', status('ok', { level: 'ok' }), null, undefined],
    ['no status yet', undefined, null, undefined],
    ['a conversation near its bound', status('ok', { level: 'near' }), 'warn', /4,100 messages of the 5,000/],
    ['the database near its bound', status('near', { level: 'ok' }), 'warn', /85% full/],
    ['the database near its bound with no conversation open', status('near'), 'warn', /85% full/],
    ['a full conversation', status('ok', { level: 'full', refused: 7, refusal: 'session' }), 'stop', /7 later messages were not stored/],
    ['a full database', status('full', { level: 'ok', refused: 3, refusal: 'database' }, 2), 'stop', /5 messages were not stored/],
    ['a full database with no conversation open', status('full', undefined, 1), 'stop', /1 message was not stored/],
    ['messages refused earlier, room again now', status('ok', { level: 'ok', refused: 4, refusal: 'database' }), 'past', /4 messages of this conversation were not stored/],
  ] as const)('%s', (_name, s, tone, body) => {
    const notice = storageNotice(s, 'en');
    expect(notice?.tone ?? null).toBe(tone);
    if (body) expect(notice!.title + ' ' + notice!.body).toMatch(body);
  });

  it('tells a full database what to do: export, then delete old conversations', () => {
    const notice = storageNotice(status('full', { level: 'ok' }), 'en')!;
    expect(notice.steps.join(' ')).toMatch(/Export.*Records tab/);
    expect(notice.steps.join(' ')).toMatch(/delete old conversations/);
  });

  it('speaks Chinese with Chinese number formatting', () => {
    const notice = storageNotice(status('ok', { level: 'full', refused: 1200, refusal: 'session' }), 'zh')!;
    expect(notice.title).toBe('Parley 已停止记录这次对话');
    expect(notice.body).toContain('1,200 条消息没有保存');
    expect(notice.steps[0]).toMatch(/记录/);
  });
});
