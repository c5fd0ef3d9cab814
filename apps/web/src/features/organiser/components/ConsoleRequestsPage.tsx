import { MEETING_REQUEST_STATUSES, type Edition, type MeetingRequestStatus } from '@serumpun/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadingState } from '../../../components/LoadingState';
import { currentLocale } from '../../../i18n/i18n';
import { EditionFrame } from '../../editions/components/EditionFrame';
import { formatInstant } from '../../editions/slot-time';
import { OpportunityTitle } from '../../meetings/components/OpportunityTitle';
import { RequestStatusBadge } from '../../meetings/components/RequestStatusBadge';
import { SelectField } from '../../../components/SelectField';
import { useMeetingRequests } from '../../meetings/hooks/useMeetingRequests';
import { ConsoleNav } from './ConsoleNav';
import { LoadErrorState } from '../../../components/LoadErrorState';

function isStatus(value: string): value is MeetingRequestStatus {
  return (MEETING_REQUEST_STATUSES as readonly string[]).includes(value);
}

function RequestsTable({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const { data, isPending, isError, refetch } = useMeetingRequests({ edition: edition.id, status: isStatus(status) ? status : undefined });

  let body;
  if (isPending) body = <LoadingState />;
  else if (isError) {
    body = <LoadErrorState onRetry={refetch} />;
  } else if (data.length === 0) body = <p className="empty">{t('meetings.console.requests.none')}</p>;
  else {
    body = (
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('meetings.console.requests.from')}</th>
              <th scope="col">{t('meetings.console.requests.to')}</th>
              <th scope="col">{t('meetings.agenda.opportunity')}</th>
              <th scope="col">{t('meetings.console.requests.sent')}</th>
              <th scope="col">{t('meetings.agenda.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((request) => (
              <tr key={request.id}>
                <td data-label={t('meetings.console.requests.from')}>
                  <strong>{request.from.fullName}</strong>
                  <span className="data-table__sub">{t(`roles.${request.from.role === 'investor' ? 'investor' : 'business'}`)}</span>
                </td>
                <td data-label={t('meetings.console.requests.to')}>
                  <strong>{request.to.fullName}</strong>
                  <span className="data-table__sub">{t(`roles.${request.to.role === 'investor' ? 'investor' : 'business'}`)}</span>
                </td>
                <td data-label={t('meetings.agenda.opportunity')}>{request.opportunityId ? <OpportunityTitle id={request.opportunityId} /> : '—'}</td>
                <td data-label={t('meetings.console.requests.sent')}>{formatInstant(request.createdAt, edition.timeZone, currentLocale())}</td>
                <td data-label={t('meetings.agenda.status')}>
                  <RequestStatusBadge status={request.status} />
                  {request.declineReason ? <span className="data-table__sub">{request.declineReason}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <>
      <div className="console-filters">
        <SelectField id="console-requests-status" label={t('meetings.agenda.status')} value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">{t('meetings.console.participants.allStatuses')}</option>
          {MEETING_REQUEST_STATUSES.map((code) => (
            <option key={code} value={code}>
              {t(`meetings.requestStatus.${code}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {data ? (
        <p className="muted" aria-live="polite">
          {t('meetings.console.requests.count', { count: data.length })}
        </p>
      ) : null}
      {body}
    </>
  );
}

/** Every meeting request of the edition, for the organisers' overview. */
export function ConsoleRequestsPage() {
  const { t } = useTranslation();
  const { editionId = '' } = useParams();
  return (
    <EditionFrame section={t('meetings.console.requests.title')} nav={<ConsoleNav editionId={editionId} />} className="console">
      {(edition) => <RequestsTable edition={edition} />}
    </EditionFrame>
  );
}
