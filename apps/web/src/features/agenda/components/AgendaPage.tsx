import type { Edition, MeetingOutcome, User } from '@serumpun/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { LoadingState } from '../../../components/LoadingState';
import { currentLocale } from '../../../i18n/i18n';
import { formMessageFor } from '../../../lib/form-message';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { timeZoneLabel } from '../../editions/edition-dates';
import { EditionFrame } from '../../editions/components/EditionFrame';
import { EditionNav } from '../../editions/components/EditionNav';
import { RequireRegistration } from '../../editions/components/RequireRegistration';
import { ZoneNote } from '../../editions/components/ZoneNote';
import { formatInstant } from '../../editions/slot-time';
import { useEditionMeetings } from '../../meetings/hooks/useEditionMeetings';
import { useAgenda } from '../hooks/useAgenda';
import { useDownloadAgendaIcs } from '../hooks/useDownloadAgendaIcs';
import { AgendaDay } from './AgendaDay';
import { AgendaFeedPanel } from './AgendaFeedPanel';
import { LoadErrorState } from '../../../components/LoadErrorState';

function AgendaView({ edition, viewer }: { edition: Edition; viewer: User }) {
  const { t } = useTranslation();
  const { data: agenda, isPending, isError, refetch } = useAgenda(edition.id);
  const meetings = useEditionMeetings(edition.id);
  const download = useDownloadAgendaIcs(edition.id, `serumpun-${edition.slug || edition.id}.ics`);
  const now = new Date();

  // The viewer's own recorded outcomes, by meeting (the agenda lists meetings, the outcomes live on them).
  const outcomes = useMemo(() => {
    const mine = new Map<string, MeetingOutcome>();
    for (const meeting of meetings.data ?? []) {
      const outcome = meeting.outcomes.find((o) => o.userId === viewer.id);
      if (outcome) mine.set(meeting.id, outcome);
    }
    return mine;
  }, [meetings.data, viewer.id]);

  if (isPending) return <LoadingState />;
  // With data (the saved copy, or an earlier answer) a failed refresh still shows it.
  if (isError && !agenda) {
    return <LoadErrorState onRetry={refetch} />;
  }

  const days = agenda.days.filter((day) => day.items.length > 0);
  const firstStart = days[0]?.items[0]?.startsAt;
  const count = days.reduce((sum, day) => sum + day.items.length, 0);

  return (
    <>
      <div className="print-only print-header">
        <p className="print-header__edition">{agenda.edition.name}</p>
        <p>
          {viewer.fullName} · {agenda.edition.venue}, {agenda.edition.city}
        </p>
        <p>
          {t('meetings.agenda.printZone', { zone: timeZoneLabel(agenda.edition.timeZone), name: agenda.edition.timeZone })} ·{' '}
          {t('meetings.agenda.printedAt', { when: formatInstant(now.toISOString(), agenda.edition.timeZone, currentLocale()) })}
        </p>
      </div>
      <div className="agenda-toolbar no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('meetings.agenda.print')}
        </button>
        <button type="button" className="button button--ghost" disabled={download.isPending} onClick={() => download.mutate()}>
          {t('meetings.agenda.downloadIcs')}
        </button>
        <p className="muted agenda-toolbar__hint">{t('meetings.agenda.offlineHint')}</p>
      </div>
      {download.isError ? <FormMessageAlert message={formMessageFor(download.error)} /> : null}
      <ZoneNote timeZone={agenda.edition.timeZone} at={firstStart} />
      <p className="agenda-count">{t('meetings.agenda.count', { count })}</p>
      {days.length === 0 ? (
        <div className="empty">
          <p>{t('meetings.agenda.empty')}</p>
          <p className="no-print">
            <Link to={`/editions/${edition.id}/participants`}>{t('meetings.registration.findPeople')}</Link>
          </p>
        </div>
      ) : (
        days.map((day) => (
          <AgendaDay
            key={day.date}
            editionId={edition.id}
            date={day.date}
            items={day.items}
            timeZone={agenda.edition.timeZone}
            outcomes={outcomes}
            now={now}
          />
        ))
      )}
      {agenda.unplaced.length > 0 ? (
        <section className="agenda-unplaced" aria-labelledby="agenda-unplaced-title">
          <h2 id="agenda-unplaced-title" className="section__title">
            {t('meetings.agenda.unplacedTitle')}
          </h2>
          <p className="muted">{t('meetings.agenda.unplacedLead')}</p>
          <ul className="agenda-unplaced__list">
            {agenda.unplaced.map((entry) => (
              <li key={entry.meetingId}>
                <strong>{entry.counterpart.fullName}</strong>
                {entry.counterpart.organisation ? ` · ${entry.counterpart.organisation}` : ''}
                {entry.opportunity ? ` · ${entry.opportunity.title}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AgendaFeedPanel />
    </>
  );
}

/** My agenda at an edition: a day view in venue time, printable, downloadable and subscribable. */
export function AgendaPage() {
  const { t } = useTranslation();
  const viewer = useCurrentUser();
  const { editionId = '' } = useParams();
  return (
    <EditionFrame section={t('meetings.agenda.title')} nav={<EditionNav editionId={editionId} />} className="agenda-page">
      {(edition) => <RequireRegistration editionId={edition.id}>{() => <AgendaView edition={edition} viewer={viewer} />}</RequireRegistration>}
    </EditionFrame>
  );
}
