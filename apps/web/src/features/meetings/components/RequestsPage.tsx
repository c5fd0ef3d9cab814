import type { Edition, MeetingRequest, MeetingRequestStatus, User } from '@serumpun/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { LoadingState } from '../../../components/LoadingState';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { EditionFrame } from '../../editions/components/EditionFrame';
import { EditionNav } from '../../editions/components/EditionNav';
import { RequireRegistration } from '../../editions/components/RequireRegistration';
import { useSlots } from '../../editions/hooks/useSlots';
import { useMeetingRequests } from '../hooks/useMeetingRequests';
import { RequestCard } from './RequestCard';
import { LoadErrorState } from '../../../components/LoadErrorState';

type Direction = 'incoming' | 'outgoing';

const ORDER: Record<MeetingRequestStatus, number> = { pending: 0, accepted: 1, declined: 2, expired: 3, cancelled: 4 };

/** Open requests first, then the answered ones, newest first within each. */
function inboxOrder(a: MeetingRequest, b: MeetingRequest): number {
  return ORDER[a.status] - ORDER[b.status] || b.createdAt.localeCompare(a.createdAt);
}

function Inbox({ edition, viewer }: { edition: Edition; viewer: User }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const direction: Direction = params.get('tab') === 'outgoing' ? 'outgoing' : 'incoming';
  const { data: requests, isPending, isError, refetch } = useMeetingRequests({ edition: edition.id });
  const { data: slots } = useSlots(edition.id);
  const [notice, setNotice] = useState<string | null>(null);
  const slotsById = useMemo(() => new Map((slots ?? []).map((slot) => [slot.id, slot])), [slots]);

  const split = useMemo(() => {
    const incoming = (requests ?? []).filter((r) => r.toUserId === viewer.id).sort(inboxOrder);
    const outgoing = (requests ?? []).filter((r) => r.fromUserId === viewer.id).sort(inboxOrder);
    return { incoming, outgoing };
  }, [requests, viewer.id]);

  const tab = (name: Direction) => {
    const open = split[name].filter((r) => r.status === 'pending').length;
    return (
      <button
        type="button"
        role="tab"
        id={`tab-${name}`}
        aria-selected={direction === name}
        aria-controls={`panel-${name}`}
        className="segmented__tab"
        onClick={() => {
          setNotice(null);
          setParams(name === 'incoming' ? {} : { tab: name }, { replace: true });
        }}
      >
        {t(`meetings.inbox.${name}`)}
        {open > 0 ? <span className="segmented__count">{open}</span> : null}
      </button>
    );
  };

  let body;
  if (isPending) body = <LoadingState />;
  else if (isError) {
    body = <LoadErrorState onRetry={refetch} />;
  } else if (split[direction].length === 0) {
    body = <p className="empty">{t(direction === 'incoming' ? 'meetings.inbox.noneIncoming' : 'meetings.inbox.noneOutgoing')}</p>;
  } else {
    body = (
      <ul className="requests">
        {split[direction].map((request) => (
          <RequestCard key={request.id} edition={edition} request={request} direction={direction} slotsById={slotsById} onAnswered={setNotice} />
        ))}
      </ul>
    );
  }

  return (
    <>
      <div className="segmented" role="tablist" aria-label={t('meetings.inbox.title')}>
        {tab('incoming')}
        {tab('outgoing')}
      </div>
      {notice ? (
        <FormAlert key={notice} tone="info">
          {notice}
        </FormAlert>
      ) : null}
      <div role="tabpanel" id={`panel-${direction}`} aria-labelledby={`tab-${direction}`} className="segmented__panel">
        {body}
      </div>
    </>
  );
}

/** A participant's meeting requests at an edition: the ones they received and the ones they sent. */
export function RequestsPage() {
  const { t } = useTranslation();
  const viewer = useCurrentUser();
  const { editionId = '' } = useParams();
  return (
    <EditionFrame section={t('meetings.inbox.title')} nav={<EditionNav editionId={editionId} />}>
      {(edition) => <RequireRegistration editionId={edition.id}>{() => <Inbox edition={edition} viewer={viewer} />}</RequireRegistration>}
    </EditionFrame>
  );
}
