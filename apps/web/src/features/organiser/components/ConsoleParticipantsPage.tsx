import { findCountry, label, localTimeInZone, type Edition, type Participant } from '@serumpun/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { LoadingState } from '../../../components/LoadingState';
import { TextField } from '../../../components/TextField';
import { currentLocale } from '../../../i18n/i18n';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { EditionFrame } from '../../editions/components/EditionFrame';
import { useParticipants } from '../../editions/hooks/useParticipants';
import { SelectField } from '../../../components/SelectField';
import { useApproveRegistration } from '../hooks/useApproveRegistration';
import { useCheckInParticipant } from '../hooks/useCheckInParticipant';
import { ConsoleNav } from './ConsoleNav';
import { LoadErrorState } from '../../../components/LoadErrorState';

function CheckInButton({ edition, participant, onError }: { edition: Edition; participant: Participant; onError: (message: FormMessage) => void }) {
  const { t } = useTranslation();
  const { mutateAsync: checkIn, isPending } = useCheckInParticipant(edition.id);
  const checkedIn = participant.checkedInAt !== null;
  const time = checkedIn ? localTimeInZone(new Date(participant.checkedInAt!), edition.timeZone) : '';
  return (
    <button
      type="button"
      className={`check-in${checkedIn ? ' check-in--done' : ''}`}
      aria-pressed={checkedIn}
      aria-label={checkedIn ? t('meetings.console.participants.checkedInLabel', { name: participant.fullName, time }) : t('meetings.console.participants.checkInLabel', { name: participant.fullName })}
      // The API records the first arrival only; there is nothing to undo at the door.
      disabled={isPending || checkedIn || participant.status !== 'approved'}
      onClick={async () => {
        try {
          await checkIn(participant.userId);
        } catch (error) {
          onError(formMessageFor(error));
        }
      }}
    >
      <span className="check-in__box" aria-hidden="true">
        {checkedIn ? '✓' : ''}
      </span>
      {checkedIn ? t('meetings.console.participants.checkedIn', { time }) : t('meetings.console.participants.checkIn')}
    </button>
  );
}

function ParticipantsTable({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const [message, setMessage] = useState<FormMessage | null>(null);
  const { data, isPending, isError, refetch } = useParticipants(edition.id, { status: status === 'pending' || status === 'approved' ? status : undefined });
  const approve = useApproveRegistration(edition.id);

  if (isPending) return <LoadingState />;
  if (isError) {
    return <LoadErrorState onRetry={refetch} />;
  }
  const needle = q.trim().toLocaleLowerCase();
  // Typing at the door must not wait for the network: the list is filtered here.
  const rows = data.filter((p) => !needle || `${p.fullName} ${p.organisation ?? ''}`.toLocaleLowerCase().includes(needle));
  const approved = data.filter((p) => p.status === 'approved');
  const arrived = approved.filter((p) => p.checkedInAt !== null).length;

  return (
    <>
      <div className="console-filters">
        <TextField id="console-participants-q" type="search" label={t('meetings.participants.search')} value={q} onChange={(event) => setQ(event.target.value)} />
        <SelectField id="console-participants-status" label={t('meetings.console.participants.status')} value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">{t('meetings.console.participants.allStatuses')}</option>
          <option value="approved">{t('meetings.registrationStatus.approved')}</option>
          <option value="pending">{t('meetings.registrationStatus.pending')}</option>
        </SelectField>
      </div>
      <p className="muted" aria-live="polite">
        {t('meetings.console.participants.arrived', { arrived, count: approved.length })}
      </p>
      <FormMessageAlert message={message} />
      {rows.length === 0 ? (
        <p className="empty">{t('meetings.participants.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('meetings.console.participants.name')}</th>
                <th scope="col">{t('meetings.participants.role')}</th>
                <th scope="col">{t('meetings.participants.country')}</th>
                <th scope="col">{t('meetings.console.participants.status')}</th>
                <th scope="col">{t('meetings.console.participants.arrival')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => {
                const country = p.countryCode ? findCountry(p.countryCode) : undefined;
                return (
                  <tr key={p.userId}>
                    <td data-label={t('meetings.console.participants.name')}>
                      <strong>{p.fullName}</strong>
                      {p.organisation ? <span className="data-table__sub">{p.organisation}</span> : null}
                    </td>
                    <td data-label={t('meetings.participants.role')}>{t(`roles.${p.role}`)}</td>
                    <td data-label={t('meetings.participants.country')}>{country ? label(country, locale) : '—'}</td>
                    <td data-label={t('meetings.console.participants.status')}>
                      {p.status === 'pending' ? (
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          disabled={approve.isPending}
                          aria-label={t('meetings.console.participants.approveLabel', { name: p.fullName })}
                          onClick={async () => {
                            try {
                              await approve.mutateAsync(p.userId);
                            } catch (error) {
                              setMessage(formMessageFor(error));
                            }
                          }}
                        >
                          {t('meetings.console.participants.approve')}
                        </button>
                      ) : (
                        <span className="badge badge--success">{t('meetings.registrationStatus.approved')}</span>
                      )}
                    </td>
                    <td data-label={t('meetings.console.participants.arrival')}>
                      <CheckInButton edition={edition} participant={p} onError={setMessage} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">
        <Link to={`/editions/${edition.id}/participants`}>{t('meetings.console.participants.directory')}</Link>
      </p>
    </>
  );
}

/** Who is registered, approving those who wait, and check-in at the door. */
export function ConsoleParticipantsPage() {
  const { t } = useTranslation();
  const { editionId = '' } = useParams();
  return (
    <EditionFrame section={t('meetings.console.participants.title')} nav={<ConsoleNav editionId={editionId} />} className="console">
      {(edition) => <ParticipantsTable edition={edition} />}
    </EditionFrame>
  );
}
