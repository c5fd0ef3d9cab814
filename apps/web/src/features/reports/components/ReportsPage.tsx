import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadErrorState } from '../../../components/LoadErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { SelectField } from '../../../components/SelectField';
import { useEditionsOverview } from '../hooks/useEditionsOverview';
import { defaultReportEdition } from '../report-format';
import { EditionReportView } from './EditionReportView';
import { EditionsOverviewSection } from './EditionsOverviewSection';

/** `/reports`: one edition's report (the latest that has started, unless another is chosen) and all editions side by side. */
export function ReportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { data: overview, isPending, isError, refetch } = useEditionsOverview();
  const editions = overview?.items.map((item) => item.edition) ?? [];
  const chosen = params.get('edition');
  const selected = editions.find((edition) => edition.id === chosen) ?? defaultReportEdition(editions);

  let body;
  if (isPending) body = <LoadingState />;
  else if (isError) body = <LoadErrorState onRetry={refetch} />;
  else if (!selected) body = <p className="empty">{t('reports.noEditions')}</p>;
  else {
    body = (
      <>
        <div className="report-picker no-print">
          <SelectField
            id="report-edition"
            label={t('reports.edition')}
            value={selected.id}
            onChange={(event) => setParams({ edition: event.target.value }, { replace: true })}
            options={editions.map((edition) => ({ value: edition.id, label: edition.name }))}
          />
        </div>
        <EditionReportView key={selected.id} editionId={selected.id} />
        <div className="no-print">
          <EditionsOverviewSection overview={overview} selectedId={selected.id} />
        </div>
      </>
    );
  }

  return (
    <section className="page reports-page">
      <p className="eyebrow no-print">
        <Link to="/">{t('nav.home')}</Link> / {t('reports.title')}
      </p>
      <PageTitle title={t('reports.title')}>{t('reports.title')}</PageTitle>
      <p className="lead no-print">{t('reports.lead')}</p>
      {body}
    </section>
  );
}
