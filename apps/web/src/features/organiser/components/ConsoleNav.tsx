import { useTranslation } from 'react-i18next';
import { TabNav } from '../../../components/TabNav';

/** The organiser's console of one edition: the grid, the people, the requests, the settings, the report. */
export function ConsoleNav({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const base = `/editions/${editionId}/console`;
  const links = [
    { to: base, label: t('meetings.console.nav.grid'), end: true },
    { to: `${base}/participants`, label: t('meetings.console.nav.participants') },
    { to: `${base}/requests`, label: t('meetings.console.nav.requests') },
    { to: `${base}/settings`, label: t('meetings.console.nav.settings') },
    { to: `${base}/reports`, label: t('reports.consoleTab') },
  ];
  return <TabNav label={t('meetings.console.nav.label')} links={links} />;
}
