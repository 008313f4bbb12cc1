import { parseRequestParameters, parseScoreFieldIds, type InputProblem } from '../../src/core/inputs';

describe('the score fields an administrator names', () => {
  it('are read from comma-separated custom entity field ids, in lower case, without repeats', () => {
    const parsed = parseRequestParameters({
      scorefields: ' custentity_acton_score, CUSTENTITY_Contact_Score ,custentity_acton_score',
    });

    expect(parsed.inputs.scoreFieldIds).toEqual(['custentity_acton_score', 'custentity_contact_score']);
    expect(parsed.problems).toEqual([]);
  });

  it('are none when the parameter is absent or blank', () => {
    expect(parseRequestParameters({}).inputs.scoreFieldIds).toEqual([]);
    expect(parseRequestParameters({ scorefields: ' , ' }).inputs.scoreFieldIds).toEqual([]);
  });

  it.each([
    ['a transaction body field', 'custbody_score'],
    ['a label instead of an id', 'Act-On Score'],
    ['a crafted value', "custentity_x' OR 1=1"],
    ['an id longer than NetSuite allows', `custentity_${'x'.repeat(40)}`],
  ])('reject %s as an input problem that names it, and the audit runs without score fields', (_what, value) => {
    const parsed = parseRequestParameters({ scorefields: `custentity_acton_score,${value}` });

    expect(parsed.inputs.scoreFieldIds).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({
      parameter: 'scorefields',
      rejectedValue: `custentity_acton_score,${value}`,
    });
    expect(parsed.problems[0]?.message).toContain('is not a custom entity field id');
  });

  it('reject more fields than Act-On could use', () => {
    const problems: InputProblem[] = [];
    const ids = Array.from({ length: 11 }, (_, index) => `custentity_score${index}`).join(',');

    expect(parseScoreFieldIds(ids, problems)).toEqual([]);
    expect(problems[0]?.message).toContain('at most 10');
  });
});
