/**
 * The authoring tools, loaded only once a person switches Edit mode on: a reader's first load
 * carries none of them. Each renders nothing while there is no editor (Edit mode off).
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { useDatasetEditor } from '../DatasetEditor';

const EditBar = lazy(() => import('./EditBar').then((module) => ({ default: module.EditBar })));
const EditActions = lazy(() => import('./EditActions').then((module) => ({ default: module.EditActions })));
const PassageMenu = lazy(() => import('./PassageMenu').then((module) => ({ default: module.PassageMenu })));

export function EditBarWhenEditing() {
  return useDatasetEditor() ? (
    <Suspense fallback={null}>
      <EditBar />
    </Suspense>
  ) : null;
}

export function EditActionsWhenEditing(props: ComponentProps<typeof EditActions>) {
  return useDatasetEditor() ? (
    <Suspense fallback={null}>
      <EditActions {...props} />
    </Suspense>
  ) : null;
}

export function PassageMenuWhenEditing(props: ComponentProps<typeof PassageMenu>) {
  return useDatasetEditor() ? (
    <Suspense fallback={null}>
      <PassageMenu {...props} />
    </Suspense>
  ) : null;
}
