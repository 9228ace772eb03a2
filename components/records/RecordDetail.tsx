import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { resyncReminders } from '../../lib/background/reminders-browser';
import { dismissedSuggestions, dismissSuggestion } from '../../lib/db/dismissed';
import { sessionMessages } from '../../lib/db/ingest';
import { db } from '../../lib/db/instance';
import { loadProfile } from '../../lib/db/profile';
import { PREPARE, PREPARE_KEY, readSetting } from '../../lib/db/settings';
import { preparedFor } from '../letters/prepared-evidence';
import {
  addFollowUp,
  loadBundle,
  removeFollowUp,
  replacePlanFollowUps,
  sessionFollowUps,
  setFollowUpDone,
  updateRecord,
} from '../../lib/db/records-queries';
import { deleteSessionRecord } from '../../lib/db/retention';
import { loadDebts } from '../../lib/db/debts';
import { debtsForExport } from '../../lib/debts/format';
import { extractFromTranscript } from '../../lib/records/extract/transcript';
import type { FollowUp, OutputFile, RecordFields } from '../../lib/records/types';
import { findSiteById } from '../../lib/sites/registry';
import { t, type Lang } from '../../lib/ui/i18n';
import { downloadFile } from '../../lib/ui/records/download';
import { followUpsIcsFile, recordFiles, scheduleIcsFile, type RecordExportOptions } from '../../lib/ui/records/exports';
import { offersStated } from '../../lib/ui/offers-stated';
import { recordOffers } from '../../lib/ui/records/offers';
import { recordPagePath } from '../../lib/ui/records/record-page';
import { EXPORT_MEASURE, timed } from '../../lib/ui/records/timing';
import { acceptSuggestion, pendingSuggestions, type Suggestion } from '../../lib/ui/records/suggestions';
import { DebtLink } from '../debts/DebtLink';
import { useChatDebt } from '../debts/useChatDebt';
import { ConfirmationSection } from '../letters/ConfirmationSection';
import { SavedLetterSection } from '../letters/SavedLetterSection';
import { Transcript } from '../Transcript';
import { AgentsSection } from './AgentsSection';
import { ConfirmButton } from './ConfirmButton';
import { DatesSection } from './DatesSection';
import { EvidenceSection } from './EvidenceSection';
import { FollowUpsSection } from './FollowUpsSection';
import { bankLabel, userOffset } from './format';
import { RecordExports, type ExportChoice } from './RecordExports';
import { RecordHeader } from './RecordHeader';
import { ReferencesSection } from './ReferencesSection';
import { CommitField } from './CommitField';
import { Section } from './Section';
import { SuggestionList } from './SuggestionList';
import { TermsSection } from './TermsSection';

