import { useState, type FormEvent } from 'react';
import { newDataset } from '../../model/edits';
import { parseDataset } from '../../model/parseDataset';
import { formatIssue } from '../../model/validationIssue';
import { useDatasetOpener } from '../DatasetOpener';

const FIELDS = [
  ['title', 'Headline', 'text', true],
  ['dek', 'Standfirst (optional)', 'text', false],
  ['outlet', 'Outlet', 'text', true],
  ['author', 'Author', 'text', true],
  ['published', 'Published', 'date', true],
  ['url', 'Address of the article', 'url', true],
  ['rights', 'Rights line, shown with the text', 'text', true],
] as const;

type Field = (typeof FIELDS)[number][0];

/** Starts a map of one's own article: its text and metadata; actors and relations come from its passages. */
export function NewMapForm({ onDone }: { onDone(): void }) {
  const opener = useDatasetOpener();
  const [values, setValues] = useState<Record<Field | 'body', string>>({ title: '', dek: '', outlet: '', author: '', published: '', url: '', rights: '', body: '' });
  const [problem, setProblem] = useState('');
  if (!opener) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const dataset = newDataset(values);
    const check = parseDataset(dataset);
    if (!check.ok) return setProblem(check.errors.map(formatIssue).join(' '));
    onDone();
    opener.openText(`${dataset.id}.json (new)`, JSON.stringify(dataset));
  };
  return (
    <form className="relation-form new-map-form" onSubmit={submit}>
      {FIELDS.map(([name, label, type, required]) => (
        <label key={name}>
          {label} <input type={type} value={values[name]} required={required} onChange={(event) => setValues({ ...values, [name]: event.target.value })} />
        </label>
      ))}
      <label className="snippet-label">
        The article’s text, paragraphs separated by a blank line
        <textarea rows={8} value={values.body} required onChange={(event) => setValues({ ...values, body: event.target.value })} />
      </label>
      {problem && (
        <p role="alert" className="form-problem">
          {problem}
        </p>
      )}
      <button type="submit">Start the map</button>
    </form>
  );
}
