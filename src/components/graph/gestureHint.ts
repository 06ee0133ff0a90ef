/**
 * The brief hint an embedded map shows when a gesture scrolled the page instead of moving the map
 * (createZoom's cooperative gestures). It is written into a polite live region that is always in
 * the page, so a screen reader hears it once; it fades out (opacity only) after a few seconds.
 */
import { t } from '../../i18n/translate';
import type { GestureHint } from '../../interaction/createZoom';

const SHOWN_FOR_MS = 2500;

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function gestureHintText(hint: GestureHint, mac = isMac()): string {
  if (hint === 'touch') return t('Use two fingers to move the map, or tap it first');
  return mac ? t('Use ⌘ + scroll to zoom the map, or click it first') : t('Use Ctrl + scroll to zoom the map, or click it first');
}

/** Whether this page is someone else's page's embed, where the map must not take the page's scrolling. */
export const isEmbeddedPage = () => typeof document !== 'undefined' && document.documentElement.hasAttribute('data-embed');

export function createGestureHint(element: () => HTMLElement | null) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    show(hint: GestureHint) {
      const target = element();
      if (!target) return;
      const text = gestureHintText(hint);
      if (target.textContent !== text) target.textContent = text;
      target.setAttribute('data-shown', '');
      clearTimeout(timer);
      timer = setTimeout(() => target.removeAttribute('data-shown'), SHOWN_FOR_MS);
    },
    destroy() {
      clearTimeout(timer);
    },
  };
}
