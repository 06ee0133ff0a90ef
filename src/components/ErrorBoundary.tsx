import { Component, type ReactNode } from 'react';
import { t } from '../i18n/translate';

/** A failure while drawing says so in words, never as a blank page or a stack trace. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('stancemap could not draw this view:', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="dataset-problems" role="alert">
        <h1>{t('Something went wrong while drawing the map')}</h1>
        <p>{t('The dataset itself is unchanged. Reloading the page usually helps; if it does not, the problem is ours.')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('Reload')}
        </button>
      </main>
    );
  }
}
