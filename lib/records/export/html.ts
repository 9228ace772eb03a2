/**
 * A printable record (A4). Every value from a record goes through escapeHtml; the document also carries a CSP that
 * allows no script, image or network load, so a missed escape could still not run anything.
 */
import { escapeHtml as e } from './escape';
import { colon, t, type Lang } from './labels';
import type { RecordView } from './view';

const STYLE = `
@page { size: A4; margin: 16mm 14mm 18mm; }
* { box-sizing: border-box; }
body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif;
  font-size: 10.5pt; line-height: 1.45; color: #111; margin: 0 auto; max-width: 182mm; padding: 8mm 0; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; border-bottom: 0.3mm solid #999; padding-bottom: 1mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
th, td { border: 0.2mm solid #bbb; padding: 1.2mm 1.8mm; text-align: left; vertical-align: top; }
th { background: #f1f1f1; font-weight: 600; }
table.kv th { width: 34%; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.text { white-space: pre-wrap; overflow-wrap: anywhere; }
td.meta { white-space: nowrap; font-size: 8.5pt; color: #444; }
tr.customer td.text { background: #f7f9ff; }
ul { margin: 1mm 0 2mm; padding-left: 6mm; }
.hash { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 8pt; color: #555; }
.digest { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 11pt; letter-spacing: 0.3mm; }
.warn { font-weight: 600; }
/* The letter kept with the record, set off from the record's own fields as the quoted document it is. */
.letter { border-left: 0.8mm solid #bbb; padding: 1mm 0 1mm 3mm; overflow-wrap: anywhere; }
footer { margin-top: 6mm; border-top: 0.3mm solid #999; padding-top: 2mm; font-size: 8.5pt; color: #333; }
section.record + section.record { break-before: page; }
@media print {
  body { padding: 0; max-width: none; }
  tr, li { break-inside: avoid; }
  h2 { break-after: avoid; }
  thead { display: table-header-group; }
}`;

function kv(rows: [string, string][]): string {
  return `<table class="kv"><tbody>${rows.map(([k, v]) => `<tr><th>${e(k)}</th><td class="text">${e(v)}</td></tr>`).join('')}</tbody></table>`;
}

function ul(items: string[]): string {
  return `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
}

function section(title: string, body: string): string {
  return `<h2>${e(title)}</h2>${body}`;
}

function transcript(v: RecordView, lang: Lang): string {
  if (v.transcript.length === 0) return `<p>${e(t('noMessages', lang))}</p>`;
  const head = `<thead><tr><th>#</th><th>${e(t('time', lang))}</th><th>${e(t('who', lang))}</th><th>${e(t('text', lang))}</th></tr></thead>`;
  const rows = v.transcript.map((m) => {
    const shown = m.shownTime ? `<br>${e(t('shownTime', lang))}: ${e(m.shownTime)}` : '';
    const who = m.author ? `${e(m.who)}<br>${e(m.author)}` : e(m.who);
    return (
      `<tr class="${e(m.role)}"><td class="meta">${e(String(m.seq))}</td>` +
      `<td class="meta">${e(m.at)}${shown}</td><td class="meta">${who}</td>` +
      `<td class="text">${e(m.text)}<div class="hash">${e(m.hash.slice(0, 16))}</div></td></tr>`
    );
  });
  return `<p>${e(t('timesNote', lang))}</p><table>${head}<tbody>${rows.join('')}</tbody></table>`;
}

function schedule(v: RecordView, lang: Lang): string {
  if (!v.schedule) return '';
  const { headers, rows } = v.schedule;
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td class="${i === 0 || /^\d{4}-\d{2}-\d{2}$/.test(c) ? 'meta' : 'num'}">${e(c)}</td>`).join('')}</tr>`)
    .join('');
  return section(t('schedule', lang), `<table><thead><tr>${headers.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`);
}

export function renderRecordSection(v: RecordView, lang: Lang): string {
  const parts: string[] = [`<h1>${e(v.heading)}</h1>`, kv(v.meta)];
  parts.push(section(t('parties', lang), ul([t('you', lang), ...v.agents.map((a) => `${t('agents', lang)}${colon(lang)}${a}`)])));
  if (v.references.length > 0) parts.push(section(t('references', lang), ul(v.references)));
  if (v.agreed) parts.push(section(t('agreed', lang), kv(v.agreed)));
  parts.push(schedule(v, lang));
  v.offers.forEach((o, i) => parts.push(section(`${t('offers', lang)} ${i + 1}`, kv(o))));
  if (v.followUps.length > 0) parts.push(section(t('followUps', lang), ul(v.followUps)));
  if (v.dates.length > 0) parts.push(section(t('datesMentioned', lang), ul(v.dates)));
  if (v.evidence.length > 0) parts.push(section(t('evidence', lang), ul(v.evidence)));
  if (v.notes) parts.push(section(t('notes', lang), `<p class="text" style="white-space: pre-wrap">${e(v.notes)}</p>`));
  // The letter as the person last edited it: escaped text in a pre-wrapped block, so its line breaks print as typed.
  if (v.letter) {
    const head = `<p><strong>${e(v.letter.title)}</strong> · ${e(t('applicationSaved', lang))}${e(colon(lang))}${e(v.letter.savedOn)}</p>`;
    parts.push(section(t('application', lang), `${head}<div class="text letter" data-record-letter style="white-space: pre-wrap">${e(v.letter.text)}</div>`));
  }
  parts.push(section(t('transcript', lang), transcript(v, lang)));
  parts.push(
    `<footer><div><strong>${e(t('digest', lang))}</strong></div>` +
      `<div class="digest">${e(v.digestGrouped)}</div><div class="hash">${e(v.digest)}</div>` +
      `<div>${e(t('messages', lang))}: ${e(String(v.messageCount))}</div><p>${e(t('verifyNote', lang))}</p>` +
      `<p>${e(t('generated', lang))}</p></footer>`,
  );
  return `<section class="record">${parts.join('\n')}</section>`;
}

export function renderHtmlDocument(sections: string[], title: string, lang: Lang): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
