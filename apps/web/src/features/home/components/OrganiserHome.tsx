import type { User } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { EditionsSection } from '../../editions/components/EditionsSection';
import { HomeHero } from './HomeHero';
import { TeaserCard } from './TeaserCard';

export function OrganiserHome({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <HomeHero user={user} lead={t('home.organiser.lead')} />
      <section className="section" aria-labelledby="organiser-console-title">
        <h2 id="organiser-console-title" className="section__title">
          {t('home.organiser.consoleTitle')}
        </h2>
        <div className="teasers">
          <TeaserCard
            title={t('home.organiser.editionsTitle')}
            body={t('home.organiser.editionsBody')}
            to="/editions"
            action={t('home.organiser.editionsAction')}
          />
          <TeaserCard
            title={t('home.organiser.scheduleTitle')}
            body={t('home.organiser.scheduleBody')}
            to="/editions"
            action={t('home.organiser.scheduleAction')}
          />
          <TeaserCard
            title={t('home.organiser.reportsTitle')}
            body={t('home.organiser.reportsBody')}
            to="/reports"
            action={t('home.organiser.reportsAction')}
          />
        </div>
      </section>
      <EditionsSection />
    </div>
  );
}
