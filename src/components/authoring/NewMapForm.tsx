import { useId, useState, type FormEvent } from 'react';
import { t } from '../../i18n/translate';
import { newDataset, type NewMapInput } from '../../model/edits';
import { parseDataset } from '../../model/parseDataset';
import { formatIssue } from '../../model/validationIssue';
import { useDatasetOpener } from '../DatasetOpener';
import './forms.css';

/** The credit, which can wait until the map is published (see model/publishReadiness.ts). Labels are read at render. */
const CREDIT = [
  ['outlet', () => t('Outlet'), 'text'],
  ['author', () => t('Author'), 'text'],
  ['published', () => t('Published'), 'date'],
  ['url', () => t('Address of the article'), 'url'],
  ['rights', () => t('Rights line, shown with the text'), 'text'],
] as const;

type Values = Required<NewMapInput>;
const EMPTY: Values = { body: '', title: '', dek: '', outlet: '', author: '', published: '', url: '', rights: '' };

/** Starts a map of one's own article from its text alone; the headline, the standfirst and the credit are optional. */
export function NewMapForm({ onDone, onCancel }: { onDone(): void; onCancel?: () => void }) {
  const opener = useDatasetOpener();
  const [values, setValues] = useState<Values>(EMPTY);
  const [problem, setProblem] = useState('');
  const problemId = useId();
  if (!opener) return null;
  const field = (name: keyof Values) => ({ value: values[name], onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const dataset = newDataset(values);
    if ((dataset.article as { paragraphs: string[] }).paragraphs.length === 0) {
      return setProblem(values.body.trim() ? t('The text needs at least one paragraph under its headline: separate paragraphs with a blank line.') : t('Paste the article’s text to begin.'));
    }
    const check = parseDataset(dataset);
    if (!check.ok) return setProblem(check.errors.map(formatIssue).join(' '));
    setProblem('');
    setValues(EMPTY);
    onDone();
    opener.openText(t('New map'), JSON.stringify(dataset));
  };
  return (
    <form className="relation-form new-map-form" onSubmit={submit} noValidate aria-describedby={problem ? problemId : undefined}>
      <label className="snippet-label">
        {t('The article’s text')}
        <span className="field-hint">{t('Headline on the first line, the standfirst under it if any, then the paragraphs, separated by blank lines.')}</span>
        <textarea rows={9} required aria-invalid={problem ? true : undefined} {...field('body')} />
      </label>
      <label>
        {t('Headline')} <span className="field-hint">{t('(if the text does not begin with it)')}</span> <input type="text" {...field('title')} />
      </label>
      <details className="new-map-credit">
        <summary>{t('Credit: outlet, author, date, address, rights (can be added later)')}</summary>
        <p className="field-hint">{t('A draft can wait for these; publishing the map needs them.')}</p>
        {CREDIT.map(([name, label, type]) => (
          <label key={name}>
            {label()} <input type={type} {...field(name)} />
          </label>
        ))}
      </details>
      {problem && (
        <p id={problemId} role="alert" className="form-problem">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit">{t('Start the map')}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('Cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
