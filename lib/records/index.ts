/**
 * Negotiation records — the pure core. No DOM, no WXT, no Node-only modules: loads in the extension,
 * in Vitest and under `npx tsx`.
 *
 * Model (./types.ts): `SessionRecord` = stored `Session` + optional record fields (bank, channel, agents, references,
 * dates, offers, agreed terms, outcome, notes, evidence); `FollowUp`; `DEFAULT_EVIDENCE_CHECKLIST`.
 *
 * Extraction — propose, never decide; nothing is returned when unsure:
 *   extractFromTranscript(messages, { sessionId?, utcOffsetMinutes?, lang? }) → { references, agents, datesMentioned, followUps }
 *   mergeExtraction(record, existingFollowUps, extraction) → { patch, newFollowUps }
 *   extractReferences(text) · extractAgents(text, author?) · extractDates(text, { now, utcOffsetMinutes? })
 *   extractFollowUps(text, { now, utcOffsetMinutes?, sessionId, messageId?, lang? }) · findDates / findPromises (with offsets)
 *
 * Integrity (./TAMPER-EVIDENCE.md):
 *   verifyExport(textOrObject, { notedDigests?, digest? }) → { valid, ok, problems, first, sessions, archiveDigest, noted }
 *   canonicalMessage / canonicalHeader / Chain — the exact hashed forms, for anyone re-implementing the check.
 *
 * Export (./EXPORT-FORMAT.md) — all async, all times UTC ISO:
 *   buildExport(bundles, opts) → ExportFile        exportJson(bundles, opts) → OutputFile
 *   exportMarkdown / exportHtml / exportCsv(bundles, { lang?, combine?, … }) → OutputFile[]
 *   exportFiles(format, bundles, opts) → OutputFile[]
 *   scheduleToIcs({ title, currency, payments }, opts) · followUpsToIcs(followUps, opts) → string
 *
 * Import:
 *   parseImport(text, { maxChars?, maxDepth?, notedDigests? }) → { ok: true, data } | { ok: false, error: { code, message: { zh, en }, path } }
 *   planImport(data, { sessionIds, messageIds, followUpIds?, messageSeqs? }) → { sessions, messages, followUps } each { add, skip }
 *   applyImport(db, textOrData) → { ok, plan, warnings } | { ok: false, error } — one transaction, all or nothing
 */

export * from './types';
export { DEFAULT_EVIDENCE_CHECKLIST, evidenceChecklist, type EvidenceTemplate } from './evidence';
export { createManualRecord, manualMessage, MANUAL_SITE_ID, type ManualRecordInput } from './manual';
export {
  addWorkingDays,
  endOfLocalDay,
  formatDay,
  fromUtcIso,
  localDay,
  parseDay,
  toUtcIso,
} from './time';

export { extractFromTranscript, mergeExtraction, type TranscriptExtraction, type TranscriptOptions } from './extract/transcript';
export { extractReferences } from './extract/references';
export { extractAgents, mergeAgents } from './extract/agents';
export { extractDates, findDates, type DateContext, type DateHit } from './extract/dates';
export { extractFollowUps, findPromises, type FollowUpOptions, type PromiseHit, type PromiseKind } from './extract/promises';

export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  CHAIN_SCHEME,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  type ExportManifest,
  type ExportedFollowUp,
  type ExportedMessage,
  type ExportedSession,
  type ExportedSessionEntry,
  type ManifestEntry,
} from './format';
export { canonicalAnnotations, canonicalHeader, canonicalJson, canonicalMessage } from './integrity/canonical';
export { Chain, groupDigest, type SessionSeal } from './integrity/chain';
export { type DigestBackend } from './integrity/digest';
export { sha256, toHex } from './integrity/hash';
export {
  verifyExportFile,
  type NotedDigestCheck,
  type SessionCheck,
  type TamperKind,
  type TamperProblem,
  type VerifyOptions,
  type VerifyReport,
} from './integrity/verify';
export { verifyExport, type VerifyResult } from './integrity/verify-export';

export { buildExport, exportJson, serializeExport } from './export/json';
export {
  exportCsv,
  exportDocuments,
  exportFiles,
  exportHtml,
  exportMarkdown,
  type DocumentFormat,
  type DocumentOptions,
  type ExportFormat,
} from './export/documents';
export { type ExportOptions } from './export/seal';
export { archiveFilename, bankSlug, sessionFilename } from './export/filename';
export { csvCell, escapeHtml, escapeMarkdown } from './export/escape';
export { formatMoney, formatRate, type Lang } from './export/labels';
export { escapeIcsText, followUpsToIcs, foldLine, icsFile, scheduleToIcs, type IcsOptions, type RepaymentPlanInput } from './ics';

export { parseImport, type ImportData, type ImportWarning, type ParseOptions, type ParseResult } from './import/parse';
export { DEFAULT_MAX_CHARS, DEFAULT_MAX_DEPTH } from './import/read';
export { type Bilingual, type ImportError, type ImportErrorCode } from './import/errors';
export { planImport, type ExistingKeys, type ImportPlan } from './import/plan';
export { applyImport, type ApplyResult, type RecordTables } from './import/apply';
