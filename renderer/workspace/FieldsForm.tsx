import type { ArticleField } from '../../core/model/page-doc';
import { ARTICLE_FIELDS } from '../../core/model/page-doc';
import { useT } from '../i18n/use-t';
import { setField, useArticleSession } from '../stores/article-session-store';

function FieldInput({ field }: { field: ArticleField }) {
  const t = useT();
  const value = useArticleSession((state) => state.fields[field]);
  return (
    <label className={`article-field field-${field}`}>
      <span className="field-label">{t(`workspace.${field}`)}</span>
      <input type="text" value={value ?? ''} data-testid={`field-${field}`} onChange={(event) => setField(field, event.target.value)} />
    </label>
  );
}

/** 标题, 副题, 署名, 电头, 供稿 above the body. */
export function FieldsForm() {
  return (
    <div className="article-fields">
      {ARTICLE_FIELDS.map((field) => (
        <FieldInput key={field} field={field} />
      ))}
    </div>
  );
}
