import type { ScheduleFigures, SchedulePlace, ScheduleRunPreview, Slot } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { useSlotLabel } from '../../editions/hooks/useSlotLabel';

export interface SchedulePreviewProps {
  preview: ScheduleRunPreview;
  slots: readonly Slot[];
  timeZone: string;
}

const names = (people: ReadonlyArray<{ fullName: string }>) => people.map((person) => person.fullName).join(' ↔ ');

/** What publishing a run would change: before/after figures, the meetings left out and why, the moves. */
export function SchedulePreview({ preview, slots, timeZone }: SchedulePreviewProps) {
  const { t } = useTranslation();
  const slotLabel = useSlotLabel(timeZone);
  const where = (place: SchedulePlace) => {
    const slot = slots.find((entry) => entry.id === place.slotId);
    return slot ? slotLabel(slot) : place.startsAt;
  };
  const rows: Array<[string, keyof ScheduleFigures]> = [
    [t('scheduling.placed'), 'placed'],
    [t('scheduling.unplaced'), 'unplaced'],
    [t('scheduling.zero'), 'zeroMeetingParticipants'],
    [t('scheduling.idleGaps'), 'idleGaps'],
  ];
  return (
    <section className="schedule-preview" aria-labelledby="schedule-preview-title">
      <h3 id="schedule-preview-title" className="form-section__title">
        {t('scheduling.previewTitle')}
      </h3>
      <p className="muted">{t('scheduling.previewLead')}</p>
      <table className="data-table schedule-preview__figures">
        <thead>
          <tr>
            <th scope="col">{t('scheduling.measure')}</th>
            <th scope="col">{t('scheduling.before')}</th>
            <th scope="col">{t('scheduling.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, key]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{preview.before[key]}</td>
              <td>{preview.after[key]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('scheduling.upperBound')}</th>
            <td colSpan={2}>{preview.upperBound.count}</td>
          </tr>
          <tr>
            <th scope="row">{t('scheduling.moved')}</th>
            <td colSpan={2}>{preview.moved}</td>
          </tr>
        </tbody>
      </table>
      <p className="schedule__stats">{t('scheduling.summary', { newlyPlaced: preview.newlyPlaced, moved: preview.moved })}</p>

      {preview.unplacedMeetings.length === 0 ? (
        <p>{t('scheduling.allPlaced')}</p>
      ) : (
        <>
          <h4>{t('scheduling.unplacedTitle')}</h4>
          <ul className="schedule-preview__list" aria-label={t('scheduling.unplacedTitle')}>
            {preview.unplacedMeetings.map((meeting) => {
              const overbooked = meeting.participants.find((person) => person.id === meeting.participantId);
              return (
                <li key={meeting.meetingId}>
                  <strong>{names(meeting.participants)}</strong>: {t(`scheduling.reason.${meeting.reason}`, { name: overbooked?.fullName ?? '' })}
                </li>
              );
            })}
          </ul>
        </>
      )}

      {preview.moves.length > 0 ? (
        <>
          <h4>{t('scheduling.movesTitle')}</h4>
          <ul className="schedule-preview__list" aria-label={t('scheduling.movesTitle')}>
            {preview.moves.map((move) => (
              <li key={move.meetingId}>
                <strong>{names(move.participants)}</strong>:{' '}
                {move.to
                  ? t('scheduling.move', { from: where(move.from), fromTable: move.from.tableNumber, to: where(move.to), toTable: move.to.tableNumber })
                  : t('scheduling.moveUnplaced', { from: where(move.from), fromTable: move.from.tableNumber })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
