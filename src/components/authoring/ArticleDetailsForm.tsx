import { useState, type FormEvent } from 'react';
import { t } from '../../i18n/translate';
import { CREDIT_FIELDS, type Article } from '../../model/datasetSchema';
import { updateArticleDetails, type ArticleDetails } from '../../model/edits';
import { isSafeHttpUrl } from '../../model/textFragmentUrl';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { useDatasetEditor } from '../DatasetEditor';
import { Field, FormDialog } from './FormDialog';

type DetailField = keyof Required<ArticleDetails>;

// Each label is read at render, in the interface's language.
const FIELDS: [DetailField, () => string, 'text' | 'date' | 'url'][] = [
  ['title', () => t('Headline'), 'text'],
  ['dek', () => t('Standfirst (optional)'), 'text'],
  ['outlet', () => t('Outlet'), 'text'],
  ['author', () => t('Author (byline)'), 'text'],
  ['published', () => t('Published'), 'date'],
  ['url', () => t('Address of the article'), 'url'],
  ['rights', () => t('Rights line, shown with the quoted text'), 'text'],
];

const valuesOf = (article: Article): Record<DetailField, string> =>
  Object.fromEntries(FIELDS.map(([field]) => [field, String((article as Record<string, unknown>)[field] ?? '')])) as Record<DetailField, string>;

/** What is wrong with each field, all at once: empty credit fields are allowed (a draft), malformed ones are not. */
function problemsOf(values: Record<DetailField, string>): Partial<Record<DetailField, string>> {
  const problems: Partial<Record<DetailField, string>> = {};
  if (!values.title.trim()) problems.title = t('The headline is needed.');
  if (values.url.trim() && !isSafeHttpUrl(values.url.trim())) problems.url = t('An address starts with https:// or http://.');
  if (values.published.trim() && !/^\d{4}-\d{2}-\d{2}$/.test(values.published.trim())) problems.published = t('A date as YYYY-MM-DD.');
  return problems;
}

/**
 * The article's headline and credit, filled in after a map was started from its text alone: the
 * fields publishing asks for (outlet, author, date, address, rights) say so while they are empty.
 */
export function ArticleDetailsForm({ onClose }: { onClose(): void }) {
  const editor = useDatasetEditor();
  const { dataset } = useMapStore(selectIndex);
  const [values, setValues] = useState(() => valuesOf(dataset.article));
  const [problems, setProblems] = useState<Partial<Record<DetailField, string>>>({});
  const [problem, setProblem] = useState('');
  const [attempt, setAttempt] = useState(0);
  if (!editor) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsOf(values);
    setProblems(found);
    if (Object.keys(found).length > 0) return setAttempt((count) => count + 1);
    const refused = await editor.edit((raw) => updateArticleDetails(raw, values));
    if (refused) return setProblem(refused);
    onClose();
  };
  return (
    <FormDialog title={t('Article details')} submitLabel={t('Save the details')} problem={problem} attempt={attempt} onSubmit={(event) => void submit(event)} onClose={onClose}>
      {FIELDS.map(([field, label, type]) => (
        <Field key={field} label={label()} error={problems[field]} note={(CREDIT_FIELDS as readonly string[]).includes(field) && !values[field].trim() ? t('Can wait while you draft; needed to publish.') : undefined}>
          {(control) => <input {...control} type={type} value={values[field]} onChange={(event) => setValues({ ...values, [field]: event.target.value })} />}
        </Field>
      ))}
    </FormDialog>
  );
}
