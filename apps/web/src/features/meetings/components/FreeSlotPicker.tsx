import type { Slot } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { VenueTime } from '../../editions/components/VenueTime';
import { formatDay, groupSlotsByDay } from '../../editions/slot-time';
import type { SlotOption } from '../free-slots';

interface FreeSlotPickerProps {
  name: string;
  options: SlotOption<Slot>[];
  timeZone: string;
  value: string;
  onChange: (slotId: string) => void;
  error?: string;
  /** The label of the choice to leave the time to the organisers' scheduler. */
  leaveToScheduler: string;
}

/**
 * Radio buttons for the slots where a meeting can go, day by day; slots that are busy, marked
 * unavailable or already started are left out (and counted, so nobody wonders where they went).
 */
export function FreeSlotPicker({ name, options, timeZone, value, onChange, error, leaveToScheduler }: FreeSlotPickerProps) {
  const { t } = useTranslation();
  const free = options.filter((option) => option.blockers.length === 0).map((option) => option.slot);
  const hidden = options.length - free.length;
  const errorId = `${name}-error`;
  return (
    <fieldset className="slot-picker" aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="field__label">{t('meetings.accept.pickSlot')}</legend>
      {hidden > 0 ? <p className="field__hint">{t('meetings.accept.hiddenSlots', { count: hidden })}</p> : null}
      {free.length === 0 ? <p className="empty">{t('meetings.accept.noFreeSlots')}</p> : null}
      {groupSlotsByDay(free, timeZone).map((day) => (
        <div key={day.date} className="slot-picker__day" role="group" aria-label={formatDay(day.date, currentLocale())}>
          <p className="slot-picker__date">{formatDay(day.date, currentLocale())}</p>
          <div className="slot-picker__slots">
            {day.slots.map((slot) => (
              <label key={slot.id} className="slot-choice">
                <input type="radio" name={name} value={slot.id} checked={value === slot.id} onChange={() => onChange(slot.id)} />
                <VenueTime startsAt={slot.startsAt} endsAt={slot.endsAt} timeZone={timeZone} />
              </label>
            ))}
          </div>
        </div>
      ))}
      <label className="slot-choice slot-choice--scheduler">
        <input type="radio" name={name} value="" checked={value === ''} onChange={() => onChange('')} />
        <span>{leaveToScheduler}</span>
      </label>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
