import { useId, type FormEvent, type ReactNode } from 'react';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  /** Why the last attempt was refused, shown as an alert. */
  problem: string;
  onSubmit(event: FormEvent): void;
  onClose(): void;
  children: ReactNode;
}

/** A modal form over the page: Escape or Cancel closes it, a refused save says why. */
export function FormDialog({ title, submitLabel, problem, onSubmit, onClose, children }: FormDialogProps) {
  const titleId = useId();
  return (
    <div className="form-backdrop">
      <form
        className="embed-dialog relation-form"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
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
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
