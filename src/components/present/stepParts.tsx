import { t } from '../../i18n/translate';

/** Said at each step, politely: where the story is and the step's title, never the whole caption; in the presenter's window, whether the audience's screen is blank. */
export function StepSaid({ at, count, title, blank = false }: { at: number; count: number; title: string; blank?: boolean }) {
  const values = { at: at + 1, count, title };
  return (
    <p className="visually-hidden" aria-live="polite">
      {blank ? t('Step {at} of {count}: {title}. The audience screen is blank.', values) : t('Step {at} of {count}: {title}', values)}
    </p>
  );
}

/** Back to the map, in every window of a presentation. */
export function LeaveButton({ onLeave }: { onLeave(): void }) {
  return (
    <button type="button" title={t('Back to the map (Esc)')} onClick={onLeave}>
      {t('Leave')}
    </button>
  );
}
