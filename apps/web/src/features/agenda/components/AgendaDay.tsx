import type { AgendaItem, MeetingOutcome } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../i18n/i18n';
import { VenueTime } from '../../editions/components/VenueTime';
import { formatDay } from '../../editions/slot-time';
import { MeetingStatusBadge } from '../../meetings/components/MeetingStatusBadge';
import { AgendaItemActions } from './AgendaItemActions';

interface AgendaDayProps {
  editionId: string;
  date: string;
  items: AgendaItem[];
  timeZone: string;
  outcomes: ReadonlyMap<string, MeetingOutcome>;
  now: Date;
}

/** One day of the agenda as a table: time, table, counterpart, opportunity, status. Prints one page per day. */
export function AgendaDay({ editionId, date, items, timeZone, outcomes, now }: AgendaDayProps) {
  const { t } = useTranslation();
  const headingId = `agenda-day-${date}`;
  return (
    <section className="agenda-day" aria-labelledby={headingId}>
      <h2 id={headingId} className="agenda-day__date">
        {formatDay(date, currentLocale())}
      </h2>
      <table className="agenda-table">
        <thead>
          <tr>
            <th scope="col">{t('meetings.agenda.time')}</th>
            <th scope="col">{t('meetings.agenda.table')}</th>
            <th scope="col">{t('meetings.agenda.with')}</th>
            <th scope="col">{t('meetings.agenda.opportunity')}</th>
            <th scope="col">{t('meetings.agenda.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.meetingId} className={`agenda-row agenda-row--${item.status}`}>
              <td className="agenda-table__time" data-label={t('meetings.agenda.time')}>
                <VenueTime startsAt={item.startsAt} endsAt={item.endsAt} timeZone={timeZone} />
              </td>
              <td className="agenda-table__table" data-label={t('meetings.agenda.table')}>
                <strong>{t('meetings.common.tableNumber', { number: item.table.number })}</strong>
                {item.table.name || item.table.location ? (
                  <span className="agenda-table__place">{[item.table.name, item.table.location].filter(Boolean).join(' · ')}</span>
                ) : null}
              </td>
              <td className="agenda-table__with" data-label={t('meetings.agenda.with')}>
                <strong>{item.counterpart.fullName}</strong>
                {item.counterpart.organisation ? <span className="agenda-table__org">{item.counterpart.organisation}</span> : null}
              </td>
              <td className="agenda-table__opportunity" data-label={t('meetings.agenda.opportunity')}>
                {item.opportunity ? <Link to={`/opportunities/${item.opportunity.id}`}>{item.opportunity.title}</Link> : '—'}
              </td>
              <td className="agenda-table__status" data-label={t('meetings.agenda.status')}>
                <MeetingStatusBadge status={item.status} />
                <AgendaItemActions editionId={editionId} item={item} outcome={outcomes.get(item.meetingId)} now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
