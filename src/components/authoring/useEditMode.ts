import { useEffect, useState } from 'react';
import type { DatasetEditor } from '../DatasetEditor';

const KEY = 'stancemap:edit-mode';

/** The choice made earlier in this tab's session, or null when none was. */
function remembered(): boolean | null {
  try {
    const value = typeof window === 'undefined' ? null : window.sessionStorage.getItem(KEY);
    return value === null ? null : value === 'on';
  } catch {
    // Storage refused (a sandbox, a privacy setting): no choice was kept.
    return null;
  }
}

function remember(on: boolean) {
  try {
    window.sessionStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Not kept: Edit is switched on again after a reload.
  }
}

/**
 * Whether the authoring tools are shown. Off for a reader; a person switches it on, and the
 * choice lasts the browser tab's session, so a reload while editing stays in Edit mode. Until a
 * choice is made, work restored from an earlier visit switches it on by itself: the undo, the
 * download and "Discard them" belong on screen while there is work to keep. A map of one's own
 * with nothing on it yet switches it on too.
 */
export function useEditMode(editor: DatasetEditor | null): [boolean, (on: boolean) => void] {
  const [choice, setChoice] = useState(remembered);
  const hasWork = editor !== null && (editor.restored !== null || editor.canUndo);
  const set = (next: boolean) => {
    setChoice(next);
    remember(next);
  };
  // A new map's first step is to map words: Edit comes on, whatever was chosen for another map.
  const invitesEditing = editor?.invitesEditing ?? false;
  const [invited, setInvited] = useState(false);
  if (invitesEditing !== invited) {
    setInvited(invitesEditing);
    if (invitesEditing) setChoice(true);
  }
  useEffect(() => {
    if (invitesEditing) remember(true);
  }, [invitesEditing]);
  return [editor !== null && (choice ?? hasWork), set];
}
