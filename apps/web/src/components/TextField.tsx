import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldFrame, fieldDescription } from './FieldFrame';

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  ref?: Ref<HTMLInputElement>;
  /** Content placed inside the input row, after the input (e.g. a show-password button). */
  addon?: ReactNode;
}

export function TextField({ id, label, hint, error, addon, className, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <input id={id} className="field__input" aria-invalid={error ? true : undefined} aria-describedby={fieldDescription(id, hint, error)} {...inputProps} />
      {addon}
    </FieldFrame>
  );
}
