import { AUDITED_FEATURES } from '../../src/core/snapshot';
import { featureDependenciesOf } from '../../tools/sdf/object-validation';
import { OBJECTS_FOLDER, PROJECT_ROOT, listFilesBelow, readProjectText } from '../../tools/sdf/project-layout';
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

  it(
    "requires exactly the features the bundle's own objects depend on, so the deploy succeeds in accounts still " +
      'missing what the audit reports on',
    () => {
      const needed = new Set(
        listFilesBelow(PROJECT_ROOT, OBJECTS_FOLDER).flatMap((file) =>
          featureDependenciesOf(readProjectText(PROJECT_ROOT, file)),
        ),
      );

      expect([...manifest.requiredFeatures].sort()).toEqual([...needed].sort());
      expect(manifest.optionalFeatures).toEqual([]);
    },
  );

  it('requires none of the features the audit checks but Server SuiteScript, which the audit itself runs on', () => {
    const audited = new Set<string>(AUDITED_FEATURES);

    expect(manifest.requiredFeatures.filter((feature) => audited.has(feature))).toEqual(['SERVERSIDESCRIPTING']);
  });

  it('depends on no other objects, files or SuiteApps', () => {
    expect(manifest.otherDependencyKinds).toEqual([]);
  });
});
