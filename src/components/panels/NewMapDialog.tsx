import { useId, useRef } from 'react';
import { NewMapForm } from '../authoring/NewMapForm';
import { useOpenOnRequest } from './DialogButton';
import './maps.css';
import { t } from '../../i18n/translate';

/** "New map": the article's text is all it takes to begin. Opened by the header's New map button, which loads this module. */
export function NewMapDialog({ openRequests }: { openRequests: number }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useOpenOnRequest(dialogRef, openRequests);
  const close = () => {
    const dialog = dialogRef.current!;
    if (typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
  };
  return (
    <dialog ref={dialogRef} className="embed-dialog new-map-dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('New map')}</h2>
      <NewMapForm onDone={close} onCancel={close} />
    </dialog>
  );
}
