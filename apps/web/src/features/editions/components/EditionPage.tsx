import type { Edition } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ConsoleLinks } from '../../organiser/components/ConsoleLinks';
import { formatEditionDates, regionName, timeZoneLabel } from '../edition-dates';
import { EditionFrame } from './EditionFrame';
import { EditionNav } from './EditionNav';
import { MeetingWindows } from './MeetingWindows';
import { RegistrationPanel } from './RegistrationPanel';
import { SuggestedMeetingsSection } from '../../matching/components/SuggestedMeetingsSection';

function EditionFacts({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div>
        <dt>{t('editions.dates')}</dt>
        <dd>{formatEditionDates(edition, currentLocale())}</dd>
      </div>
      <div>
        <dt>{t('editions.venue')}</dt>
        <dd>
          {edition.venue}, {edition.city}
        </dd>
      </div>
      <div>
        <dt>{t('editions.region')}</dt>
        <dd>{regionName(edition.regionCode, currentLocale())}</dd>
      </div>
      <div>
        <dt>{t('editions.timeZoneLabel')}</dt>
        <dd>
          {timeZoneLabel(edition.timeZone)} ({edition.timeZone})
        </dd>
      </div>
    </dl>
  );
}

/** An edition: where and when, its meeting windows, and the way in (registration or the console). */
export function EditionPage() {
  const user = useCurrentUser();
  const isOrganiser = user.role === 'organiser';
  return (
    <EditionFrame>
      {(edition) => (
        <>
          {isOrganiser ? null : <EditionNav editionId={edition.id} />}
          <EditionFacts edition={edition} />
          {isOrganiser ? <ConsoleLinks editionId={edition.id} /> : <RegistrationPanel edition={edition} role={user.role} />}
          {isOrganiser ? null : <SuggestedMeetingsSection edition={edition} />}
          <MeetingWindows edition={edition} />
        </>
      )}
    </EditionFrame>
  );
}
