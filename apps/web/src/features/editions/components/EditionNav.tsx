import { useTranslation } from 'react-i18next';
import { TabNav } from '../../../components/TabNav';

/** The participant's pages of one edition. */
export function EditionNav({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const base = `/editions/${editionId}`;
  const links = [
    { to: base, label: t('meetings.nav.overview'), end: true },
    { to: `${base}/participants`, label: t('meetings.nav.participants') },
    { to: `${base}/requests`, label: t('meetings.nav.requests') },
    { to: `${base}/availability`, label: t('meetings.nav.availability') },
    { to: `${base}/agenda`, label: t('meetings.nav.agenda') },
  ];
  return <TabNav label={t('meetings.nav.label')} links={links} />;
}
