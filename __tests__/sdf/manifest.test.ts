import { PROJECT_ROOT, readProjectText } from '../../tools/sdf/project-layout';
import { readManifest } from '../../tools/sdf/sdf-xml';

describe('readManifest', () => {
  it('separates required from optional features', () => {
    const manifest = readManifest(
      '<manifest projecttype="ACCOUNTCUSTOMIZATION"><dependencies><features>' +
        '<feature required="true">SERVERSIDESCRIPTING</feature><feature required="false">CRM</feature>' +
        '</features></dependencies></manifest>',
    );

    expect(manifest.requiredFeatures).toEqual(['SERVERSIDESCRIPTING']);
    expect(manifest.optionalFeatures).toEqual(['CRM']);
  });
});

describe('manifest.xml', () => {
  const manifest = readManifest(readProjectText(PROJECT_ROOT, 'manifest.xml'));

  it('declares an account customization project', () => {
    expect(manifest.projectType).toBe('ACCOUNTCUSTOMIZATION');
  });

  it('requires only Server SuiteScript, so the deploy succeeds in accounts still missing what the audit reports on', () => {
    expect(manifest.requiredFeatures).toEqual(['SERVERSIDESCRIPTING']);
    expect(manifest.optionalFeatures).toEqual([]);
  });

  it('depends on no other objects, files or SuiteApps', () => {
    expect(manifest.otherDependencyKinds).toEqual([]);
  });
});
