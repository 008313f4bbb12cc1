jest.mock('N/search');
jest.mock('N/ui/serverWidget');

import * as search from 'N/search';
import * as serverWidget from 'N/ui/serverWidget';
import { RUN_FIELDS } from '../../../src/netsuite/watchReads/historyRecordType';
import { WATCH_FIELD_ID, addWatchStatusField } from '../../../src/netsuite/watchReads/watchStatusField';

interface AddedField {
  readonly options: { id: string; label: string; type: unknown; container?: string };
  layoutType?: unknown;
  breakType?: unknown;
  defaultValue?: string;
}

/** A form that keeps the fields added to it and their layout, as NetSuite's does. */
function recordingForm(): { form: serverWidget.Form; fields: AddedField[] } {
  const fields: AddedField[] = [];
  const form = {
    addField: (options: AddedField['options']) => {
      const added: AddedField = { options };
      fields.push(added);
      return {
        updateLayoutType: ({ layoutType }: { layoutType: unknown }) => (added.layoutType = layoutType),
        updateBreakType: ({ breakType }: { breakType: unknown }) => (added.breakType = breakType),
        set defaultValue(value: string) {
          added.defaultValue = value;
        },
      };
    },
  } as unknown as serverWidget.Form;
  return { form, fields };
}

const RANGES_ASKED: { start: number; end: number }[] = [];

function historyAnswers(getRange: (range: { start: number; end: number }) => unknown[]): void {
  jest.mocked(search.createColumn).mockImplementation((options) => ({ ...options }) as unknown as search.Column);
  jest.mocked(search.create).mockReturnValue({
    run: () => ({
      getRange: (range: { start: number; end: number }) => {
        RANGES_ASKED.push(range);
        return getRange(range);
      },
    }),
  } as unknown as search.Search);
}

function result(id: string, runAt: string, verdict: string): unknown {
  const values: Record<string, string> = {
    [RUN_FIELDS.runAt]: runAt,
    [RUN_FIELDS.verdict]: verdict,
    [RUN_FIELDS.failing]: '',
    [RUN_FIELDS.warning]: '',
  };
  return { id, getValue: ({ name }: { name: string }) => values[name] ?? null };
}

const NOW = new Date('2026-11-27T13:00:00Z');

beforeEach(() => {
  RANGES_ASKED.length = 0;
});

afterEach(() => jest.resetAllMocks());

describe('addWatchStatusField', () => {
  it('adds one inline HTML field below the form, on a row of its own', () => {
    historyAnswers(() => []);
    const { form, fields } = recordingForm();

    addWatchStatusField(form, NOW);

    expect(fields.map((field) => [field.options.id, field.options.type, field.layoutType, field.breakType])).toEqual([
      [
        WATCH_FIELD_ID,
        serverWidget.FieldType.INLINEHTML,
        serverWidget.FieldLayoutType.OUTSIDEBELOW,
        serverWidget.FieldBreakType.STARTROW,
      ],
    ]);
  });

  it('reads the last fifty runs in one search page', () => {
    historyAnswers(() => []);

    addWatchStatusField(recordingForm().form, NOW);

    expect(RANGES_ASKED).toEqual([{ start: 0, end: 50 }]);
  });

  it('shows the verdict of the last run the watch stored', () => {
    historyAnswers(() => [result('9', '2026-11-27T12:00:00Z', 'NOT_READY')]);
    const { form, fields } = recordingForm();

    addWatchStatusField(form, NOW);

    expect(fields[0]?.defaultValue).toContain('<td>Not ready</td>');
    expect(fields[0]?.defaultValue).not.toContain('could not be read');
  });

  it('leaves out runs this version cannot read', () => {
    historyAnswers(() => [result('9', 'not a date', 'NOT_READY')]);
    const { form, fields } = recordingForm();

    addWatchStatusField(form, NOW);

    expect(fields[0]?.defaultValue).not.toContain('Not ready');
    expect(fields[0]?.defaultValue).not.toContain('could not be read');
  });

  it("says the history could not be read, with NetSuite's reason escaped, and still adds the field", () => {
    historyAnswers(() => {
      throw Object.assign(new Error('<b>Permission Violation</b>'), { name: 'INSUFFICIENT_PERMISSION' });
    });
    const { form, fields } = recordingForm();

    addWatchStatusField(form, NOW);

    expect(fields).toHaveLength(1);
    expect(fields[0]?.defaultValue).toContain("The watch's history could not be read");
    expect(fields[0]?.defaultValue).toContain('&lt;b&gt;Permission Violation&lt;/b&gt;');
    expect(fields[0]?.defaultValue).not.toContain('<b>Permission');
  });
});
