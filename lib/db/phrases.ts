import * as z from 'zod/mini';
import type { ParleyDB, UserPhraseRow } from './database';
import { PINNED, PINNED_KEY, readSetting } from './settings';

export const userPhraseInputSchema = z.object({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
  lang: z.enum(['zh', 'en']),
  stage: z.optional(z.string().check(z.maxLength(40))),
});

export async function loadPinned(db: ParleyDB): Promise<string[]> {
  return readSetting(db, PINNED_KEY, PINNED);
}

export async function togglePinned(db: ParleyDB, id: string): Promise<string[]> {
  return db.transaction('rw', db.settings, async () => {
    const current = await loadPinned(db);
    const next = current.includes(id) ? current.filter((p) => p !== id) : [...current, id];
    await db.settings.put({ key: PINNED_KEY, value: next });
    return next;
  });
}

export async function saveUserPhrase(
  db: ParleyDB,
  input: { text: string; lang: 'zh' | 'en'; stage?: string },
  now = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<{ ok: true; phrase: UserPhraseRow } | { ok: false; error: string }> {
  const parsed = userPhraseInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') || 'phrase'}: ${issue?.message ?? 'invalid'}` };
  }
  const phrase: UserPhraseRow = { id: `user:${newId()}`, text: parsed.data.text, lang: parsed.data.lang, createdAt: now };
  if (parsed.data.stage) phrase.stage = parsed.data.stage;
  await db.userPhrases.add(phrase);
  return { ok: true, phrase };
}

export function deleteUserPhrase(db: ParleyDB, id: string): Promise<void> {
  return db.userPhrases.delete(id);
}
