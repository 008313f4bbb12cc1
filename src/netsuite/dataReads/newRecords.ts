/**
 * Field metadata from new, unsaved dynamic records: `record.create({ type, isDynamic: true })`
 * (5 units) and `Record.getFields`, `Record.getField`, `Field.getSelectOptions` (0 units). The
 * record is never saved: this module offers no way to save, and `__tests__/build/write-boundary`
 * holds the compiled file to never calling `save`. What a new record shows is what the viewer's
 * role and preferred form show (Oracle: getSelectOptions "may return different results for the
 * same field for different roles").
 */
import * as record from 'N/record';
import type { FieldOnNewRecord, NewRecordType, Probe } from '../../core/snapshot';
import { describeThrown, probeFailure, probeFailureFromThrown, probeValue } from '../probes';
import type { SuiteQLRunner } from '../suiteql';

/** NetSuite's cost of `record.create` for a standard non-transaction record (lead, contact). */
export const UNITS_PER_NEW_RECORD = 5;

/** Script ids of custom entity fields start so (lower case: `getFields` gives ids in lower case). */
const CUSTOM_ENTITY_FIELD = /^custentity/i;

/** Most custom fields kept from one record's `getFields`: far more than any form shows. */
export const MAX_RECORD_CUSTOM_FIELDS = 300;

/** What a new, unsaved record shows; every accessor is guarded and never throws. */
export interface NewRecordView {
  /** The custom entity field ids the record carries (lower case, at most {@link MAX_RECORD_CUSTOM_FIELDS}). */
  readonly customFieldIds: readonly string[];
  /** A field's metadata; null when the record has no such field. */
  field(fieldId: string): Probe<FieldOnNewRecord | null>;
  /** The internal ids a select field offers; null when NetSuite gives no list (a pop-up field). */
  selectOptionIds(fieldId: string): Probe<readonly number[] | null>;
}

/** The record API the reader needs: only `create` (so nothing here can load, save or delete). */
export interface NewRecordApi {
  create(options: { type: string; isDynamic: boolean }): record.Record;
}

const NETSUITE_RECORD_API: NewRecordApi = {
  create: (options) => record.create(options),
};

function booleanProperty(field: record.Field, property: 'isMandatory' | 'isReadOnly'): boolean {
  const value: unknown = field[property];
  if (typeof value !== 'boolean')
    throw new TypeError(`Field.${property} is ${JSON.stringify(String(value))}, not true or false.`);
  return value;
}

function textProperty(field: record.Field, property: 'type' | 'label'): string {
  const value: unknown = field[property];
  return typeof value === 'string' ? value : '';
}

function readCustomFieldIds(created: record.Record): readonly string[] {
  const ids: unknown = created.getFields();
  if (!Array.isArray(ids)) throw new TypeError('Record.getFields gave no list.');
  const custom = ids
    .filter((id): id is string => typeof id === 'string' && CUSTOM_ENTITY_FIELD.test(id))
    .map((id) => id.toLowerCase());
  return Array.from(new Set(custom)).slice(0, MAX_RECORD_CUSTOM_FIELDS);
}

function viewOf(created: record.Record, customFieldIds: readonly string[], type: NewRecordType): NewRecordView {
  return {
    customFieldIds,
    field(fieldId: string): Probe<FieldOnNewRecord | null> {
      try {
        const field = created.getField({ fieldId });
        if (field === null || field === undefined) return probeValue(null);
        return probeValue({
          type: textProperty(field, 'type'),
          label: textProperty(field, 'label'),
          mandatory: booleanProperty(field, 'isMandatory'),
          readOnly: booleanProperty(field, 'isReadOnly'),
        });
      } catch (thrown) {
        return probeFailureFromThrown(`Reading field ${fieldId} of a new ${type}`, thrown);
      }
    },
    selectOptionIds(fieldId: string): Probe<readonly number[] | null> {
      try {
        const field = created.getField({ fieldId });
        if (field === null || field === undefined) return probeFailure(`A new ${type} has no field ${fieldId}.`);
        const options: unknown = field.getSelectOptions();
        if (options === null || options === undefined) return probeValue(null);
        if (!Array.isArray(options)) return probeFailure(`The options of ${fieldId} on a new ${type} are not a list.`);
        const ids: number[] = [];
        for (const option of options as { value?: unknown }[]) {
          const id = Number(option?.value);
          if (!Number.isSafeInteger(id))
            return probeFailure(
              `An option of ${fieldId} on a new ${type} has the value ${JSON.stringify(String(option?.value))}, not an internal id.`,
            );
          ids.push(id);
        }
        return probeValue(ids);
      } catch (thrown) {
        return probeFailureFromThrown(`Reading the options of ${fieldId} on a new ${type}`, thrown);
      }
    },
  };
}

/** The call the diagnostics show for a new record (no account value in it). */
export function newRecordCall(type: NewRecordType): string {
  return `record.create({ type: '${type}', isDynamic: true }), getFields, getField; never saved`;
}

/**
 * Opens a new, unsaved dynamic record of `type` and lists its custom fields; records what it
 * did in the runner's diagnostics (a record is not a statement: `runner.statementCount` does not
 * change). Never throws.
 */
export function openNewRecord(
  runner: SuiteQLRunner,
  type: NewRecordType,
  api: NewRecordApi = NETSUITE_RECORD_API,
): Probe<NewRecordView> {
  const base = { subject: `a new ${type} record (unsaved)`, statement: newRecordCall(type) };
  try {
    const created = api.create({ type, isDynamic: true });
    const customFieldIds = readCustomFieldIds(created);
    runner.note({ ...base, outcome: 'ok', rows: customFieldIds.length, bounded: false, error: null });
    return probeValue(viewOf(created, customFieldIds, type));
  } catch (thrown) {
    const { code, message } = describeThrown(thrown);
    runner.note({ ...base, outcome: 'failed', rows: 0, bounded: false, error: { code: code ?? null, message } });
    return probeFailureFromThrown(`Opening a new ${type} record`, thrown);
  }
}
