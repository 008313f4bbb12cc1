/**
 * Emulated NetSuite objects answer only for the members the emulator implements. Reaching
 * any other member (say `query.create`) throws a clear EmulatorError and records the gap,
 * so a script that catches the error still shows up in the execution's `unsupported` list
 * rather than quietly reading `undefined`.
 */
import { EmulatorError } from '../scriptErrors';

/** Members tools probe on any object (promises, JSON, inspection): answered as absent. */
const PROBED_MEMBERS = new Set(['then', 'toJSON', 'inspect', 'asymmetricMatch', '$$typeof', 'nodeType', '__esModule']);

/** Wraps `target` so unknown string members throw and are recorded in `unsupported` as `owner.member`. */
export function strictMembers<T extends object>(owner: string, target: T, unsupported: Set<string>): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object || PROBED_MEMBERS.has(property)) {
        return Reflect.get(object, property, receiver) as unknown;
      }
      const member = `${owner}.${property}`;
      unsupported.add(member);
      throw new EmulatorError('MEMBER_NOT_EMULATED', `The emulator does not provide ${member}.`);
    },
  });
}
