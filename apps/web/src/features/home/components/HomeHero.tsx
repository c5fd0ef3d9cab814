import type { User } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';

export function HomeHero({ user, lead }: { user: User; lead: string }) {
  const { t } = useTranslation();
  const welcome = t('home.welcome', { name: user.fullName });
  return (
    <div className="hero">
      <p className="eyebrow">
        <span className="badge">{t(`roles.${user.role}`)}</span> {t('app.event')}
      </p>
      <PageTitle title={t('home.title')}>{welcome}</PageTitle>
      <p className="lead">{lead}</p>
    </div>
  );
}
