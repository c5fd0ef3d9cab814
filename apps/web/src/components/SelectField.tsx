import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { FieldFrame, fieldDescription } from './FieldFrame';

export interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  id: string;
  label: ReactNode;
  /** The choices; or pass `<option>` children instead. */
  options?: readonly { value: string; label: string }[];
  /** The first, empty choice ("Choose…"), for a field that has no default. */
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** A native select: on phones it opens the system picker, which beats any custom menu there. */
export function SelectField({ id, label, options, placeholder, hint, error, className, children, ...selectProps }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select id={id} className="field__input field__select" aria-invalid={error ? true : undefined} aria-describedby={fieldDescription(id, hint, error)} {...selectProps}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </FieldFrame>
  );
}
