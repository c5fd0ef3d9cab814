import type { Edition } from '@serumpun/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadingState } from '../../../components/LoadingState';
import { EditionFrame } from '../../editions/components/EditionFrame';
import { ZoneNote } from '../../editions/components/ZoneNote';
import { useSlots } from '../../editions/hooks/useSlots';
import { useTables } from '../../editions/hooks/useTables';
import { useEditionMeetings } from '../../meetings/hooks/useEditionMeetings';
import { useEditionUnavailabilities } from '../hooks/useEditionUnavailabilities';
import { ConsoleNav } from './ConsoleNav';
import { SchedulePanel } from './SchedulePanel';
import { ScheduleGrid } from './ScheduleGrid';
import { LoadErrorState } from '../../../components/LoadErrorState';

function GridLoader({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const slots = useSlots(edition.id);
  const tables = useTables(edition.id);
  const meetings = useEditionMeetings(edition.id);
  // Hints only: when they fail to load, the grid still works and the server refuses a bad move.
  const unavailabilities = useEditionUnavailabilities(edition.id);
  // One "now" per visit, so cells do not flip between renders while someone is deciding.
  const [now] = useState(() => new Date());

  if (slots.isPending || tables.isPending || meetings.isPending) return <LoadingState />;
  if (slots.isError || tables.isError || meetings.isError) {
    return <LoadErrorState onRetry={() => Promise.all([slots.refetch(), tables.refetch(), meetings.refetch()])} />;
  }
  if (slots.data.length === 0 || tables.data.length === 0) return <p className="empty">{t('meetings.console.grid.noLayout')}</p>;

  const live = meetings.data.filter((meeting) => meeting.status !== 'cancelled');
  const placed = live.filter((meeting) => meeting.slotId).length;
  return (
    <>
      <p className="lead">{t('meetings.console.grid.lead')}</p>
      <ZoneNote timeZone={edition.timeZone} at={slots.data[0].startsAt} />
      <p className="schedule__stats">
        {t('meetings.console.grid.stats', { placed, unplaced: live.length - placed, cells: slots.data.length * tables.data.length })}
      </p>
      <SchedulePanel edition={edition} slots={slots.data} />
      <ScheduleGrid edition={edition} slots={slots.data} tables={tables.data} meetings={meetings.data} now={now} unavailableByUser={unavailabilities.data} />
    </>
  );
}

/** The organiser's schedule: slots × tables, with click-to-move. */
export function ConsoleGridPage() {
  const { t } = useTranslation();
  const { editionId = '' } = useParams();
  return (
    <EditionFrame section={t('meetings.console.grid.title')} nav={<ConsoleNav editionId={editionId} />} className="console">
      {(edition) => <GridLoader edition={edition} />}
    </EditionFrame>
  );
}
