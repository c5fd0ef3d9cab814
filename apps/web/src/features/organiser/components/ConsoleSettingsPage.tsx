import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditionFrame } from '../../editions/components/EditionFrame';
import { MatchWeightsPanel } from '../../matching/components/MatchWeightsPanel';
import { ConsoleNav } from './ConsoleNav';
import { EditionSettingsForm } from './EditionSettingsForm';

/** Meeting windows, slot and break lengths, tables, the request cap and deadline, approval; and the matching weights (all editions). */
export function ConsoleSettingsPage() {
  const { t } = useTranslation();
  const { editionId = '' } = useParams();
  return (
    <EditionFrame section={t('meetings.console.settings.title')} nav={<ConsoleNav editionId={editionId} />} className="console">
      {(edition) => (
        <>
          <EditionSettingsForm key={edition.id} edition={edition} />
          <MatchWeightsPanel />
        </>
      )}
    </EditionFrame>
  );
}
