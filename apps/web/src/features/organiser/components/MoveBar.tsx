import type { Edition, Meeting, MeetingTable, Slot } from '@serumpun/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { MeetingStatusBadge } from '../../meetings/components/MeetingStatusBadge';
import { useCancelMeeting } from '../../meetings/hooks/useCancelMeeting';
import { useCheckInMeeting } from '../../meetings/hooks/useCheckInMeeting';
import { useRecordMeetingOutcome } from '../../meetings/hooks/useRecordMeetingOutcome';
import { useRescheduleMeeting } from '../../meetings/hooks/useRescheduleMeeting';
import { NeedsConnectionNote } from '../../offline/components/NeedsConnectionNote';
import { useNeedsConnection } from '../../offline/hooks/useNeedsConnection';

export interface MoveTarget {
  slot: Slot;
  /** The table of the cell that was picked: the move goes exactly there. */
  picked: MeetingTable | null;
  /** Worded conflicts; empty when the move can be saved. */
  conflicts: string[];
}

interface MoveBarProps {
  edition: Edition;
  meeting: Meeting;
  tables: MeetingTable[];
  slotLabel: (slot: Pick<Slot, 'startsAt' | 'endsAt'>) => string;
  target: MoveTarget | null;
  onClearTarget: () => void;
  onClose: () => void;
  /** Says what was done, where it stays visible after the bar closes. */
  onNotice: (text: string) => void;
}

/** The picked meeting: where it is, where it would go and what is in the way, and the day's actions. */
export function MoveBar({ edition, meeting, tables, slotLabel, target, onClearTarget, onClose, onNotice }: MoveBarProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<FormMessage | null>(null);
  const reschedule = useRescheduleMeeting(edition.id);
  const checkIn = useCheckInMeeting(edition.id);
  const outcome = useRecordMeetingOutcome(edition.id);
  const cancel = useCancelMeeting(edition.id);
  // Offline, the day's actions stay in view but wait for a connection (NeedsConnectionNote says so).
  const needsConnection = useNeedsConnection();
  const busy = reschedule.isPending || checkIn.isPending || outcome.isPending || cancel.isPending || needsConnection;
  const names = meeting.participants.map((p) => p.fullName).join(' ↔ ');
  const table = tables.find((entry) => entry.id === meeting.tableId);
  const where =
    meeting.startsAt && meeting.endsAt
      ? `${slotLabel({ startsAt: meeting.startsAt, endsAt: meeting.endsAt })}, ${t('meetings.common.tableNumber', { number: table?.number ?? meeting.tableNumber ?? '?' })}`
      : t('meetings.console.grid.notPlaced');
  const started = meeting.startsAt !== null && new Date(meeting.startsAt).getTime() <= Date.now();

  const run = async (action: () => Promise<unknown>, success: string, close = false) => {
    setMessage(null);
    onNotice('');
    try {
      await action();
      onNotice(success);
      if (close) onClose();
    } catch (error) {
      setMessage(formMessageFor(error));
    }
  };

  return (
    <section className="move-bar" aria-labelledby="move-bar-title" aria-live="polite">
      <div className="move-bar__head">
        <h2 id="move-bar-title" className="move-bar__title">
          {names}
        </h2>
        <MeetingStatusBadge status={meeting.status} />
        {meeting.checkedInAt ? <span className="badge badge--success">{t('meetings.console.grid.checkedIn')}</span> : null}
        <button type="button" className="button button--ghost button--small move-bar__close" onClick={onClose}>
          {t('meetings.console.grid.deselect')}
        </button>
      </div>
      <p className="move-bar__where">{t('meetings.console.grid.now', { where })}</p>

      {target ? (
        <div className={`move-preview move-preview--${target.conflicts.length ? 'conflict' : 'free'}`}>
          <p>
            {t('meetings.console.grid.moveTo', {
              when: slotLabel(target.slot),
              table: target.picked?.number ?? '?',
            })}
          </p>
          {target.conflicts.length ? (
            <ul className="move-preview__conflicts" aria-label={t('meetings.console.grid.conflicts')}>
              {target.conflicts.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button button--accent button--small"
              disabled={busy || target.conflicts.length > 0}
              onClick={() => void run(() => reschedule.mutateAsync({ meetingId: meeting.id, slotId: target.slot.id, tableId: target.picked?.id }), t('meetings.console.grid.moved'), true)}
            >
              {t('meetings.console.grid.saveMove')}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={onClearTarget}>
              {t('meetings.common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <p className="field__hint">{t('meetings.console.grid.pickTarget')}</p>
      )}

      {meeting.status === 'scheduled' && meeting.slotId ? (
        <div className="button-row move-bar__actions">
          {started ? (
            <>
              <button type="button" className="button button--ghost button--small" disabled={busy || meeting.checkedInAt !== null} onClick={() => void run(() => checkIn.mutateAsync(meeting.id), t('meetings.console.grid.checkInDone'))}>
                {t('meetings.console.grid.checkIn')}
              </button>
              <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => void run(() => outcome.mutateAsync({ meetingId: meeting.id, body: { status: 'held' } }), t('meetings.console.grid.heldDone'))}>
                {t('meetings.console.grid.markHeld')}
              </button>
              <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => void run(() => outcome.mutateAsync({ meetingId: meeting.id, body: { status: 'no_show' } }), t('meetings.console.grid.noShowDone'))}>
                {t('meetings.console.grid.markNoShow')}
              </button>
            </>
          ) : null}
          <button type="button" className="button button--danger-ghost button--small" disabled={busy} onClick={() => void run(() => cancel.mutateAsync({ meetingId: meeting.id }), t('meetings.console.grid.cancelled'), true)}>
            {t('meetings.console.grid.cancelMeeting')}
          </button>
        </div>
      ) : null}
      <NeedsConnectionNote />
      <FormMessageAlert message={message} />
    </section>
  );
}
