import { isCountryCode, isSectorCode, type Edition, type MeetingRequestStatus, type Participant, type Registration, type User } from '@serumpun/shared';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { LoadingState } from '../../../components/LoadingState';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { RequestMeetingDialog } from '../../meetings/components/RequestMeetingDialog';
import { useMeetingRequests } from '../../meetings/hooks/useMeetingRequests';
import { ConsoleNav } from '../../organiser/components/ConsoleNav';
import type { ParticipantFilters as ApiFilters } from '../api/list-participants';
import { useParticipants } from '../hooks/useParticipants';
import { EditionFrame } from './EditionFrame';
import { EditionNav } from './EditionNav';
import { ParticipantCard } from './ParticipantCard';
import { ParticipantFilters, type DirectoryFilters } from './ParticipantFilters';
import { RequireRegistration } from './RequireRegistration';
import { LoadErrorState } from '../../../components/LoadErrorState';

// The request that says most about two people: an open one, then an agreed one, then the latest.
const STATUS_WEIGHT: Record<MeetingRequestStatus, number> = { pending: 4, accepted: 3, declined: 2, expired: 1, cancelled: 0 };

function useFiltersFromAddress(viewer: User): [DirectoryFilters, (next: DirectoryFilters) => void] {
  const [params, setParams] = useSearchParams();
  // Investors come to find businesses and businesses investors: that is the list they start on.
  const counterpart = viewer.role === 'investor' ? 'business' : viewer.role === 'business' ? 'investor' : 'all';
  const filters = useMemo<DirectoryFilters>(
    () => ({ role: params.get('role') ?? counterpart, sector: params.get('sector') ?? '', country: params.get('country') ?? '', q: params.get('q') ?? '' }),
    [params, counterpart],
  );
  const setFilters = useCallback(
    (next: DirectoryFilters) => {
      const search = new URLSearchParams();
      if (next.role !== counterpart) search.set('role', next.role);
      if (next.sector) search.set('sector', next.sector);
      if (next.country) search.set('country', next.country);
      if (next.q.trim()) search.set('q', next.q.trim());
      setParams(search, { replace: true });
    },
    [setParams, counterpart],
  );
  return [filters, setFilters];
}

function toApiFilters(filters: DirectoryFilters): ApiFilters {
  return {
    role: filters.role === 'investor' || filters.role === 'business' ? filters.role : undefined,
    sector: isSectorCode(filters.sector) ? filters.sector : undefined,
    country: isCountryCode(filters.country) ? filters.country : undefined,
    q: filters.q.trim() || undefined,
  };
}

function Directory({ edition, viewer, registration }: { edition: Edition; viewer: User; registration: Registration | null }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useFiltersFromAddress(viewer);
  const { data: participants, isPending, isError, isFetching, refetch } = useParticipants(edition.id, toApiFilters(filters));
  const canRequest = viewer.role !== 'organiser';
  const requests = useMeetingRequests({ edition: edition.id }, canRequest);
  const [recipient, setRecipient] = useState<Participant | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const statusWith = useMemo(() => {
    const byPerson = new Map<string, MeetingRequestStatus>();
    for (const request of requests.data ?? []) {
      const other = request.fromUserId === viewer.id ? request.toUserId : request.fromUserId;
      const known = byPerson.get(other);
      if (!known || STATUS_WEIGHT[request.status] > STATUS_WEIGHT[known]) byPerson.set(other, request.status);
    }
    return byPerson;
  }, [requests.data, viewer.id]);

  const opportunitiesFor = (person: Participant) => [
    ...(person.role === 'business' ? person.opportunities.map((o) => ({ id: o.id, title: o.title })) : []),
    ...(viewer.role === 'business' ? (registration?.opportunityIds ?? []).map((id) => ({ id, title: null })) : []),
  ];

  let list;
  if (isPending) list = <LoadingState />;
  else if (isError) {
    list = <LoadErrorState onRetry={refetch} />;
  } else if (participants.length === 0) {
    list = <p className="empty">{t('meetings.participants.none')}</p>;
  } else {
    list = (
      <ul className="participants" aria-busy={isFetching}>
        {participants.map((person) => (
          <ParticipantCard
            key={person.userId}
            participant={person}
            requestStatus={statusWith.get(person.userId) ?? null}
            onRequest={canRequest && person.userId !== viewer.id && person.role !== 'organiser' ? () => setRecipient(person) : undefined}
          />
        ))}
      </ul>
    );
  }

  return (
    <>
      <p className="lead">{t('meetings.participants.lead')}</p>
      <ParticipantFilters value={filters} onChange={setFilters} />
      {sentTo ? (
        <FormAlert key={sentTo} tone="info">
          {t('meetings.request.sent', { name: sentTo })}
        </FormAlert>
      ) : null}
      <p className="muted participants__count" aria-live="polite">
        {participants ? t('meetings.participants.count', { count: participants.length }) : null}
      </p>
      {list}
      {recipient ? (
        <RequestMeetingDialog
          edition={edition}
          recipient={recipient}
          opportunities={opportunitiesFor(recipient)}
          onClose={() => setRecipient(null)}
          onSent={(person) => {
            setRecipient(null);
            setSentTo(person.fullName);
          }}
        />
      ) : null}
    </>
  );
}

/** The participant directory of an edition, with "request a meeting" on each card. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const viewer = useCurrentUser();
  const isOrganiser = viewer.role === 'organiser';
  const { editionId = '' } = useParams();
  return (
    <EditionFrame
      section={t('meetings.participants.title')}
      nav={isOrganiser ? <ConsoleNav editionId={editionId} /> : <EditionNav editionId={editionId} />}
    >
      {(edition) =>
        isOrganiser ? (
          <Directory edition={edition} viewer={viewer} registration={null} />
        ) : (
          <RequireRegistration editionId={edition.id}>{(registration) => <Directory edition={edition} viewer={viewer} registration={registration} />}</RequireRegistration>
        )
      }
    </EditionFrame>
  );
}

