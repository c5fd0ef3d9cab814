import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A full-text search field; runs on Enter or the button, not per keystroke (each search is a new
 * history entry). Give it `key={value}` so going back in history shows the earlier text.
 */
export function SearchBox({
  id,
  label,
  placeholder,
  maxLength,
  value,
  onSearch,
}: {
  id: string;
  label: string;
  placeholder: string;
  maxLength: number;
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  return (
    <form
      role="search"
      className="search-box"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim() || undefined);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        className="search-box__input"
        type="search"
        enterKeyHint="search"
        maxLength={maxLength}
        placeholder={placeholder}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--primary search-box__button">
        {t('marketplace.browse.search')}
      </button>
    </form>
  );
}
