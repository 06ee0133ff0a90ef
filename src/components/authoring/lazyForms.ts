/**
 * The authoring forms, loaded the first time one opens: a reader who never edits never downloads
 * them. Render them inside <Suspense>.
 */
import { lazy } from 'react';

export const ActorForm = lazy(() => import('./ActorForm').then((module) => ({ default: module.ActorForm })));
export const RelationForm = lazy(() => import('./RelationForm').then((module) => ({ default: module.RelationForm })));
