import { zonedTimeToInstant, type Edition } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { formatDay, formatInstant } from '../slot-time';
import { VenueTime } from './VenueTime';
import { ZoneNote } from './ZoneNote';

/** The blocks of one-to-one meetings, day by day, in venue time; and the rules that cut them into slots. */
export function MeetingWindows({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // An edition announced before its programme is set has no windows yet.
  const windows = [...(edition.meetingWindows ?? [])].sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`));
  const instant = (date: string, time: string) => zonedTimeToInstant(date, time, edition.timeZone).toISOString();
  const days = [...new Set(windows.map((w) => w.date))];

  return (
    <section className="section" aria-labelledby="meeting-windows-title">
      <h2 id="meeting-windows-title" className="section__title">
        {t('meetings.edition.windowsTitle')}
      </h2>
      {windows.length === 0 ? (
        <p className="empty">{t('meetings.edition.noWindows')}</p>
      ) : (
        <>
          <ZoneNote timeZone={edition.timeZone} at={instant(windows[0].date, windows[0].start)} />
          <ul className="windows">
            {days.map((date) => (
              <li key={date} className="windows__day">
                <span className="windows__date">{formatDay(date, locale)}</span>
                <span className="windows__times">
                  {windows
                    .filter((w) => w.date === date)
                    .map((w) => (
                      <VenueTime key={w.start} startsAt={instant(w.date, w.start)} endsAt={instant(w.date, w.end)} timeZone={edition.timeZone} />
                    ))}
                </span>
              </li>
            ))}
          </ul>
          <p className="muted">
            {edition.breakMinutes > 0
              ? t('meetings.edition.slotRules', { slot: edition.slotMinutes, pause: edition.breakMinutes, tables: edition.tableCount })
              : t('meetings.edition.slotRulesNoBreak', { slot: edition.slotMinutes, tables: edition.tableCount })}
          </p>
          <p className="muted">
            {edition.requestDeadline
              ? t('meetings.edition.deadline', { when: formatInstant(edition.requestDeadline, edition.timeZone, locale) })
              : t('meetings.edition.deadlineDefault')}{' '}
            {t('meetings.edition.cap', { count: edition.pendingRequestCap })}
          </p>
        </>
      )}
    </section>
  );
}
