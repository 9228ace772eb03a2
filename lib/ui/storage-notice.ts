/**
 * What the panel says about storage, from lib/db/storage-ledger.ts's status: nothing while there is room, a warning
 * from 80 % of a bound (before anything is refused), and once messages are not stored: how many, why, and what the
 * person can do. Strings are written in both product languages here rather than in the browser catalogue because
 * they carry several numbers each.
 */
import type { StorageStatus } from '../db/storage-ledger';
import type { Lang } from './i18n';

export interface StorageNoticeModel {
  /** 'warn': a bound is near; 'stop': new messages are not being stored; 'past': some were not stored earlier. */
  tone: 'warn' | 'stop' | 'past';
  title: string;
  body: string;
  /** What to do, as steps. */
  steps: string[];
}

const num = (n: number, lang: Lang) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
const pct = (share: number) => Math.floor(share * 100);

function steps(lang: Lang, exportOnly = false): string[] {
  const zh = ['在“记录”页导出需要保留的对话（JSON 或打印件）。', '导出后删除不再需要的旧对话，腾出空间。'];
  const en = ['Export the conversations you want to keep from the Records tab (JSON or a printable copy).', 'Then delete old conversations you no longer need, to make room.'];
  const list = lang === 'zh' ? zh : en;
  return exportOnly ? list.slice(0, 1) : list;
}

export function storageNotice(status: StorageStatus | undefined, lang: Lang): StorageNoticeModel | null {
  if (!status) return null;
  const zh = lang === 'zh';
  const { bounds, database, session } = status;

  if (session?.level === 'full') {
    const refused = session.refused;
    return {
      tone: 'stop',
      title: zh ? 'Parley 已停止记录这次对话' : 'Parley has stopped recording this conversation',
      body: zh
        ? `这次对话已达到每次对话最多 ${num(bounds.session.messages, lang)} 条消息或 ${num(bounds.session.chars, lang)} 个字符的上限。之后的 ${num(refused, lang)} 条消息没有保存（聊天页面上仍能看到）；已保存的内容都保留着。`
        : `It reached the limit of ${num(bounds.session.messages, lang)} messages or ${num(bounds.session.chars, lang)} characters for one conversation. ${num(refused, lang)} later ${refused === 1 ? 'message was' : 'messages were'} not stored (the chat page still shows them); everything stored before is kept.`,
      steps: steps(lang, true),
    };
  }
  if (database.level === 'full') {
    const refused = (session?.refusal === 'database' ? session.refused : 0) + (database.refusedElsewhere?.count ?? 0);
    return {
      tone: 'stop',
      title: zh ? 'Parley 的存储已满，新消息没有保存' : "Parley's storage is full: new messages are not stored",
      body: zh
        ? `所有记录合计最多 ${num(bounds.database.messages, lang)} 条消息或 ${num(bounds.database.chars, lang)} 个字符。已有 ${num(refused, lang)} 条消息没有保存；已保存的记录不会被自动删除。`
        : `All records together may hold ${num(bounds.database.messages, lang)} messages or ${num(bounds.database.chars, lang)} characters. ${num(refused, lang)} ${refused === 1 ? 'message was' : 'messages were'} not stored; nothing you kept is deleted automatically.`,
      steps: steps(lang),
    };
  }
  if (session && session.refused > 0) {
    return {
      tone: 'past',
      title: zh ? '这次对话有消息没有保存' : 'Some messages of this conversation were not stored',
      body: zh
        ? `存储已满时，这次对话有 ${num(session.refused, lang)} 条消息没有保存。记录中的系统提示标出了缺失的位置。`
        : `${num(session.refused, lang)} ${session.refused === 1 ? 'message' : 'messages'} of this conversation were not stored while storage was full. A system line in the transcript marks where.`,
      steps: [],
    };
  }
  if (database.level === 'near') {
    return {
      tone: 'warn',
      title: zh ? `Parley 的存储已用 ${pct(database.share)}%` : `Parley's storage is ${pct(database.share)}% full`,
      body: zh
        ? `存满后新消息将不再保存（已保存的不会被删除）。现在导出并清理，可以避免漏记。`
        : 'Once it is full, new messages are not stored (nothing kept is deleted). Exporting and clearing out now avoids missing anything.',
      steps: steps(lang),
    };
  }
  if (session?.level === 'near') {
    return {
      tone: 'warn',
      title: zh ? '这次对话接近保存上限' : 'This conversation is near its storage limit',
      body: zh
        ? `已保存 ${num(session.usage.messages, lang)} 条消息，每次对话最多 ${num(bounds.session.messages, lang)} 条（或 ${num(bounds.session.chars, lang)} 个字符）。达到上限后，之后的消息不会保存。`
        : `It holds ${num(session.usage.messages, lang)} messages of the ${num(bounds.session.messages, lang)} (or ${num(bounds.session.chars, lang)} characters) one conversation may keep. After that, later messages are not stored.`,
      steps: steps(lang, true),
    };
  }
  return null;
}
