/**
 * Things Parley never puts in a user's mouth. The phrasebook is scanned against this list in tests, and suggest()
 * attaches the hits to a user-written phrase as warnings, so the same rules hold for text the user saved.
 *  - credit-record: a legitimate 征信 record cannot be deleted by negotiation (only errors can be disputed), so no
 *    phrase asks for or promises deletion, "repair" or "cleaning".
 *  - threat: media exposure, lawsuits, complaints used as leverage.
 *  - overstatement: absolutes and destitution claims the user has not made; "guarantees" and promises.
 *  - legal: asserting legal obligations or invoking lawyers/courts (Parley gives no legal advice).
 */

export type GuardCategory = 'credit-record' | 'threat' | 'overstatement' | 'legal';

export interface GuardRule {
  id: string;
  category: GuardCategory;
  re: RegExp;
}

export const FORBIDDEN: readonly GuardRule[] = [
  { id: 'delete-credit-zh', category: 'credit-record', re: /删除.{0,8}(征信|记录)|(征信|不良|逾期)(记录)?.{0,8}删除|删掉/ },
  { id: 'whitewash-zh', category: 'credit-record', re: /洗白|修复征信|征信修复|修复信用|信用修复|花钱消|铲单/ },
  { id: 'erase-record-zh', category: 'credit-record', re: /(消除|清除|抹掉|抹去|撤销|撤掉)(掉)?.{0,4}(不良|逾期|征信|记录)|(不良|逾期)记录.{0,6}(消除|清除|抹掉|撤销)/ },
  { id: 'erase-record-en', category: 'credit-record', re: /\berase|\bwipe|\bdelete|remove .{0,30}\b(from|off) (my |the |your )?credit|clean (up )?my credit|repair my credit|credit repair|fix my credit/i },
  { id: 'threat-zh', category: 'threat', re: /倒闭|起诉你们|告你们|曝光|媒体|投诉|让你们好看|走着瞧|后悔|闹大|网上发/ },
  { id: 'threat-en', category: 'threat', re: /\bsue\b|lawsuit|\bmedia\b|\bpress\b|\bcomplain|you'?ll regret|name and shame|go public|expose you|report you/i },
  { id: 'absolute-zh', category: 'overstatement', re: /绝对|一分钱都没有|一分钱也没有|身无分文|走投无路|活不下去|百分之百|100%|肯定|永远|保证(?!金)/ },
  { id: 'absolute-en', category: 'overstatement', re: /guarantee|\babsolutely\b|\bpenny\b|completely broke|100 ?%|never be able to pay|i have nothing|desperate|\bpromise/i },
  { id: 'legal-zh', category: 'legal', re: /你们必须|必须给我|违法|依法|律师|法院/ },
  { id: 'legal-en', category: 'legal', re: /\byou must\b|legally (required|obliged|bound)|illegal|against the law|\blawyer|\battorney|\bcourt\b/i },
];

export interface GuardHit {
  id: string;
  category: GuardCategory;
  match: string;
}

export function findForbidden(text: string): GuardHit[] {
  const hits: GuardHit[] = [];
  const t = text.normalize('NFKC');
  for (const rule of FORBIDDEN) {
    const m = rule.re.exec(t);
    if (m) hits.push({ id: rule.id, category: rule.category, match: m[0] });
  }
  return hits;
}
