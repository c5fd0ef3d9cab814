import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "… is hidden from your matches. Undo". The dismissed card (and the button that was focused) is
 * gone, so focus moves to "Undo": a keyboard user lands on the one thing they may want next.
 */
export function DismissedNotice({ title, undoing, onUndo }: { title: string; undoing: boolean; onUndo: () => void }) {
  const { t } = useTranslation();
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
  }, []);
  return (
    <div className="alert alert--info match-undo" role="status">
      <span>{t('matching.dismissed.notice', { title })}</span>
      <button ref={undo} type="button" className="button button--ghost button--small" disabled={undoing} onClick={onUndo}>
        {t('matching.dismissed.undo')}
      </button>
    </div>
  );
}
