import type { Level } from '../db/storage-bounds';

interface Badge {
  text: string;
  color: string;
}

export function worstLevel(...levels: Level[]): Level {
  return levels.includes('full') ? 'full' : levels.includes('near') ? 'near' : 'ok';
}

/**
 * The toolbar badge while a chat is recorded, adjusted for storage: amber when a bound is near (the panel says which
 * and what to do), a red square when new messages are no longer stored. Any other badge (paused, unreadable, none)
 * already says recording is not happening, so it is left as it is.
 */
export function storageBadge(base: Badge, level: Level | undefined): Badge {
  if (base.text !== '●' || !level || level === 'ok') return base;
  return level === 'near' ? { text: '●', color: '#b45309' } : { text: '■', color: '#b91c1c' };
}
