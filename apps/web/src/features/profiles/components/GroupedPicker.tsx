import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickerOption {
  value: string;
  /** What the option says, in the interface language. */
  label: string;
  /** Shown before the label in a quieter type: `C10`, `ID-KB`. */
  code?: string;
  /** More words that find this option (codes, capitals, the other levels' names). */
  keywords?: string;
  /** How the option reads as a chip once chosen; the label by default. */
  chip?: string;
}

export interface PickerGroup {
  id: string;
  label: string;
  /** A level above the group (a country above its island groups), shown once where it changes. */
  heading?: string;
  options: PickerOption[];
}

export interface GroupedPickerProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  groups: readonly PickerGroup[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  multiple?: boolean;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  disabled?: boolean;
}

/** Lower case without diacritics, so "sumatera" finds "Sumatera" and "peche" finds "pêche". */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

interface VisibleGroup extends PickerGroup {
  showHeading: boolean;
}

/**
 * A searchable, grouped choice (WAI-ARIA combobox with a listbox): type to filter across labels and
 * codes, arrow keys to move, Enter to choose, Escape to close; chosen values show as removable chips.
 * The list opens inline below the field rather than floating, which keeps it usable on a phone.
 */
export function GroupedPicker({
  id,
  label,
  hint,
  error,
  groups,
  value,
  onChange,
  onBlur,
  multiple = false,
  placeholder,
  inputRef,
  disabled,
}: GroupedPickerProps) {
  const { t } = useTranslation();
  const uid = useId();
  const listId = `${id}-listbox`;
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const containerRef = useRef<HTMLDivElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // On a phone the list may open below the fold (or under the keyboard): bring it into view.
    if (open) popupRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);

  const searchable = useMemo(
    () =>
      groups.map((group) => ({
        group,
        options: group.options.map((option) => ({
          option,
          text: normaliseSearchText([option.code, option.label, option.keywords, group.label, group.heading].filter(Boolean).join(' ')),
        })),
      })),
    [groups],
  );

  const visible = useMemo<VisibleGroup[]>(() => {
    const words = normaliseSearchText(query).split(/\s+/).filter(Boolean);
    const matched = searchable
      .map(({ group, options }) => ({
        ...group,
        options: options.filter(({ text }) => words.every((word) => text.includes(word))).map(({ option }) => option),
        showHeading: false,
      }))
      .filter((group) => group.options.length > 0);
    return matched.map((group, index) => ({ ...group, showHeading: Boolean(group.heading) && group.heading !== matched[index - 1]?.heading }));
  }, [searchable, query]);

  const flat = useMemo(() => visible.flatMap((group) => group.options), [visible]);
  const byValue = useMemo(() => new Map(groups.flatMap((group) => group.options.map((option) => [option.value, option]))), [groups]);
  const selected = new Set(value);
  const activeOption = open ? flat[Math.min(active, flat.length - 1)] : undefined;
  const optionId = (optionValue: string) => `${id}-option-${optionValue}`;

  useEffect(() => {
    if (!activeOption) return;
    // Keeps the highlighted option in view while arrowing through a long list (not in jsdom).
    document.getElementById(`${id}-option-${activeOption.value}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeOption, id]);

  function choose(optionValue: string) {
    if (multiple) {
      onChange(selected.has(optionValue) ? value.filter((v) => v !== optionValue) : [...value, optionValue]);
    } else {
      onChange([optionValue]);
      setQuery('');
      setOpen(false);
    }
  }

  function remove(optionValue: string) {
    onChange(value.filter((v) => v !== optionValue));
  }

  function openAt(index: number) {
    setOpen(true);
    setActive(Math.max(0, Math.min(index, flat.length - 1)));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) openAt(0);
        else setActive((index) => Math.min(index + 1, flat.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) openAt(flat.length - 1);
        else setActive((index) => Math.max(index - 1, 0));
        break;
      case 'Home':
        if (open) {
          event.preventDefault();
          setActive(0);
        }
        break;
      case 'End':
        if (open) {
          event.preventDefault();
          setActive(flat.length - 1);
        }
        break;
      case 'Enter':
        if (open && activeOption) {
          // Choosing, not submitting the form around the picker.
          event.preventDefault();
          choose(activeOption.value);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
      case 'Backspace':
        if (!query && multiple && value.length > 0) remove(value[value.length - 1]);
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  }

  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const chipsLabel = t('marketplace.picker.chosen');

  return (
    <div
      ref={containerRef}
      className={['field', 'picker', error ? 'field--invalid' : null].filter(Boolean).join(' ')}
      onBlur={(event) => {
        if (containerRef.current?.contains(event.relatedTarget as Node | null)) return;
        setOpen(false);
        onBlur?.();
      }}
    >
      <label id={labelId} className="field__label" htmlFor={id}>
        {label}
      </label>
      <span id={`${id}-chips-label`} hidden>
        {chipsLabel}
      </span>
      {value.length > 0 ? (
        <ul className="chips" aria-labelledby={`${id}-chips-label ${labelId}`}>
          {value.map((chosen) => {
            const option = byValue.get(chosen);
            const text = option?.chip ?? (option ? [option.code, option.label].filter(Boolean).join(' ') : chosen);
            return (
              <li key={chosen} className="chip">
                <span className="chip__text">{text}</span>
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={t('marketplace.picker.remove', { item: text })}
                  onClick={() => remove(chosen)}
                  disabled={disabled}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="field__control picker__control">
        <input
          id={id}
          ref={inputRef}
          className="field__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? optionId(activeOption.value) : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          placeholder={placeholder ?? t('marketplace.picker.placeholder')}
          value={query}
          disabled={disabled}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="field__addon picker__toggle"
          tabIndex={-1}
          aria-label={open ? t('marketplace.picker.close') : t('marketplace.picker.open')}
          aria-controls={listId}
          aria-expanded={open}
          disabled={disabled}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            setOpen((isOpen) => !isOpen);
            (document.getElementById(id) as HTMLInputElement | null)?.focus();
          }}
        >
          <svg viewBox="0 0 10 6" width="12" height="8" aria-hidden="true">
            <path d={open ? 'M1 5l4-4 4 4' : 'M1 1l4 4 4-4'} fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
        </button>
      </div>
      <div ref={popupRef} className="picker__popup" hidden={!open}>
        {open && flat.length === 0 ? <p className="picker__empty">{t('marketplace.picker.noMatch', { query })}</p> : null}
        <div id={listId} role="listbox" aria-labelledby={labelId} aria-multiselectable={multiple || undefined} className="picker__list">
          {open
            ? visible.map((group) => {
                const groupLabelId = `${uid}-${group.id}`;
                return (
                  <div key={group.id} className="picker__group-wrap">
                    {group.showHeading ? (
                      <div className="picker__heading" role="presentation">
                        {group.heading}
                      </div>
                    ) : null}
                    <div role="group" aria-labelledby={groupLabelId} className="picker__group">
                      <div id={groupLabelId} className="picker__group-label" role="presentation">
                        {group.heading ? <span className="visually-hidden">{group.heading} · </span> : null}
                        {group.label}
                      </div>
                      {group.options.map((option) => {
                        const isSelected = selected.has(option.value);
                        const isActive = activeOption?.value === option.value;
                        return (
                          <div
                            key={option.value}
                            id={optionId(option.value)}
                            role="option"
                            aria-selected={isSelected}
                            className={['picker__option', isActive ? 'picker__option--active' : null, isSelected ? 'picker__option--selected' : null]
                              .filter(Boolean)
                              .join(' ')}
                            onMouseDown={(event) => event.preventDefault()}
                            onMouseMove={() => {
                              const index = flat.indexOf(option);
                              if (index !== active) setActive(index);
                            }}
                            onClick={() => choose(option.value)}
                          >
                            <span className="picker__check" aria-hidden="true">
                              {isSelected ? '✓' : ''}
                            </span>
                            {option.code ? <span className="picker__code">{option.code}</span> : null}
                            <span className="picker__label">{option.label}</span>
                          </div>
                        );
                      })}
                    </div>
                  </div>
                );
              })
            : null}
        </div>
      </div>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="visually-hidden" role="status" aria-live="polite">
        {open && query ? t('marketplace.picker.results', { count: flat.length }) : ''}
      </div>
    </div>
  );
}
