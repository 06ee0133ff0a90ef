import type { ActorKind, RelationStatus, Stance } from '../../model/vocabulary';
import { kindPath, modalityStyle, STANCE_STYLES } from '../theme';

/** A short sample of a stance's line, as drawn on the map: colour, pattern and arrowhead. */
export function StanceSwatch({ stance, status }: { stance: Stance; status?: RelationStatus }) {
  const style = STANCE_STYLES[stance];
  const modality = status ? modalityStyle(status) : undefined;
  const hollow = modality?.arrow === 'hollow';
  return (
    <svg className="swatch" width="34" height="14" viewBox="0 0 34 14" aria-hidden="true">
      <line x1="2" y1="7" x2="24" y2="7" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash || undefined} />
      <path d="M23,2.5 L32,7 L23,11.5 Z" fill={hollow ? 'var(--panel-background)' : style.colour} stroke={style.colour} strokeWidth="1.5" />
      {modality?.mark && (
        <text x="13" y="10.5" fontSize="9" textAnchor="middle" fill="currentColor">
          {modality.mark}
        </text>
      )}
    </svg>
  );
}

export function KindSwatch({ kind }: { kind: ActorKind }) {
  return (
    <svg className="swatch" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
      <path d={kindPath(kind, 6)} fill="var(--panel-background)" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
