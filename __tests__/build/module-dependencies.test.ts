import { dependencyProblem, describeAmdModule } from '../../tools/sdf/amd-module';
import { PROJECT_ROOT, builtBundleFiles, readProjectText } from '../../tools/sdf/project-layout';

const BUNDLE = 'FileCabinet/SuiteScripts/acton_readiness';

describe('dependencyProblem', () => {
  const files = new Set([`${BUNDLE}/core/inputs.js`, `${BUNDLE}/suitelet/acton_readiness_sl.js`]);
  const suitelet = `${BUNDLE}/suitelet/acton_readiness_sl.js`;

  it('accepts the AMD pseudo-modules and NetSuite runtime modules', () => {
    expect(['require', 'exports', 'N/query', 'N/ui/serverWidget'].map((name) => dependencyProblem(name, suitelet, files))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('accepts a relative path that reaches a compiled file', () => {
    expect(dependencyProblem('../core/inputs', suitelet, files)).toBeNull();
  });

  it('refuses N/types, which exists only as typings', () => {
    expect(dependencyProblem('N/types', suitelet, files)).toMatch(/not a NetSuite runtime module/);
  });

  it('refuses a relative path to a file the bundle lacks, or one with its .js extension', () => {
    expect(dependencyProblem('../core/engine', suitelet, files)).toMatch(/does not resolve/);
    expect(dependencyProblem('../core/inputs.js', suitelet, files)).toMatch(/\.js extension/);
  });

  it('refuses npm package names', () => {
    expect(dependencyProblem('oauth-1.0a', suitelet, files)).toMatch(/cannot load/);
  });
});

describe.each(builtBundleFiles(PROJECT_ROOT))('compiled module %s', (file) => {
  const shape = describeAmdModule(readProjectText(PROJECT_ROOT, file), file);

  it('is exactly one define([...names], function) call', () => {
    expect(shape).toMatchObject({ defineCalls: 1, topLevelStatements: 1, hasFactory: true });
    expect(shape.dependencies).not.toBeNull();
  });

  it('asks only for modules NetSuite can load', () => {
    const bundle = new Set(builtBundleFiles(PROJECT_ROOT));
    const problems = (shape.dependencies ?? []).map((name) => dependencyProblem(name, file, bundle)).filter((problem) => problem !== null);

    expect(problems).toEqual([]);
  });
});
