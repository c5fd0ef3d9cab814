import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditionFrame } from '../../editions/components/EditionFrame';
import { ConsoleNav } from '../../organiser/components/ConsoleNav';
import { EditionReportView } from './EditionReportView';

/** The report as a tab of the edition's organiser console. */
export function ConsoleReportsPage() {
  const { t } = useTranslation();
  const { editionId = '' } = useParams();
  return (
    <EditionFrame section={t('reports.consoleTab')} nav={<ConsoleNav editionId={editionId} />} className="console reports-page">
      {(edition) => <EditionReportView editionId={edition.id} />}
    </EditionFrame>
  );
}
