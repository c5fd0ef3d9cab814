import type { Edition } from '@serumpun/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { LoadingState } from '../../../components/LoadingState';
import { currentLocale } from '../../../i18n/i18n';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { useEditionMeetings } from '../../meetings/hooks/useEditionMeetings';
import { useAvailability } from '../hooks/useAvailability';
import { useSlots } from '../hooks/useSlots';
import { useUpdateAvailability } from '../hooks/useUpdateAvailability';
import { formatDay, groupSlotsByDay } from '../slot-time';
import { EditionFrame } from './EditionFrame';
import { EditionNav } from './EditionNav';
import { RequireRegistration } from './RequireRegistration';
import { VenueTime } from './VenueTime';
import { ZoneNote } from './ZoneNote';
import { LoadErrorState } from '../../../components/LoadErrorState';

function AvailabilityEditor({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const slots = useSlots(edition.id);
  const availability = useAvailability(edition.id);
  const meetings = useEditionMeetings(edition.id);
  const { mutateAsync: save, isPending: saving } = useUpdateAvailability(edition.id);
  // null: nothing changed yet, the server's list is what is shown.
  const [draft, setDraft] = useState<Set<string> | null>(null);
  const [message, setMessage] = useState<FormMessage | null>(null);
  const [saved, setSaved] = useState(false);

  const booked = useMemo(
    () => new Set((meetings.data ?? []).filter((m) => m.status !== 'cancelled' && m.slotId).map((m) => m.slotId!)),
    [meetings.data],
  );

  if (slots.isPending || availability.isPending) return <LoadingState />;
  if (slots.isError || availability.isError) {
    return <LoadErrorState onRetry={() => Promise.all([slots.refetch(), availability.refetch()])} />;
  }

  const unavailable = draft ?? new Set(availability.data.unavailableSlotIds);
  const dirty = draft !== null;
  const days = groupSlotsByDay(slots.data, edition.timeZone);

  const change = (update: (next: Set<string>) => void) => {
    const next = new Set(unavailable);
    update(next);
    setDraft(next);
    setSaved(false);
    setMessage(null);
  };

  const onSave = async () => {
    setMessage(null);
    try {
      await save([...unavailable]);
      setDraft(null);
      setSaved(true);
    } catch (error) {
      setMessage(formMessageFor(error));
    }
  };

  if (days.length === 0) return <p className="empty">{t('meetings.availability.noSlots')}</p>;

  return (
    <>
      <p className="lead">{t('meetings.availability.lead')}</p>
      <ZoneNote timeZone={edition.timeZone} at={slots.data[0]?.startsAt} />
      <div className="availability">
        {days.map((day) => {
          const free = day.slots.filter((slot) => !booked.has(slot.id));
          const allOff = free.length > 0 && free.every((slot) => unavailable.has(slot.id));
          return (
            <section key={day.date} className="availability__day" aria-labelledby={`day-${day.date}`}>
              <div className="availability__head">
                <h2 id={`day-${day.date}`} className="availability__date">
                  {formatDay(day.date, currentLocale())}
                </h2>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => change((next) => free.forEach((slot) => (allOff ? next.delete(slot.id) : next.add(slot.id))))}
                >
                  {allOff ? t('meetings.availability.wholeDayOn') : t('meetings.availability.wholeDayOff')}
                </button>
              </div>
              <ul className="availability__slots">
                {day.slots.map((slot) => {
                  const off = unavailable.has(slot.id);
                  const hasMeeting = booked.has(slot.id);
                  return (
                    <li key={slot.id}>
                      <button
                        type="button"
                        className={`slot-toggle${off ? ' slot-toggle--off' : ''}${hasMeeting ? ' slot-toggle--booked' : ''}`}
                        aria-pressed={off}
                        disabled={hasMeeting}
                        onClick={() => change((next) => (off ? next.delete(slot.id) : next.add(slot.id)))}
                      >
                        <VenueTime startsAt={slot.startsAt} endsAt={slot.endsAt} timeZone={edition.timeZone} />
                        <span className="slot-toggle__state">
                          {hasMeeting ? t('meetings.availability.booked') : off ? t('meetings.availability.off') : t('meetings.availability.on')}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
      <div className={`save-bar${dirty ? ' save-bar--dirty' : ''}`}>
        <FormMessageAlert message={message} />
        {saved ? <FormAlert tone="info">{t('meetings.availability.saved')}</FormAlert> : null}
        <p className="save-bar__summary" aria-live="polite">
          {t('meetings.availability.summary', { count: unavailable.size })}
          {dirty ? ` · ${t('meetings.availability.unsaved')}` : ''}
        </p>
        <button type="button" className="button button--primary" disabled={!dirty || saving} onClick={() => void onSave()}>
          {saving ? t('meetings.common.saving') : t('meetings.availability.save')}
        </button>
      </div>
    </>
  );
}

/** "Mark the slots I cannot attend": a toggle per slot, day by day, saved together. */
export function AvailabilityPage() {
  const { t } = useTranslation();
  const { editionId = '' } = useParams();
  return (
    <EditionFrame section={t('meetings.availability.title')} nav={<EditionNav editionId={editionId} />}>
      {(edition) => <RequireRegistration editionId={edition.id}>{() => <AvailabilityEditor edition={edition} />}</RequireRegistration>}
    </EditionFrame>
  );
}
