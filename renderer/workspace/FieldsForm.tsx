import type { ArticleField } from '../../core/model/page-doc';
import { ARTICLE_FIELDS } from '../../core/model/page-doc';
import { useT } from '../i18n/use-t';
import { setField, useArticleSession } from '../stores/article-session-store';

/** A field is one line of print: a pasted line break is dropped, as a text input would drop it. */
const LINE_BREAKS = /\r?\n|\r/g;

/**
 * A textarea, not an input, so a long headline wraps and the field grows to show all of it
 * (CSS field-sizing); Enter is kept from adding a line.
 */
function FieldInput({ field }: { field: ArticleField }) {
  const t = useT();
  const value = useArticleSession((state) => state.fields[field]);
  return (
    <label className={`article-field field-${field}`}>
      <span className="field-label">{t(`workspace.${field}`)}</span>
      <textarea
        rows={1}
        value={value ?? ''}
        data-testid={`field-${field}`}
        onChange={(event) => setField(field, event.target.value.replace(LINE_BREAKS, ''))}
        onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
      />
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
