import { PROJECT_ROOT, readProjectText } from '../../tools/sdf/project-layout';
import { readScriptObject } from '../../tools/sdf/sdf-xml';

const suitelet = readScriptObject(readProjectText(PROJECT_ROOT, 'Objects/customscript_acton_readiness.xml'));
const [deployment, ...otherDeployments] = suitelet.deployments;

describe('the Act-On Readiness Suitelet object', () => {
  it('is the suitelet customscript_acton_readiness named "Act-On Readiness"', () => {
    expect(suitelet.kind).toBe('suitelet');
    expect(suitelet.scriptId).toBe('customscript_acton_readiness');
    expect(suitelet.fields['name']).toBe('Act-On Readiness');
  });

  it('runs the compiled Suitelet entry point', () => {
    expect(suitelet.fields['scriptfile']).toBe('[/SuiteScripts/acton_readiness/suitelet/acton_readiness_sl.js]');
  });

  it('has exactly one deployment, customdeploy_acton_readiness', () => {
    expect(deployment?.scriptId).toBe('customdeploy_acton_readiness');
    expect(otherDeployments).toEqual([]);
  });

  it('deploys it released and live, titled "Act-On Readiness"', () => {
    expect(deployment?.fields).toMatchObject({ status: 'RELEASED', isdeployed: 'T', title: 'Act-On Readiness' });
  });

  it('requires a login and shows it to administrators only', () => {
    expect(deployment?.fields).toMatchObject({ isonline: 'F', allroles: 'F', audslctrole: 'ADMINISTRATOR' });
  });

  it('runs as the viewer\'s own role: no "Execute as Role" is set', () => {
    // Oracle: without runasrole a Suitelet runs with the logged-in user's permissions. Audience is
    // Administrator only, so the audit sees what an administrator sees, and never elevates anyone.
    expect(deployment?.fields).not.toHaveProperty('runasrole');
  });

  it('logs errors only, so audits do not flood the execution log', () => {
    expect(deployment?.fields['loglevel']).toBe('ERROR');
  });

  it('adds one menu link under Setup > Integration', () => {
    expect(deployment?.links).toEqual([
      { category: 'BASICSETUPINTEGRATION', label: 'Act-On Readiness', taskType: 'SCRIPT' },
    ]);
  });
});
