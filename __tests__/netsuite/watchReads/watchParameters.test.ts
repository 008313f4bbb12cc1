jest.mock('N/runtime');

import * as runtime from 'N/runtime';
import { WATCH_PARAMETERS } from '../../../src/netsuite/watchReads/historyRecordType';
import { readWatchParameters } from '../../../src/netsuite/watchReads/watchParameters';

/** The deployment as NetSuite gives it to the script: parameters by id, unknown ids as null. */
function deployedWith(parameters: Readonly<Record<string, unknown>>): void {
  jest.mocked(runtime.getCurrentScript).mockReturnValue({
    getParameter: ({ name }: { name: string }) =>
      Object.prototype.hasOwnProperty.call(parameters, name) ? parameters[name] : null,
  } as unknown as runtime.Script);
  // A scheduled script runs as the System user: never the sender.
  jest.mocked(runtime.getCurrentUser).mockReturnValue({ id: -4 } as unknown as runtime.User);
}

afterEach(() => jest.resetAllMocks());

describe('readWatchParameters', () => {
  it('reads the recipients, the integration name and the score fields as typed, without the white space around them', () => {
    deployedWith({
      [WATCH_PARAMETERS.recipients]: '  12, ops@example.com ',
      [WATCH_PARAMETERS.integration]: ' Act-On Sync ',
      [WATCH_PARAMETERS.scoreFields]: ' custentity_lead_score,custentity_contact_score ',
    });

    expect(readWatchParameters()).toEqual({
      recipients: '12, ops@example.com',
      integration: 'Act-On Sync',
      scoreFields: 'custentity_lead_score,custentity_contact_score',
      senderId: null,
    });
  });

  it('reads unset parameters as none', () => {
    deployedWith({});

    expect(readWatchParameters()).toEqual({ recipients: null, integration: null, scoreFields: null, senderId: null });
  });

  it('reads parameters left blank or holding only spaces as none', () => {
    deployedWith({
      [WATCH_PARAMETERS.recipients]: '',
      [WATCH_PARAMETERS.integration]: '   ',
      [WATCH_PARAMETERS.scoreFields]: ' ',
    });

    expect(readWatchParameters()).toEqual({ recipients: null, integration: null, scoreFields: null, senderId: null });
  });

  it('reads a parameter NetSuite gives as a number as its text', () => {
    deployedWith({ [WATCH_PARAMETERS.recipients]: 12 });

    expect(readWatchParameters().recipients).toBe('12');
  });

  it('reads the Email sender, an employee select NetSuite gives as text or a number, as an internal id', () => {
    deployedWith({ [WATCH_PARAMETERS.sender]: '42' });
    expect(readWatchParameters().senderId).toBe(42);

    deployedWith({ [WATCH_PARAMETERS.sender]: 42 });
    expect(readWatchParameters().senderId).toBe(42);
  });

  it('takes no sender when the parameter is unset or not an id, never the System user it runs as', () => {
    deployedWith({});
    expect(readWatchParameters().senderId).toBeNull();

    deployedWith({ [WATCH_PARAMETERS.sender]: '-4' });
    expect(readWatchParameters().senderId).toBeNull();
  });
});
