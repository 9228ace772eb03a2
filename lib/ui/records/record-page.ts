/**
 * Address of the printable record page (entrypoints/record): which records to show, in which language, and whether
 * to open the print dialog at once. Parsing is strict because the page renders whatever ids it is given.
 */
export interface RecordPageQuery {
  /** Session ids; empty means every record. */
  ids: string[];
  lang: 'zh' | 'en';
  print: boolean;
}

export function recordPagePath(q: RecordPageQuery): string {
  const params = new URLSearchParams();
  if (q.ids.length === 0) params.set('all', '1');
  for (const id of q.ids) params.append('id', id);
  params.set('lang', q.lang);
  if (q.print) params.set('print', '1');
  return `/record.html?${params.toString()}`;
}

export function parseRecordPageQuery(search: string): RecordPageQuery | undefined {
  const params = new URLSearchParams(search);
  const ids = params.getAll('id').filter((id) => id.length > 0 && id.length <= 512);
  const all = params.get('all') === '1';
  if (ids.length === 0 && !all) return undefined;
  return { ids: all ? [] : ids, lang: params.get('lang') === 'en' ? 'en' : 'zh', print: params.get('print') === '1' };
}
