import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A form-level message. An error takes focus when it appears so keyboard and screen-reader users
 * land on it; give it a `key` that changes with the message to announce a new one.
 */
export function FormAlert({ children, tone = 'error' }: { children: ReactNode; tone?: 'error' | 'info' }) {
  const ref = useRef<HTMLDivElement>(null);
  const takesFocus = tone === 'error';
  // Depends on the tone only, not the children: refocusing on every render would pull focus out
  // of the form while the person types.
  useEffect(() => {
    if (takesFocus) ref.current?.focus();
  }, [takesFocus]);
  return (
    <div ref={ref} className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'} tabIndex={-1}>
      {children}
    </div>
  );
}
