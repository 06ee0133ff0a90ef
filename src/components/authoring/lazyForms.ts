/**
 * The authoring forms, fetched once Edit mode is on (EditBar) or the first time one opens: a
 * reader who never edits never downloads them. Render them inside <Suspense>.
 */
import { preloadable } from '../preloadable';

export const ActorForm = preloadable(() => import('./ActorForm').then((module) => module.ActorForm));
export const RelationForm = preloadable(() => import('./RelationForm').then((module) => module.RelationForm));
