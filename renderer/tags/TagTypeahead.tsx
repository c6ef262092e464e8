import { useId, useMemo, useState } from 'react';
import { matchTagQuery } from '../../core/tagging/pinyin-initials';
import { useT } from '../i18n/use-t';
import { useArticleTagsStore } from '../stores/article-tags-store';
import { useTagsStore, type TagRef } from '../stores/tags-store';

const MAX_OPTIONS = 12;

/** Add-a-tag combobox: Chinese or pinyin initials ("eeds" → 鄂尔多斯…), ↑/↓ to choose, Enter to add, Esc to clear. */
export function TagTypeahead() {
  const t = useT();
  const listId = useId();
  const vocabulary = useTagsStore((state) => state.vocabulary);
  const add = useArticleTagsStore((state) => state.add);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const typeByName = useMemo(() => {
    const types = new Map<string, TagRef['type']>();
    for (const theme of vocabulary?.themes ?? []) types.set(theme.name, 'theme');
    for (const court of vocabulary?.courts ?? []) types.set(court.name, 'court');
    return types;
  }, [vocabulary]);
  const options: TagRef[] = useMemo(
    () => (query.trim() ? matchTagQuery(query, [...typeByName.keys()], MAX_OPTIONS).map((name) => ({ name, type: typeByName.get(name)! })) : []),
    [query, typeByName],
  );
  const open = options.length > 0;

  const choose = (option: TagRef | undefined) => {
    if (!option) return;
    void add(option);
    setQuery('');
    setActive(0);
  };

  return (
    <div className="tag-typeahead">
      <label htmlFor={`${listId}-input`}>{t('tags.addLabel')}</label>
      <input
        id={`${listId}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        placeholder={t('tags.addPlaceholder')}
        data-testid="tag-input"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && open) setActive((active + 1) % options.length);
          else if (event.key === 'ArrowUp' && open) setActive((active - 1 + options.length) % options.length);
          else if (event.key === 'Enter') choose(options[active]);
          else if (event.key === 'Escape') setQuery('');
          else return;
          event.preventDefault();
        }}
      />
      {query.trim() && !open && <p className="empty-note">{t('tags.noMatches')}</p>}
      {open && (
        <ul id={listId} role="listbox" className="typeahead-options" data-testid="tag-options">
          {options.map((option, index) => (
            <li
              key={option.name}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`chip-${option.type}`}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
            >
              <span className="tag-type">{t(option.type === 'court' ? 'tags.typeCourt' : 'tags.typeTheme')}</span> {option.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
