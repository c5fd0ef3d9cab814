import type { AgendaItem, MeetingOutcome } from '@serumpun/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { OutcomeForm } from '../../meetings/components/OutcomeForm';
import { useRecordMeetingOutcome } from '../../meetings/hooks/useRecordMeetingOutcome';
import { NeedsConnectionNote } from '../../offline/components/NeedsConnectionNote';
import { useNeedsConnection } from '../../offline/hooks/useNeedsConnection';

interface AgendaItemActionsProps {
  editionId: string;
  item: AgendaItem;
  /** What the viewer recorded about this meeting, if anything. */
  outcome?: MeetingOutcome;
  now: Date;
}

/** On the day: held or no-show. Afterwards: what came of it. Nothing before the meeting starts. */
export function AgendaItemActions({ editionId, item, outcome, now }: AgendaItemActionsProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<FormMessage | null>(null);
  const { mutateAsync: record, isPending } = useRecordMeetingOutcome(editionId);
  const needsConnection = useNeedsConnection();
  if (new Date(item.startsAt).getTime() > now.getTime() || item.status === 'cancelled') return null;

  const mark = async (status: 'held' | 'no_show') => {
    setMessage(null);
    try {
      await record({ meetingId: item.meetingId, body: { status } });
      if (status === 'held') setEditing(true);
    } catch (error) {
      setMessage(formMessageFor(error));
    }
  };

  if (editing) {
    return <OutcomeForm editionId={editionId} meetingId={item.meetingId} previous={outcome} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />;
  }

  return (
    <div className="agenda-actions no-print">
      {item.status === 'scheduled' ? (
        <>
          <button type="button" className="button button--primary button--small" disabled={isPending || needsConnection} onClick={() => void mark('held')}>
            {t('meetings.outcome.markHeld')}
          </button>
          <button type="button" className="button button--ghost button--small" disabled={isPending || needsConnection} onClick={() => void mark('no_show')}>
            {t('meetings.outcome.markNoShow')}
          </button>
        </>
      ) : null}
      {item.status === 'held' ? (
        <>
          {outcome ? <span className="agenda-actions__outcome">{t(`meetings.outcome.results.${outcome.result}`)}</span> : null}
          <button type="button" className="button button--ghost button--small" onClick={() => setEditing(true)}>
            {outcome ? t('meetings.outcome.edit') : t('meetings.outcome.record')}
          </button>
        </>
      ) : null}
      {item.status === 'scheduled' ? <NeedsConnectionNote /> : null}
      <FormMessageAlert message={message} />
    </div>
  );
}
