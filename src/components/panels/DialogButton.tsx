import { Suspense, useEffect, useState, type ReactNode, type RefObject } from 'react';

/**
 * A button whose dialog is loaded on the first click, so the first frame carries only the button:
 * it is in the tab order with its name at once. The dialog opens as soon as it is there, and stays
 * mounted afterwards (keeping what the reader chose) for the next click. `children` renders the
 * dialog with the number of clicks so far; the dialog opens itself with useOpenOnRequest.
 */
export function DialogButton({ label, className, children }: { label: string; className: string; children: (openRequests: number) => ReactNode }) {
  const [openRequests, setOpenRequests] = useState(0);
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" onClick={() => setOpenRequests((count) => count + 1)}>
        {label}
      </button>
      {openRequests > 0 && <Suspense>{children(openRequests)}</Suspense>}
    </>
  );
}

/** Shows the dialog modally on each new request from its DialogButton; `onOpen` runs first. */
export function useOpenOnRequest(dialogRef: RefObject<HTMLDialogElement | null>, openRequests: number, onOpen?: () => void) {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    onOpen?.();
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // Once per click: onOpen is a fresh closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dialogRef, openRequests]);
}
