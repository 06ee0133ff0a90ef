/**
 * The authoring tools, loaded only once a person switches Edit mode on: a reader's first load
 * carries none of them. Each renders nothing while there is no editor (Edit mode off).
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { preloadable } from '../preloadable';
import { useDatasetEditor } from '../DatasetEditor';

function whenEditing<Props extends object>(Tool: ComponentType<Props>) {
  return function WhenEditing(props: Props) {
    return useDatasetEditor() ? (
      <Suspense fallback={null}>
        <Tool {...props} />
      </Suspense>
    ) : null;
  };
}

export const EditBarWhenEditing = whenEditing(lazy(() => import('./EditBar').then((module) => ({ default: module.EditBar }))));
export const EditActionsWhenEditing = whenEditing(lazy(() => import('./EditActions').then((module) => ({ default: module.EditActions }))));
export const PassageMenuWhenEditing = whenEditing(lazy(() => import('./PassageMenu').then((module) => ({ default: module.PassageMenu }))));
// The side panels open from the edit bar: fetched once it is shown (EditBar), so they open at once.
export const SuggestionQueue = preloadable(() => import('./SuggestionQueue').then((module) => module.SuggestionQueue));
export const StoryEditor = preloadable(() => import('./StoryEditor').then((module) => module.StoryEditor));
export const SuggestionsWhenEditing = whenEditing(SuggestionQueue);
export const StoryEditorWhenEditing = whenEditing(StoryEditor);
