/**
 * New lead, prospect, customer and contact records for N/record's `create` (5 units, NetSuite's
 * price for standard non-transaction records): `getFields`, `getField` (type, label, isMandatory,
 * isReadOnly from the scenario's custom entity fields) and, in dynamic mode, the `entitystatus`
 * field's `getSelectOptions` (the active statuses of the record's stage). Nothing else: such a
 * record cannot be saved here, and a script that tries fails its run loudly, since the audit must
 * never write one.
 */
import type { Execution } from '../execution';
import type { CustomerStage, CustomFieldType, EntityRecordType, ScenarioTable } from '../scenario/scenarioTypes';
import { ENTITY_RECORD_TYPES } from '../scenario/scenarioTypes';
import { createSuiteScriptError, EmulatorError, NETSUITE_ERROR_CODES } from '../scriptErrors';
import { chargeUnits } from './metering';
import { strictMembers } from './strictMembers';

/** `Field.type` for each custom field type (lower case, as N/record gives field types). */
const FIELD_TYPES: Readonly<Record<CustomFieldType, string>> = {
  INTEGER: 'integer',
  FLOAT: 'float',
  PERCENT: 'percent',
  CURRENCY: 'currency',
  FREEFORMTEXT: 'text',
  TEXTAREA: 'textarea',
  CLOBTEXT: 'clobtext',
  CHECKBOX: 'checkbox',
  SELECT: 'select',
  MULTISELECT: 'multiselect',
  DATE: 'date',
  DATETIMETZ: 'datetimetz',
  EMAIL: 'email',
  PHONE: 'phone',
  URL: 'url',
};

interface FieldModel {
  readonly id: string;
  readonly type: string;
  readonly label: string;
  readonly mandatory: boolean;
  readonly readOnly: boolean;
}

/** Standard body fields of the four records, as Oracle's records reference lists them (`required` there). */
function standardFields(type: EntityRecordType): FieldModel[] {
  const field = (id: string, fieldType: string, label: string, mandatory = false): FieldModel => ({
    id,
    type: fieldType,
    label,
    mandatory,
    readOnly: false,
  });
  const common = [
    field('customform', 'select', 'Custom Form', true),
    field('entityid', 'text', type === 'contact' ? 'Contact' : 'Customer ID', true),
    field('email', 'email', 'Email'),
    field('isinactive', 'checkbox', 'Inactive'),
  ];
  return type === 'contact'
    ? [...common, field('company', 'select', 'Company')]
    : [...common, field('entitystatus', 'select', 'Status', true), field('salesrep', 'select', 'Sales Rep')];
}

const STAGE_OF: Readonly<Record<Exclude<EntityRecordType, 'contact'>, CustomerStage>> = {
  lead: 'LEAD',
  prospect: 'PROSPECT',
  customer: 'CUSTOMER',
};

/** Whether `type` is one of the entity record types the emulator opens. */
export function isEntityRecordType(type: string): type is EntityRecordType {
  return (ENTITY_RECORD_TYPES as readonly string[]).includes(type);
}

/** The table whose `unavailable` code refuses reads of a record type. */
export function tableOfRecordType(type: EntityRecordType): ScenarioTable {
  return type === 'contact' ? 'contact' : 'customer';
}

/** A new, unsaved record of `type`, dynamic or not. */
export function createEntityRecord(execution: Execution, type: EntityRecordType, isDynamic: boolean): object {
  const { realm, unsupported } = execution;
  const { scenario } = execution.account;
  const fail = (name: string, message: string): Error => createSuiteScriptError(realm, { name, message });
  const refused = scenario.unavailable[tableOfRecordType(type)];
  if (refused !== undefined) throw fail(refused, `You do not have permission to create a ${type} record.`);
  chargeUnits(execution, 'record.create.standard');

  const custom: FieldModel[] = scenario.customFields
    .filter((field) => field.appliesTo.includes(type))
    .map((field) => ({
      id: field.scriptId.toLowerCase(),
      type: FIELD_TYPES[field.type],
      label: field.label,
      mandatory: field.mandatory,
      readOnly: field.readOnly,
    }));
  const fields = new Map([...standardFields(type), ...custom].map((field) => [field.id, field]));

  function selectOptions(fieldId: string): { value: number; text: string }[] {
    if (!isDynamic)
      throw fail('SSS_INVALID_API_USAGE', 'getSelectOptions can only be used on a record in dynamic mode.');
    if (fieldId !== 'entitystatus' || type === 'contact') {
      unsupported.add(`record.Field.getSelectOptions ${fieldId}`);
      throw new EmulatorError(
        'MEMBER_NOT_EMULATED',
        `The emulator lists the options of entitystatus only, not ${fieldId}.`,
      );
    }
    const statusRefused = scenario.unavailable.entitystatus;
    if (statusRefused !== undefined) throw fail(statusRefused, 'You do not have permission to view customer statuses.');
    const stage = STAGE_OF[type];
    return scenario.customerStatuses
      .filter((status) => status.stage === stage && !status.inactive)
      .map((status) => ({ value: status.id, text: status.name }));
  }

  function fieldObject(model: FieldModel): object {
    return strictMembers(
      'record.Field',
      {
        id: model.id,
        type: model.type,
        label: model.label,
        isMandatory: model.mandatory,
        isReadOnly: model.readOnly,
        isDisplay: true,
        getSelectOptions: () => selectOptions(model.id),
      },
      unsupported,
    );
  }

  return strictMembers(
    'record.Record',
    {
      type,
      id: null,
      isDynamic,
      getFields: (): string[] => [...fields.keys()],
      getField(options: { fieldId?: unknown } | undefined): object | null {
        const fieldId = options?.fieldId;
        if (typeof fieldId !== 'string' || fieldId === '')
          throw fail(NETSUITE_ERROR_CODES.missingArgument, 'Missing a required argument: options.fieldId.');
        const model = fields.get(fieldId.toLowerCase());
        return model === undefined ? null : fieldObject(model);
      },
      save(): never {
        throw new EmulatorError(
          'WRITE_REFUSED',
          `A script saved a new ${type} record. The audit only opens new records to read their fields; it must never save one.`,
        );
      },
    },
    unsupported,
  );
}
