import type { ArticleTag } from '../../core/model/library';
import { useT } from '../i18n/use-t';

/** An article's tags in a list row: confirmed ones solid; the engine's suggestions dashed, lighter and marked 建议, as in the tag panel. */
export function ArticleRowTags({ tags }: { tags: readonly ArticleTag[] }) {
  const t = useT();
  const ordered = [...tags.filter((tag) => tag.type === 'court'), ...tags.filter((tag) => tag.type === 'theme')];
  return (
    <>
      {ordered.map((tag) =>
        tag.source === 'confirmed' ? (
          <span key={`${tag.type}:${tag.name}`} className={`chip chip-${tag.type}`} data-testid="row-tag" data-source="confirmed">
            {tag.name}
          </span>
        ) : (
          <span key={`${tag.type}:${tag.name}`} className={`chip chip-${tag.type} chip-suggested`} title={t('tags.suggestedTooltip')} data-testid="row-tag" data-source="suggested">
            <span className="chip-marker">{t('tags.suggestedMarker')}</span>
            {tag.name}
          </span>
        ),
      )}
    </>
  );
}
