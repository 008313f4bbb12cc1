/** Refusing record types and fields the project's SDF objects do not define, for N/record and N/search. */
import type { Execution } from '../execution';
import { EmulatorError } from '../scriptErrors';

/** The record type id, lower case; an EmulatorError when the project defines no such custom record type. */
export function customRecordType(execution: Execution, api: string, type: unknown): string {
  const typeId = typeof type === 'string' ? type.toLowerCase() : '';
  if (execution.records.definition(typeId) !== undefined) return typeId;
  const member = `${api} type ${String(type)}`;
  execution.unsupported.add(member);
  const known = execution.records.typeIds.join(', ') || 'none';
  throw new EmulatorError(
    'MEMBER_NOT_EMULATED',
    `The emulator provides ${api} only for the project's custom record types (${known}), not ${String(type)}.`,
  );
}
