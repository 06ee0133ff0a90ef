/** Undo and redo over immutable states: every edit is one step back. Pure. */
export interface UndoHistory<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

const MOST_STEPS = 200;

export const startHistory = <T>(present: T): UndoHistory<T> => ({ past: [], present, future: [] });

export const commit = <T>(history: UndoHistory<T>, next: T): UndoHistory<T> => ({
  past: [...history.past, history.present].slice(-MOST_STEPS),
  present: next,
  future: [],
});

export const undo = <T>(history: UndoHistory<T>): UndoHistory<T> =>
  history.past.length === 0 ? history : { past: history.past.slice(0, -1), present: history.past.at(-1)!, future: [history.present, ...history.future] };

export const redo = <T>(history: UndoHistory<T>): UndoHistory<T> =>
  history.future.length === 0 ? history : { past: [...history.past, history.present], present: history.future[0]!, future: history.future.slice(1) };
