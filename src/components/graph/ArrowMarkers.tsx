import { STANCES, type Stance } from '../../model/vocabulary';
import { STANCE_STYLES } from '../theme';

export const markerId = (stance: Stance, arrow: 'filled' | 'hollow') => `stancemap-arrow-${stance}-${arrow}`;

/** One arrowhead per stance colour, filled (it happened) or hollow (only proposed or promised). */
export function ArrowMarkers() {
  return (
    <defs>
      {STANCES.flatMap((stance) =>
        (['filled', 'hollow'] as const).map((arrow) => (
          <marker
            key={markerId(stance, arrow)}
            id={markerId(stance, arrow)}
            viewBox="0 0 12 12"
            refX="11"
            refY="6"
            markerWidth="11"
            markerHeight="11"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path
              d="M1,1.5 L11,6 L1,10.5 Z"
              fill={arrow === 'filled' ? STANCE_STYLES[stance].colour : 'var(--map-background)'}
              stroke={STANCE_STYLES[stance].colour}
              strokeWidth="1.6"
              strokeLinejoin="round"
            />
          </marker>
        )),
      )}
    </defs>
  );
}
