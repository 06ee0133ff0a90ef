import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { t } from '../../i18n/translate';
import './forms.css';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  /** Why the last attempt was refused as a whole, shown as an alert. */
  problem: string;
  /** Counts refused attempts: each new count moves the focus to the first field marked invalid. */
  attempt?: number;
  onSubmit(event: FormEvent): void;
  onClose(): void;
  children: ReactNode;
}

/** A modal form over the page: Escape or Cancel closes it, a refused save says why. */
export function FormDialog({ title, submitLabel, problem, attempt = 0, onSubmit, onClose, children }: FormDialogProps) {
  const titleId = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  // On the page's body, not inside the panel that opened it: on a phone that panel may be a hidden
  // tab, and the article's serif type would reach the form.
  return createPortal(
    <div className="form-backdrop">
      <form
        ref={form}
        className="embed-dialog relation-form"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        // The form checks every field itself, to report them all at once beside each field.
        noValidate
        onSubmit={onSubmit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        {problem && (
          <p role="alert" className="form-problem">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit">{submitLabel}</button>
          <button type="button" onClick={onClose}>
            {t('Cancel')}
          </button>
        </div>
      </form>
    </div>,
    document.body,
  );
}

export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface FieldProps {
  label: string;
  /** What is wrong with the value, shown under the field and read with it. */
  error?: string | undefined;
  /** A hint read with the field, such as where a proposed value came from. */
  note?: ReactNode;
  /** The control, given the props that tie it to its label, note and error. */
  children(control: ControlProps): ReactNode;
}

/** One labelled field with its note and its error beside it. */
export function Field({ label, error, note, children }: FieldProps) {
  const id = useId();
  const described = [note ? `${id}-note` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': true } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
      {note && (
        <p id={`${id}-note`} className="field-note">
          {note}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
