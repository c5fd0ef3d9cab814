import type { Edition, Meeting, MeetingTable, Slot } from '@serumpun/shared';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { currentLocale } from '../../../i18n/i18n';
import { VenueTime } from '../../editions/components/VenueTime';
import { useSlotLabel } from '../../editions/hooks/useSlotLabel';
import { formatDay, groupSlotsByDay } from '../../editions/slot-time';
import { buildScheduleGrid, cellKey, moveConflicts, type MoveConflict } from '../schedule-grid';
import { MoveBar } from './MoveBar';

export interface ScheduleGridProps {
  edition: Edition;
  slots: Slot[];
  tables: MeetingTable[];
  meetings: Meeting[];
  now: Date;
  /** Slots each participant cannot attend, so moves into them show as conflicts before saving. */
  unavailableByUser?: ReadonlyMap<string, readonly string[]>;
}

export const pairName = (meeting: Meeting) => meeting.participants.map((p) => p.fullName).join(' ↔ ');

/** Words a conflict for a person, naming who or what is in the way. */
export function useConflictText(meetings: readonly Meeting[], tables: readonly MeetingTable[]) {
  const { t } = useTranslation();
  return (conflict: MoveConflict) => {
    const nameOf = (userId: string) => meetings.flatMap((m) => m.participants).find((p) => p.id === userId)?.fullName ?? '?';
    switch (conflict.kind) {
      case 'table_taken': {
        const occupant = meetings.find((m) => m.id === conflict.meetingId);
        const table = tables.find((entry) => entry.id === occupant?.tableId);
        return t('meetings.console.grid.conflict.tableTaken', { table: table?.number ?? '?', names: occupant ? pairName(occupant) : '?' });
      }
      case 'participant_busy':
        return t('meetings.console.grid.conflict.participantBusy', { name: nameOf(conflict.userId) });
      case 'participant_unavailable':
        return t('meetings.console.grid.conflict.participantUnavailable', { name: nameOf(conflict.userId) });
      case 'slot_started':
        return t('meetings.console.grid.conflict.slotStarted');
    }
  };
}

/**
 * Slots × tables with the edition's meetings. Pick a meeting, and every other cell shows whether it
 * could go there (free) or what is in the way (conflict), from the grid as loaded; nothing is
 * saved until the move is confirmed, and the server checks again.
 */
