import { t } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';

/** What the shapes, lines and marks mean: loaded when a reader opens “How to read this map”. */
export function HowToRead() {
  return (
    <div className="how-to-read-body">
      <p>
        {tElements(
          'Each shape is an {actor} the article names: a state, a government body, an armed group, a person or an organisation. Actors that belong to another (a leader to his brigade, a ministry to its state) sit close to it and share its tint.',
          { actor: <strong>{t('actor')}</strong> },
        )}
      </p>
      <p>
        {tElements(
          'Each arrow is a {stance} the article reports, from the actor who holds it to the actor it is about. Colour {and} line pattern tell the stance; a hollow arrowhead means it was only proposed or promised, ½ that it was partly delivered, ✕ that it was promised and never delivered. Where an actor holds several stances of one kind toward another, they share one wider line marked with their number (×3): click it to choose one.',
          { stance: <strong>{t('stance')}</strong>, and: <em>{t('and')}</em> },
        )}
      </p>
      <p>
        {t(
          'Click an arrow or an actor to read the passage behind it; the article beside the map marks every passage used. Drag an actor to pin it, double-click to release it. With the keyboard: Tab into the map, arrow keys to move, Enter to select, Escape to clear.',
        )}
      </p>
    </div>
  );
}
