import type { ReactNode } from 'react';

/** Said at each step, politely: where the story is and the step's title, never the whole caption. */
export function StepSaid({ at, count, title, children }: { at: number; count: number; title: string; children?: ReactNode }) {
  return (
    <p className="visually-hidden" aria-live="polite">
      Step {at + 1} of {count}: {title}
      {children}
    </p>
  );
}

/** Back to the map, in every window of a presentation. */
export function LeaveButton({ onLeave }: { onLeave(): void }) {
  return (
    <button type="button" title="Back to the map (Esc)" onClick={onLeave}>
      Leave
    </button>
  );
}
