import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { EditionFrame } from '../../editions/components/EditionFrame';
import { MatchWeightsPanel } from '../../matching/components/MatchWeightsPanel';
import { ConsoleNav } from './ConsoleNav';
import { EditionSettingsForm } from './EditionSettingsForm';
import type { EditionCreatedState } from './NewEditionForm';

/** Meeting windows, slot and break lengths, tables, the request cap and deadline, approval; and the matching weights (all editions). */
export function ConsoleSettingsPage() {
  const { t } = useTranslation();
  const { editionId = '' } = useParams();
  // A new edition lands here: its remaining settings (cap, deadline, approval) are on this tab.
  const created = (useLocation().state as EditionCreatedState | null)?.createdEdition;
  return (
    <EditionFrame section={t('meetings.console.settings.title')} nav={<ConsoleNav editionId={editionId} />} className="console">
      {(edition) => (
        <>
          {created ? <FormAlert tone="info">{t('editions.create.created', { name: created })}</FormAlert> : null}
          <EditionSettingsForm key={edition.id} edition={edition} />
          <MatchWeightsPanel />
        </>
      )}
    </EditionFrame>
  );
}
