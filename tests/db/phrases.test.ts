import { describe, expect, it } from 'vitest';
import { openParleyDB } from '../../lib/db/database';
import { deleteUserPhrase, loadPinned, saveUserPhrase, togglePinned } from '../../lib/db/phrases';

describe('pinned phrases', () => {
  it('toggles a pin on and off and survives reopening', async () => {
    const db = openParleyDB('pins');
    expect(await togglePinned(db, 'counter.target')).toEqual(['counter.target']);
    expect(await togglePinned(db, 'closing.thanks')).toEqual(['counter.target', 'closing.thanks']);
    expect(await togglePinned(db, 'counter.target')).toEqual(['closing.thanks']);
    db.close();
    expect(await loadPinned(openParleyDB('pins'))).toEqual(['closing.thanks']);
  });

  it('reads a damaged setting as no pins, without deleting it', async () => {
    const db = openParleyDB('pins-bad');
    await db.settings.put({ key: 'pinnedPhrases', value: 'not a list' });
    expect(await loadPinned(db)).toEqual([]);
    expect((await db.settings.get('pinnedPhrases'))?.value).toBe('not a list');
  });
});

describe('user phrases', () => {
  it('saves trimmed text with a stable id and deletes it', async () => {
    const db = openParleyDB('user-phrases');
    const saved = await saveUserPhrase(db, { text: '  我每月15号发工资，可以把还款日定在20号吗？ ', lang: 'zh', stage: 'proposal' }, 5, () => 'x1');
    expect(saved).toEqual({ ok: true, phrase: { id: 'user:x1', text: '我每月15号发工资，可以把还款日定在20号吗？', lang: 'zh', stage: 'proposal', createdAt: 5 } });
    await deleteUserPhrase(db, 'user:x1');
    expect(await db.userPhrases.count()).toBe(0);
  });

  it.each([
    ['empty text', { text: '   ', lang: 'zh' as const }, /text/],
    ['too long', { text: 'x'.repeat(1001), lang: 'en' as const }, /text/],
    ['unknown language', { text: 'hi', lang: 'fr' as never }, /lang/],
  ])('refuses %s and stores nothing', async (_label, input, error) => {
    const db = openParleyDB(`bad-${_label}`);
    const result = await saveUserPhrase(db, input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
    expect(await db.userPhrases.count()).toBe(0);
  });
});