/** One record, every field editable; what the transcript suggests waits for the user's confirmation. */
export function RecordDetail({ sessionId, lang, onDeleted }: { sessionId: string; lang: Lang; onDeleted: () => void }) {
  const session = useLiveQuery(() => db.sessions.get(sessionId).then((s) => s ?? null), [sessionId]);
  const messages = useLiveQuery(() => sessionMessages(db, sessionId), [sessionId]);
  const followUps = useLiveQuery(() => sessionFollowUps(db, sessionId), [sessionId]);
  const dismissed = useLiveQuery(() => dismissedSuggestions(db, sessionId), [sessionId]);
  const stored = useLiveQuery(() => loadProfile(db), []);
  // The record's own debt: its schedule and exports use that debt's figures and the budget the other plans leave.
  const recordDebt = useChatDebt(session ?? undefined, stored, lang, false);
  const profile = recordDebt.profile;
  const preparation = useLiveQuery(() => readSetting(db, PREPARE_KEY, PREPARE), []);
  const [error, setError] = useState<string | undefined>();
  // A long chat is thousands of bubbles: they are only rendered while the user has the transcript open.
  const [transcriptOpen, setTranscriptOpen] = useState(false);

  const byId = useMemo(() => new Map((messages ?? []).map((m) => [m.id, m])), [messages]);
  // Reading a long transcript for suggestions and offers takes a while: the record shows first, they follow.
  const readable = useDeferredValue(messages);
  const extraction = useMemo(() => extractFromTranscript(readable ?? [], { sessionId, lang }), [readable, sessionId, lang]);
  const suggestions = useMemo(
    () => (session ? pendingSuggestions(session, followUps ?? [], extraction, new Set(dismissed ?? []), findSiteById(session.siteId)?.name[lang]) : []),
    [session, followUps, extraction, dismissed, lang],
  );
  const offers = useMemo(
    () => recordOffers(session?.offers, readable ?? [], offersStated, profile?.debt.currency),
    [session?.offers, readable, profile?.debt.currency],
  );

  if (session === null) return <p className="empty-note">{t('recNotFound')}</p>;
  if (!session || !messages || !followUps) return null;

  const opts = (): RecordExportOptions => ({ lang, utcOffsetMinutes: userOffset(), ...(profile ? { profile } : {}) });
  const change = (patch: Partial<RecordFields>) => updateRecord(db, sessionId, patch);
  const guard = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
    } catch (err) {
      setError(t('recActionFailed', err instanceof Error ? err.message : String(err)));
    }
  };
  const followUpsChanged = () => resyncReminders(db);

  const accept = (s: Suggestion) =>
    guard(async () => {
      const { patch, followUp } = acceptSuggestion(session, s);
      if (Object.keys(patch).length > 0) await change(patch);
      if (followUp) {
        await addFollowUp(db, followUp);
        await followUpsChanged();
      }
    });

  const save = (files: (OutputFile | undefined)[]) => {
    for (const f of files) if (f) downloadFile(f);
  };

  // Measured from the database read to the download starting: what the user waits for after the click.
  const exportAs = async (format: ExportChoice): Promise<string | undefined> => {
    let json: string | undefined;
    await guard(() =>
      timed(EXPORT_MEASURE, async () => {
        const bundle = await loadBundle(db, sessionId, messages);
        if (!bundle) return;
        if (format === 'ics') {
          save([scheduleIcsFile(bundle, bankLabel(session, lang), opts()) ?? followUpsIcsFile(bundle, opts())]);
          return;
        }
        // A record's export carries the debt it is about, with that debt's figures and plans.
        const debts = debtsForExport(await loadDebts(db), [sessionId], false);
        const files = await recordFiles(format, [bundle], { ...opts(), debts });
        save(files);
        if (format === 'json') json = files[0]?.content;
      }),
    );
    return json === undefined ? undefined : (JSON.parse(json) as { sessions: { digest?: string }[] }).sessions[0]?.digest;
  };

  const icsOf = async (which: 'schedule' | 'followUps') => {
    const bundle = await loadBundle(db, sessionId);
    if (!bundle) return;
    save([which === 'schedule' ? scheduleIcsFile(bundle, bankLabel(session, lang), opts()) : followUpsIcsFile(bundle, opts())]);
  };

  const openFollowUps = followUps.filter((f) => !f.done && f.source !== 'plan');
  const hasIcs = openFollowUps.length > 0 || followUps.some((f) => f.source === 'plan');

  return (
    <div className="rec-detail" data-testid="record-detail" data-session-id={sessionId}>
      <RecordHeader session={session} messageCount={messages.length} lang={lang} onChange={change} />
      <DebtLink sessionId={session.id} rows={recordDebt.debts?.rows ?? []} match={recordDebt.match} lang={lang} />
      {error ? (
        <p className="rec-error" role="alert">
          {error}
        </p>
      ) : null}
      <SuggestionList
        suggestions={suggestions}
        messages={byId}
        lang={lang}
        onAccept={(s) => void accept(s)}
        onDismiss={(s) => void guard(() => dismissSuggestion(db, sessionId, s.key))}
      />
      <AgentsSection agents={session.agents ?? []} onChange={(agents) => void guard(() => change({ agents }))} />
      <ReferencesSection references={session.references ?? []} onChange={(references) => void guard(() => change({ references }))} />
      <DatesSection dates={session.datesMentioned ?? []} onChange={(datesMentioned) => void guard(() => change({ datesMentioned }))} />
      <TermsSection
        session={session}
        offers={offers}
        messages={byId}
        datesSaid={[...(session.datesMentioned ?? []), ...extraction.datesMentioned]}
        followUps={followUps}
        profile={profile}
        lang={lang}
        onChange={(patch) => guard(() => change(patch))}
        onPlanReminders={(planned: FollowUp[]) =>
          guard(async () => {
            await replacePlanFollowUps(db, sessionId, planned);
            await followUpsChanged();
          })
        }
        onScheduleIcs={() => void guard(() => icsOf('schedule'))}
      />
      <ConfirmationSection
        session={session}
        messages={readable ?? []}
        extraction={extraction}
        followUps={followUps}
        profile={profile}
        lang={lang}
        onChange={(patch) => guard(() => change(patch))}
      />
      <FollowUpsSection
        sessionId={sessionId}
        followUps={followUps}
        lang={lang}
        onAdd={(f) => void guard(async () => (await addFollowUp(db, f), await followUpsChanged()))}
        onDone={(id, done) => void guard(async () => (await setFollowUpDone(db, id, done), await followUpsChanged()))}
        onRemove={(id) => void guard(async () => (await removeFollowUp(db, id), await followUpsChanged()))}
        onIcs={openFollowUps.length > 0 ? () => void guard(() => icsOf('followUps')) : undefined}
      />
      <EvidenceSection
        evidence={session.evidence}
        prepared={session.evidence ? undefined : preparedFor(preparation, stored, session.startedAt, lang)}
        lang={lang}
        onChange={(evidence) => void guard(() => change({ evidence }))}
      />
      {session.application ? <SavedLetterSection sessionId={sessionId} letter={session.application} lang={lang} /> : null}
      <Section title={t('recNotes')} testId="notes">
        <CommitField label={t('recNotes')} multiline value={session.notes ?? ''} onCommit={(v) => guard(() => change({ notes: v.trim() ? v : undefined }))} />
      </Section>
      {messages.length > 0 ? (
        <details className="rec-card rec-transcript" onToggle={(e) => setTranscriptOpen(e.currentTarget.open)}>
          <summary>{t('recTranscript', String(messages.length))}</summary>
          {transcriptOpen ? <Transcript messages={messages} lang={lang} /> : null}
        </details>
      ) : null}
      <RecordExports
        icsAvailable={hasIcs}
        onExport={exportAs}
        onPrint={() => {
          const url = browser.runtime.getURL('/record.html') + recordPagePath({ ids: [sessionId], lang, print: true }).slice('/record.html'.length);
          window.open(url, '_blank', 'noopener');
        }}
      />
      <section className="rec-card rec-danger">
        <ConfirmButton
          testId="delete-record"
          label={t('recDelete')}
          question={t('recDeleteQuestion')}
          confirmLabel={t('recDeleteConfirm')}
          onConfirm={() =>
            guard(async () => {
              await deleteSessionRecord(db, sessionId);
              await followUpsChanged();
              onDeleted();
            })
          }
        />
      </section>
    </div>
  );
}
