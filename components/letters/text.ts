import type { Lang } from '../../lib/ui/i18n';

/**
 * The words of the preparation and letter screens, in both languages, kept beside the components that show them
 * (the shared catalogues are being reworked by others; these move there once they settle).
 */
const TEXT = {
  confirmTitle: { zh: '书面确认', en: 'Written confirmation' },
  confirmHint: {
    zh: '谈妥之后，请银行把商定的方案完整地写下来发给您（短信、邮件或确认函）。聊天中的口头约定日后难以核对，书面确认才是您可以依靠的凭据。',
    en: 'Once terms are agreed, ask the bank to send the whole plan in writing (email, letter or text message). What was said in a chat is hard to check later; a written confirmation is what you can rely on.',
  },
  confirmNeedsTerms: {
    zh: '先在上方把商定的方案标记为“已谈妥”（从聊天中的报价选择，或手动填写），这里就能写出请求。',
    en: 'Mark the agreed terms above first (pick the offer from the chat, or type it in); the request is written from them.',
  },
  confirmFromChat: {
    zh: '按聊天中银行确认的方案写出（尚未存入记录）。',
    en: 'Written from the plan the bank confirmed in the chat (not yet stored in the record).',
  },
  confirmWrite: { zh: '写出书面确认请求', en: 'Write the confirmation request' },
  confirmRewrite: { zh: '按记录重新写出', en: 'Write it again from the record' },
  confirmTextLabel: { zh: '请求内容（可修改）', en: 'The request (you can edit it)' },
  confirmReceived: { zh: '已收到银行的书面确认', en: "The bank's written confirmation has arrived" },
  confirmReceivedOn: { zh: '收到日期', en: 'Received on' },
  confirmReceivedNote: { zh: '已于 $1 收到书面确认', en: 'Written confirmation received on $1' },
  confirmNotYet: { zh: '尚未收到书面确认', en: 'No written confirmation yet' },
  noChatOpen: { zh: '这条记录的聊天没有打开，请复制后粘贴到聊天或邮件中。', en: "This record's chat is not open: copy the text and paste it into the chat or an email." },
  letterPrint: { zh: '打印 / 另存为 PDF', en: 'Print / Save as PDF' },
  letterPrintHint: { zh: '在打印对话框中选择“另存为 PDF”即可保存为文件。', en: 'Choose "Save as PDF" in the print dialog to keep it as a file.' },
  letterNotFound: { zh: '找不到这封信。请回到 Parley 再打开一次。', en: 'This letter was not found. Open it again from Parley.' },
  savedLetterTitle: { zh: '书面申请', en: 'Written application' },
  savedLetterOn: { zh: '$1 保存', en: 'Saved $1' },
  letterShow: { zh: '查看全文', en: 'Show the letter' },
  letterOpenPrint: { zh: '打印 / PDF', en: 'Print / PDF' },
  prepareTitle: { zh: '联系银行之前', en: 'Before you contact the bank' },
  prepareHint: {
    zh: '先把情况和材料准备好，沟通时说得清楚，银行也更容易按您的实际情况安排。Parley 只记下您勾选了什么、备注和文件放在哪里，不保存任何文件。',
    en: 'With your facts and papers ready, the conversation is clearer and the bank can fit the plan to your situation. Parley keeps only your ticks, notes and where each paper is; it never stores the documents.',
  },
  beforeTitle: { zh: '先弄清楚这几件事', en: 'Know these first' },
  papersTitle: { zh: '要准备的材料', en: 'Papers to have ready' },
  hardshipLabel: { zh: '遇到的困难', en: 'What happened' },
  hardshipUnset: { zh: '（请选择）', en: '(choose one)' },
  countryLabel: { zh: '银行所在地', en: "The bank's country" },
  countryCN: { zh: '中国', en: 'China' },
  countryUS: { zh: '美国', en: 'United States' },
  countryUK: { zh: '英国', en: 'United Kingdom' },
  noteWhere: { zh: '备注 / 放在哪里', en: 'Note / where it is' },
  whereLabel: { zh: '放在哪里（文件名或文件夹）', en: 'Where it is (file or folder name)' },
  wherePlaceholder: { zh: '例如：材料/离职证明.pdf', en: 'e.g. Documents/redundancy-letter.pdf' },
  noteLabel: { zh: '备注', en: 'Note' },
  papersFeed: {
    zh: '勾选的材料会自动出现在下一条协商记录的材料清单里，也会列在书面申请的附件中。',
    en: 'What you tick here is ticked in the evidence checklist of your next record and listed in your written application.',
  },
  appTitle: { zh: '书面申请', en: 'Written application' },
  appHint: {
    zh: '有的银行要求提交书面申请和证明材料。这里按您在计划页填写的数字和您自己的话起草，您可以随意修改，打印或另存为 PDF 后自己提交。它只陈述事实和请求，不替您作任何承诺。',
    en: 'Some lenders ask for a written application with evidence. This drafts one from the figures in your Plan and your own words; edit it freely, then print it or save it as a PDF and send it yourself. It states facts and asks; it promises nothing for you.',
  },
  appKind: { zh: '文书类型', en: 'Kind of letter' },
  appSince: { zh: '困难从何时开始', en: 'Since when' },
  appSincePlaceholder: { zh: '2026-08 或 2026-08-15', en: '2026-08 or 2026-08-15' },
  appRecovery: { zh: '预计何时好转（可不填）', en: 'When things may improve (optional)' },
  appOwnWords: { zh: '用您自己的话说明经过（会原样写进信里）', en: 'What happened, in your own words (used as you type it)' },
  appName: { zh: '您的姓名', en: 'Your name' },
  appBank: { zh: '银行名称', en: "Lender's name" },
  appAccount: { zh: '卡号后四位', en: 'Last 4 digits of the account' },
  appProposal: { zh: '您申请的方案', en: 'What you ask for' },
  appBankOffer: { zh: '银行给过的方案（可不填；填了就能从还价阶梯中选一档）', en: "The lender's offer, if any (fill it in to pick a rung of the counter-offer ladder)" },
  appNoLadder: { zh: '没能从这句话读出方案，请换个说法，或直接手写您的方案。', en: 'No plan could be read from this; rephrase it, or type your own proposal.' },
  appNeedsPlan: { zh: '先在上方填写并保存欠款和收支，信里的数字才会完整。', en: 'Fill in and save your debt and budget above so the letter has your figures.' },
  appProposeBudget: { zh: '请银行按我每月能还的金额安排', en: 'Ask for a plan within what I can pay each month' },
  appProposeTyped: { zh: '我自己写方案', en: 'I will write my own proposal' },
  rungOpening: { zh: '开价', en: 'Open with' },
  rungTarget: { zh: '目标', en: 'Aim for' },
  rungWalkAway: { zh: '底线', en: 'Lowest acceptable' },
  appSfs: { zh: '按 SFS 分类填写每月开支（可不填）', en: 'Monthly costs under the SFS headings (optional)' },
  appFromFigures: { zh: '下面的文字按您的数字自动生成；直接修改后，会保留您改过的版本。', en: 'The text below follows your figures; once you edit it, your version is kept.' },
  appEdited: { zh: '这是您修改过的版本，数字变化不会再自动更新。', en: 'This is your edited version; changes to your figures no longer update it.' },
  appRegenerate: { zh: '放弃修改，按最新数字重写', en: 'Discard my edits and redraft from my figures' },
  appProblems: { zh: '这份草稿里有没填完整的地方，请检查后再用。', en: 'Part of this draft is incomplete; check it before use.' },
  saveWith: { zh: '保存到记录', en: 'Keep with a record' },
  saveNewRecord: { zh: '新建一条“书面申请”记录', en: 'A new record for this letter' },
  saveLetter: { zh: '保存', en: 'Save' },
  letterSaved: { zh: '已保存到记录。', en: 'Saved with the record.' },
} as const;

export type TextKey = keyof typeof TEXT;

export function tx(key: TextKey, lang: Lang, ...args: string[]): string {
  let s: string = TEXT[key][lang];
  args.forEach((a, i) => (s = s.replace(`$${i + 1}`, a)));
  return s;
}
