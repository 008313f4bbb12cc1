/**
 * N/record for one execution, for the project's custom record types (and new, unsaved lead,
 * prospect, customer and contact records: ./entityRecords): `create` (2 units),
 * `Record.setValue`/`getValue`, `Record.save` (4 units) and `delete` (4 units). A field the
 * record type does not define, or text longer than its field type holds, fails as NetSuite would.
 */
import type { Execution } from '../execution';
import { TEXT_FIELD_LIMITS, type StoredValue } from '../records/customRecordStore';
import { createSuiteScriptError, NETSUITE_ERROR_CODES } from '../scriptErrors';
import { customRecordType } from './customRecordTypeCheck';
import { createEntityRecord, isEntityRecordType } from './entityRecords';
import { chargeUnits } from './metering';
import { strictMembers } from './strictMembers';

function storedValue(value: unknown): StoredValue | null {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The N/record module of one execution. */
export function createRecordModule(execution: Execution): object {
  const { realm, records, unsupported } = execution;
  const fail = (name: string, message: string): Error => createSuiteScriptError(realm, { name, message });

  function createRecord(typeId: string): object {
    const values: Record<string, StoredValue> = {};
    let savedId: number | null = null;
    const setValue = (options: { fieldId?: unknown; value?: unknown } | undefined): object => {
      const fieldId = options?.fieldId;
      if (typeof fieldId !== 'string')
        throw fail(NETSUITE_ERROR_CODES.missingArgument, 'Missing a required argument: options.fieldId.');
      const fieldType = records.fieldType(typeId, fieldId);
      if (fieldType === undefined) throw fail('INVALID_FLD', `The record type ${typeId} has no field ${fieldId}.`);
      const value = storedValue(options?.value);
      if (value === null)
        throw fail(
          NETSUITE_ERROR_CODES.wrongParameterType,
          `Invalid value for ${fieldId}: a string, number or boolean.`,
        );
      // NetSuite counts these limits in bytes: an English letter is one, other characters up to four (section_N2842731).
      const limit = TEXT_FIELD_LIMITS[fieldType];
      const bytes = Buffer.byteLength(String(value), 'utf8');
      if (limit !== undefined && bytes > limit) {
        throw fail('INVALID_FLD_VALUE', `${fieldId} (${fieldType}) holds at most ${limit} bytes; ${bytes} were given.`);
      }
      values[fieldId] = value;
      return handle;
    };
    const handle: object = strictMembers(
      'record.Record',
      {
        type: typeId,
        get id(): number | null {
          return savedId;
        },
        setValue,
        getValue: (options: { fieldId?: unknown } | undefined): StoredValue | null =>
          typeof options?.fieldId === 'string' ? (values[options.fieldId] ?? null) : null,
        save(): number {
          if (savedId !== null)
            throw fail('RCRD_HAS_BEEN_CHANGED', 'The emulator saves a new record once; load it to change it again.');
          chargeUnits(execution, 'record.Record.save');
          savedId = records.insert(typeId, values);
          return savedId;
        },
      },
      unsupported,
    );
    return handle;
  }

  return strictMembers(
    'N/record',
    {
      create(options: { type?: unknown; isDynamic?: unknown } | undefined): object {
        const requested = typeof options?.type === 'string' ? options.type.toLowerCase() : '';
        if (isEntityRecordType(requested)) return createEntityRecord(execution, requested, options?.isDynamic === true);
        const typeId = customRecordType(execution, 'N/record', options?.type);
        chargeUnits(execution, 'record.create');
        return createRecord(typeId);
      },
      delete(options: { type?: unknown; id?: unknown } | undefined): number {
        const typeId = customRecordType(execution, 'N/record', options?.type);
        const id = Number(options?.id);
        if (!Number.isInteger(id) || id <= 0)
          throw fail(NETSUITE_ERROR_CODES.missingArgument, 'Missing a required argument: options.id.');
        chargeUnits(execution, 'record.delete');
        if (!records.remove(typeId, id)) throw fail('RCRD_DSNT_EXIST', `That record does not exist: ${typeId} ${id}.`);
        return id;
      },
    },
    unsupported,
  );
}
