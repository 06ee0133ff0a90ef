/**
 * Brings a dataset written for an older format version up to the current one. Each entry turns
 * version n into n + 1; version 1 is the first, so the list is empty until the format changes.
 */
import { t } from '../i18n/translate';
import { CURRENT_SCHEMA_VERSION } from './vocabulary';
import { issue, showValue, type ValidationIssue } from './validationIssue';

type Migration = (dataset: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Migration> = {};

export type MigrationResult = { ok: true; dataset: Record<string, unknown> } | { ok: false; issue: ValidationIssue };

export function migrateDataset(dataset: Record<string, unknown>): MigrationResult {
  const version = dataset.schemaVersion;
  const fail = (message: string): MigrationResult => ({ ok: false, issue: issue('error', ['schemaVersion'], message) });
  if (version === undefined) return fail(t('is missing; write "schemaVersion": {version} at the top of the file.', { version: String(CURRENT_SCHEMA_VERSION) }));
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(t('{value} is not a format version; versions are whole numbers from 1 to {latest}.', { value: showValue(version), latest: String(CURRENT_SCHEMA_VERSION) }));
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail(t('is {version}: this file was made for a newer stancemap, and this one reads versions up to {latest}.', { version: String(version), latest: String(CURRENT_SCHEMA_VERSION) }));
  }
  let migrated = dataset;
  // Stryker disable all: no version before the current one exists yet (version 1 is the first), so nothing reaches the loop; the first migration brings its tests
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from++) {
    const migration = MIGRATIONS[from];
    if (!migration) return fail(t('is {version}, and no migration from version {from} exists.', { version: String(version), from: String(from) }));
    migrated = { ...migration(migrated), schemaVersion: from + 1 };
  }
  // Stryker restore all
  return { ok: true, dataset: migrated };
}
