import type { User } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { EditionsSection } from '../../editions/components/EditionsSection';
import { HomeHero } from './HomeHero';
import { TeaserCard } from './TeaserCard';

type ParticipantRole = 'investor' | 'business';
type TeaserKey = 'matches' | 'opportunities' | 'profile';

// What each side came to do first: an investor looks at matches, a business manages its proposals.
const TEASERS: Record<ParticipantRole, ReadonlyArray<{ key: TeaserKey; to: string }>> = {
  investor: [
    { key: 'matches', to: '/matches' },
    { key: 'opportunities', to: '/opportunities' },
    { key: 'profile', to: '/profile' },
  ],
  business: [
    { key: 'opportunities', to: '/my/opportunities' },
    { key: 'matches', to: '/matches' },
    { key: 'profile', to: '/profile' },
  ],
};

/** The home page of an investor or a business: next steps for their side, then the editions. */
export function ParticipantHome({ user, role }: { user: User; role: ParticipantRole }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <HomeHero user={user} lead={t(`home.${role}.lead`)} />
      <section className="section" aria-labelledby={`${role}-next-title`}>
        <h2 id={`${role}-next-title`} className="section__title">
          {t('home.nextSteps')}
        </h2>
        <div className="teasers">
          {TEASERS[role].map(({ key, to }) => (
            <TeaserCard key={key} title={t(`home.${role}.${key}Title`)} body={t(`home.${role}.${key}Body`)} to={to} action={t(`home.${role}.${key}Action`)} />
          ))}
          <TeaserCard title={t('meetings.home.title')} body={t('meetings.home.body')} to="/meetings" action={t('meetings.home.action')} />
        </div>
      </section>
      <EditionsSection />
    </div>
  );
}
