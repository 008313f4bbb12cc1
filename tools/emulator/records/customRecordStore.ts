/**
 * Custom records the emulated scripts write: the one piece of state that outlives a script run,
 * so a scheduled script can compare with what its previous run stored. A store spans accounts on
 * purpose: `simulate-watch` replays one history across several scenario files. Only the record
 * types the project's SDF objects define are accepted, and only their fields.
 */
import * as path from 'path';
import { readCustomRecordTypes, type CustomRecordTypeDefinition } from './customRecordTypes';

export type StoredValue = string | number | boolean;

/** Field ids every custom record has besides its custom fields. */
const STANDARD_FIELDS = new Set(['name']);

/** Longest text each field type holds, in UTF-8 bytes (NetSuite's limits for Free-Form Text, Text Area, Long Text). */
export const TEXT_FIELD_LIMITS: Readonly<Record<string, number>> = { TEXT: 300, TEXTAREA: 4000, CLOBTEXT: 1_000_000 };

/** One stored record: internal id and field values. */
export interface StoredRecord {
  readonly id: number;
  readonly values: Readonly<Record<string, StoredValue>>;
}

export class CustomRecordStore {
  private readonly records = new Map<string, Map<number, StoredRecord>>();
  private nextId = 1;

  constructor(private readonly types: readonly CustomRecordTypeDefinition[]) {
    for (const type of types) this.records.set(type.scriptId, new Map());
  }

  /** A store for the record types of the SDF project at `projectRoot`. */
  static forProject(projectRoot: string): CustomRecordStore {
    return new CustomRecordStore(readCustomRecordTypes(path.join(projectRoot, 'Objects')));
  }

  /** The record type ids this store accepts. */
  get typeIds(): string[] {
    return this.types.map((type) => type.scriptId);
  }

  /** The definition of `typeId`, or undefined when the project defines no such type. */
  definition(typeId: string): CustomRecordTypeDefinition | undefined {
    return this.types.find((type) => type.scriptId === typeId.toLowerCase());
  }

  /** The SDF type of a field a script may set or read, or undefined when the type has no such field. */
  fieldType(typeId: string, fieldId: string): string | undefined {
    if (STANDARD_FIELDS.has(fieldId)) return 'TEXT';
    return this.definition(typeId)?.fields.get(fieldId);
  }

  /** Stores a new record; returns its internal id (ids only ever grow, as NetSuite's do). */
  insert(typeId: string, values: Readonly<Record<string, StoredValue>>): number {
    const id = this.nextId;
    this.nextId += 1;
    this.table(typeId).set(id, { id, values: { ...values } });
    return id;
  }

  /** Deletes a record; false when there is none with that id. */
  remove(typeId: string, id: number): boolean {
    return this.table(typeId).delete(id);
  }

  /** Every record of a type, in id order. */
  list(typeId: string): StoredRecord[] {
    return [...this.table(typeId).values()].sort((first, second) => first.id - second.id);
  }

  private table(typeId: string): Map<number, StoredRecord> {
    const table = this.records.get(typeId.toLowerCase());
    if (table === undefined) throw new RangeError(`No custom record type ${typeId} in this project.`);
    return table;
  }
}
