import type { User } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../hooks/useLogout';

/** "Siti Rahmawati" → "SR"; words that start with anything but a letter ("(PT)", "&") are skipped. */
function initials(fullName: string): string {
  const words = fullName.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1][0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

/** Who is signed in, in what role, and the way out. */
export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const { mutate: logout, isPending } = useLogout();
  return (
    <div className="user-menu">
      <span className="user-menu__avatar" aria-hidden="true">
        {initials(user.fullName)}
      </span>
      <span className="user-menu__who">
        <span className="user-menu__name">{user.fullName}</span>
        <span className="user-menu__role">{t(`roles.${user.role}`)}</span>
      </span>
      <button type="button" className="button button--ghost button--small" onClick={() => logout()} disabled={isPending}>
        {t('header.signOut')}
      </button>
    </div>
  );
}
