/** The record as Markdown: readable as plain text, and safe to render (all record text escaped). */
import { escapeMarkdown } from './escape';
import { colon, t, type Lang } from './labels';
import type { RecordView } from './view';

const md = escapeMarkdown;
const cell = (s: string) => md(s.replace(/\r\n|\r|\n/g, ' '));

function table(headers: string[], rows: string[][]): string[] {
  return [`| ${headers.map(cell).join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function section(title: string, body: string[]): string[] {
  return body.length === 0 ? [] : ['', `## ${md(title)}`, '', ...body];
}

const list = (items: string[]) => items.map((i) => `- ${cell(i)}`);

/** Quote lines keep the message's own line breaks (a trailing backslash is a CommonMark hard break). */
function quote(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return lines.map((l, i) => `> ${md(l)}${i < lines.length - 1 && l !== '' && lines[i + 1] !== '' ? '\\' : ''}`);
}

export function renderMarkdown(v: RecordView, lang: Lang): string {
  const out: string[] = [`# ${md(v.heading)}`, '', ...table(['', ''], v.meta)];
  out.push(...section(t('parties', lang), list([t('you', lang), ...v.agents.map((a) => `${t('agents', lang)}${colon(lang)}${a}`)])));
  out.push(...section(t('references', lang), list(v.references)));
  const transcript: string[] = [`_${md(t('timesNote', lang))}_`];
  if (v.transcript.length === 0) transcript.push('', md(t('noMessages', lang)));
  for (const m of v.transcript) {
    const head = [`#${m.seq}`, m.at, m.shownTime, m.author ? `${m.who} ${m.author}` : m.who].filter(Boolean).join(' · ');
    transcript.push('', `**${cell(head)}**`, '', ...quote(m.text));
  }
  out.push(...section(t('transcript', lang), transcript));
  if (v.agreed) out.push(...section(t('agreed', lang), table(['', ''], v.agreed)));
  if (v.schedule) out.push(...section(t('schedule', lang), table(v.schedule.headers, v.schedule.rows)));
  v.offers.forEach((o, i) => out.push(...section(`${t('offers', lang)} ${i + 1}`, table(['', ''], o))));
  out.push(...section(t('followUps', lang), list(v.followUps)));
  out.push(...section(t('datesMentioned', lang), list(v.dates)));
  out.push(...section(t('evidence', lang), list(v.evidence)));
  if (v.notes) out.push(...section(t('notes', lang), quote(v.notes)));
  if (v.letter) out.push(...section(t('application', lang), [`**${cell(v.letter.title)}** · ${md(t('applicationSaved', lang))}${colon(lang)}${md(v.letter.savedOn)}`, '', ...quote(v.letter.text)]));
  out.push(
    ...section(t('digest', lang), [
      `\`${v.digest}\``,
      '',
      `${md(t('messages', lang))}: ${v.messageCount}`,
      '',
      md(t('verifyNote', lang)),
      '',
      `_${md(t('generated', lang))}_`,
    ]),
  );
  return `${out.join('\n')}\n`;
}
