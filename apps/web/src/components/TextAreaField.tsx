import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { FieldFrame, fieldDescription } from './FieldFrame';

export interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line input with a hint and an error tied to it, like TextField. */
export function TextAreaField({ id, label, hint, error, className, rows = 4, ...areaProps }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <textarea id={id} rows={rows} className="field__input field__textarea" aria-invalid={error ? true : undefined} aria-describedby={fieldDescription(id, hint, error)} {...areaProps} />
    </FieldFrame>
  );
}
