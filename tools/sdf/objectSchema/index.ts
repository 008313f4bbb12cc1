/**
 * The offline SDF object schema, by object root tag. Facts from Oracle's SDF object reference
 * as Salto's NetSuite adapter publishes it (salto-io/salto packages/netsuite-adapter/src/autogen/types):
 * which elements each object type has, which are required, and their value types and enums.
 * An object type missing here is itself a problem: add its rule before adding such an object.
 */
import { CUSTOM_RECORD_TYPE } from './customRecordType';
import type { ObjectRule } from './schemaTypes';
import { RESTLET, SCHEDULED_SCRIPT, SUITELET } from './scriptObjects';

export const SDF_OBJECT_SCHEMA: ReadonlyMap<string, ObjectRule> = new Map([
  ['suitelet', SUITELET],
  ['restlet', RESTLET],
  ['scheduledscript', SCHEDULED_SCRIPT],
  ['customrecordtype', CUSTOM_RECORD_TYPE],
]);

export type { ElementRule, ObjectRule, ValueRule } from './schemaTypes';