export function ScheduleGrid({ edition, slots, tables, meetings, now, unavailableByUser }: ScheduleGridProps) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [targetCell, setTargetCell] = useState<{ slotId: string; tableId: string } | null>(null);
  const slotLabel = useSlotLabel(edition.timeZone);
  const conflictText = useConflictText(meetings, tables);

  const grid = useMemo(
    () =>
      buildScheduleGrid(meetings, {
        startedSlotIds: slots.filter((slot) => new Date(slot.startsAt).getTime() <= now.getTime()).map((slot) => slot.id),
        unavailableByUser,
      }),
    [meetings, slots, now, unavailableByUser],
  );
  const selected = meetings.find((meeting) => meeting.id === selectedId && meeting.status !== 'cancelled') ?? null;
  const days = groupSlotsByDay(slots, edition.timeZone);
  const sortedTables = [...tables].sort((a, b) => a.number - b.number);

  const select = (meeting: Meeting | null) => {
    setSelectedId(meeting?.id ?? null);
    setTargetCell(null);
  };

  const targetSlot = targetCell ? slots.find((slot) => slot.id === targetCell.slotId) : undefined;
  const target =
    selected && targetCell && targetSlot
      ? {
          slot: targetSlot,
          picked: sortedTables.find((table) => table.id === targetCell.tableId) ?? null,
          conflicts: moveConflicts(grid, selected, targetCell).map(conflictText),
        }
      : null;

  return (
    <div className="schedule" onKeyDown={(event) => event.key === 'Escape' && select(null)}>
      {grid.unplaced.length > 0 ? (
        <section className="schedule__unplaced" aria-labelledby="unplaced-title">
          <h2 id="unplaced-title" className="section__title">
            {t('meetings.console.grid.unplacedTitle', { count: grid.unplaced.length })}
          </h2>
          <p className="muted">{t('meetings.console.grid.unplacedLead')}</p>
          <ul className="meeting-chips">
            {grid.unplaced.map((meeting) => (
              <li key={meeting.id}>
                <button type="button" className="meeting-chip meeting-chip--unplaced" aria-pressed={selectedId === meeting.id} onClick={() => select(selectedId === meeting.id ? null : meeting)}>
                  {pairName(meeting)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ul className="grid-legend" aria-label={t('meetings.console.grid.legend')}>
        <li>
          <span className="grid-legend__swatch grid-legend__swatch--free" aria-hidden="true">✓</span> {t('meetings.console.grid.legendFree')}
        </li>
        <li>
          <span className="grid-legend__swatch grid-legend__swatch--conflict" aria-hidden="true">✕</span> {t('meetings.console.grid.legendConflict')}
        </li>
        <li>
          <span className="grid-legend__swatch grid-legend__swatch--current" aria-hidden="true" /> {t('meetings.console.grid.legendCurrent')}
        </li>
      </ul>

      {notice ? (
        <FormAlert key={notice} tone="info">
          {notice}
        </FormAlert>
      ) : null}
      {selected ? (
        <MoveBar
          edition={edition}
          meeting={selected}
          tables={sortedTables}
          slotLabel={slotLabel}
          target={target}
          onClearTarget={() => setTargetCell(null)}
          onClose={() => select(null)}
          onNotice={setNotice}
        />
      ) : (
        <p className="muted schedule__hint">{t('meetings.console.grid.hint')}</p>
      )}

      {days.map((day) => (
        <div key={day.date} className="schedule-grid__day-block">
          <h2 id={`grid-day-${day.date}`} className="schedule-grid__day">
            {formatDay(day.date, currentLocale())}
          </h2>
          {/* Focusable so keyboard users can scroll a grid wider than the screen. */}
          <div className="schedule-grid__scroll" role="region" aria-labelledby={`grid-day-${day.date}`} tabIndex={0}>
            <table className={`schedule-grid${selected ? ' schedule-grid--moving' : ''}`}>
              <thead>
                <tr>
                  <th scope="col" className="schedule-grid__corner">
                    {t('meetings.agenda.time')}
                  </th>
                  {sortedTables.map((table) => (
                    <th key={table.id} scope="col" title={[table.name, table.location].filter(Boolean).join(' · ') || undefined}>
                      {t('meetings.common.tableNumber', { number: table.number })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {day.slots.map((slot) => (
                  <tr key={slot.id} className={grid.started.has(slot.id) ? 'schedule-grid__row--past' : undefined}>
                    <th scope="row" className="schedule-grid__time">
                      <VenueTime startsAt={slot.startsAt} endsAt={slot.endsAt} timeZone={edition.timeZone} />
                    </th>
                    {sortedTables.map((table) => {
                      const occupant = grid.byCell.get(cellKey(slot.id, table.id));
                      const place = `${slotLabel(slot)}, ${t('meetings.common.tableNumber', { number: table.number })}`;
                      if (selected && occupant?.id !== selected.id) {
                        const conflicts = moveConflicts(grid, selected, { slotId: slot.id, tableId: table.id });
                        const state = conflicts.length ? 'conflict' : 'free';
                        const reasons = conflicts.map(conflictText).join('; ');
                        return (
                          <td key={table.id} className={`schedule-grid__cell schedule-grid__cell--${state}`}>
                            <button
                              type="button"
                              className="cell-target"
                              data-state={state}
                              aria-pressed={targetCell?.slotId === slot.id && targetCell.tableId === table.id}
                              aria-label={`${place}: ${state === 'free' ? t('meetings.console.grid.free') : reasons}`}
                              title={reasons || undefined}
                              onClick={() => setTargetCell({ slotId: slot.id, tableId: table.id })}
                            >
                              {occupant ? <span className="cell-target__names">{pairName(occupant)}</span> : null}
                              <span className="cell-target__mark" aria-hidden="true">
                                {state === 'free' ? '✓' : '✕'}
                              </span>
                            </button>
                          </td>
                        );
                      }
                      return (
                        <td key={table.id} className={`schedule-grid__cell${occupant ? ' schedule-grid__cell--taken' : ''}`}>
                          {occupant ? (
                            <button
                              type="button"
                              className={`meeting-chip meeting-chip--${occupant.status}${occupant.checkedInAt ? ' meeting-chip--checked-in' : ''}`}
                              aria-pressed={selectedId === occupant.id}
                              onClick={() => select(selectedId === occupant.id ? null : occupant)}
                            >
                              {/* The accessible name starts with the names people see (so "click Siti Aminah" works by
                                  voice), then the place and status that sighted users read from the row and colour. */}
                              {occupant.participants.map((p, index) => (
                                <Fragment key={p.id}>
                                  {index > 0 ? <span className="visually-hidden"> ↔ </span> : null}
                                  <span className="meeting-chip__name">{p.fullName}</span>
                                </Fragment>
                              ))}
                              <span className="visually-hidden">{` (${place}, ${t(`meetings.meetingStatus.${occupant.status}`)})`}</span>
                            </button>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </div>
  );
}
