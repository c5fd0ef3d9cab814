import type { ReactNode, Ref } from 'react';

export interface CheckboxGroupProps {
  id: string;
  legend: ReactNode;
  options: readonly { value: string; label: string; hint?: string }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  hint?: ReactNode;
  error?: string;
  /** Receives the first checkbox, so a validation error can move focus to the group. */
  inputRef?: Ref<HTMLInputElement>;
}

/** Several choices out of a short list (instruments, stages, languages): all visible, one tap each. */
export function CheckboxGroup({ id, legend, options, value, onChange, onBlur, hint, error, inputRef }: CheckboxGroupProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const chosen = new Set(value);
  return (
    <fieldset className={['field', 'choices', error ? 'field--invalid' : null].filter(Boolean).join(' ')} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="choices__list">
        {options.map((option, index) => {
          const optionId = `${id}-${option.value}`;
          return (
            <label key={option.value} className="choice" htmlFor={optionId}>
              <input
                id={optionId}
                ref={index === 0 ? inputRef : undefined}
                type="checkbox"
                className="choice__input"
                value={option.value}
                checked={chosen.has(option.value)}
                aria-invalid={error ? true : undefined}
                onBlur={onBlur}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? // Keeps the list's own order, whatever order they were ticked in.
                        options.filter((o) => o.value === option.value || chosen.has(o.value)).map((o) => o.value)
                      : value.filter((v) => v !== option.value),
                  )
                }
              />
              <span className="choice__text">
                {option.label}
                {option.hint ? <span className="choice__hint">{option.hint}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
