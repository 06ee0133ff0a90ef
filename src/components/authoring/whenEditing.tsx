/**
 * The authoring tools, loaded only once a person switches Edit mode on: a reader's first load
 * carries none of them. Each renders nothing while there is no editor (Edit mode off).
 */
import { lazy, Suspense, type ExoticComponent } from 'react';
import { useDatasetEditor } from '../DatasetEditor';

function whenEditing<Props extends object>(Tool: ExoticComponent<Props>) {
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
export const SuggestionsWhenEditing = whenEditing(lazy(() => import('./SuggestionQueue').then((module) => ({ default: module.SuggestionQueue }))));
export const StoryEditorWhenEditing = whenEditing(lazy(() => import('./StoryEditor').then((module) => ({ default: module.StoryEditor }))));
