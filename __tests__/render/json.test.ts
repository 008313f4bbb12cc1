import { checkDefinition } from '../../src/core/catalogue';
import { evaluateReadiness } from '../../src/core/engine';
import { failureSummary } from '../../src/core/fixPlan';
import { integrationBlocked } from '../fixtures/situations/integrationBlocked';
import { REPORT_SCHEMA_VERSION, TOOL_NAME, TOOL_VERSION } from '../../src/core/tool';
import { fromReportDocument, parseReportDocument, toReportDocument } from '../../src/render/json';
import type { ReportDocument } from '../../src/render/json';
import {
  ATTRIBUTE_BREAKOUT_PAYLOAD,
  SCRIPT_TAG_PAYLOAD,
  hostileNamesReport,
  readyProductionReport,
  tbaDisabledSandboxReport,
} from '../fixtures/reports';
import { cannedReport } from '../../tools/mocknetsuite/cannedReports';

/** A saved document as text, with one change made to its parsed form. */
function savedDocumentWith(change: (document: Record<string, unknown>) => void): string {
  const document = JSON.parse(JSON.stringify(toReportDocument(readyProductionReport()))) as Record<string, unknown>;
  change(document);
  return JSON.stringify(document);
}

function parseDocument(text: string): ReportDocument {
  const parsed = parseReportDocument(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

function errorOf(result: ReturnType<typeof parseReportDocument>): string {
  if (!('error' in result)) throw new Error('Expected the document to be rejected');
  return result.error;
}

describe('toReportDocument', () => {
  it('has exactly the public top-level fields, in the documented order', () => {
    const document = toReportDocument(readyProductionReport());

    expect(Object.keys(document)).toEqual([
      'schemaVersion',
      'tool',
      'generatedAt',
      'account',
      'inputs',
      'inputProblems',
      'verdict',
      'fixPlan',
      'checks',
      'candidates',
      'candidatesOmitted',
      'usage',
      'probes',
    ]);
  });

  it('stamps the schema version and the tool', () => {
    const document = toReportDocument(readyProductionReport());

    expect(document.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(document.tool).toEqual({ name: TOOL_NAME, version: TOOL_VERSION });
  });

  it('carries every account form a sandbox needs', () => {
    const document = toReportDocument(tbaDisabledSandboxReport());

    expect(document.account).toEqual({
      id: '1234567_SB1',
      actOnAccountId: '1234567_SB1',
      hostId: '1234567-sb1',
      environment: 'SANDBOX',
      netsuiteVersion: '2026.2',
      uiHost: '1234567-sb1.app.netsuite.com',
      restletHost: '1234567-sb1.restlets.api.netsuite.com',
    });
  });

  it('gives a passed check no fix', () => {
    const document = toReportDocument(readyProductionReport());

    const tokenCheck = document.checks.find((check) => check.id === 'token.active');
    expect(tokenCheck?.status).toBe('pass');
    expect(tokenCheck?.fix).toBeNull();
  });

  it('gives a failed check its fix: steps, navigation and links', () => {
    const definition = checkDefinition('feature.token-based-authentication');

    const document = toReportDocument(tbaDisabledSandboxReport());

    const failed = document.checks.find((check) => check.id === 'feature.token-based-authentication');
    expect(failed?.status).toBe('fail');
    expect(failed?.fix).toEqual({
      id: 'default',
      title: 'Enable Token-Based Authentication',
      owner: 'netsuite-admin',
      steps: definition.fixes.default.steps,
      navigation: definition.fixes.default.navigation,
      links: definition.fixes.default.links,
    });
    expect(failed?.evidence).toEqual(['Token-Based Authentication is off (feature TBA).']);
  });

  it('keeps one entry per check, in report order, with only the documented check fields', () => {
    const report = readyProductionReport();

    const document = toReportDocument(report);

    expect(document.checks.map((check) => check.id)).toEqual(report.checks.map((check) => check.id));
    expect(Object.keys(document.checks[0] ?? {})).toEqual([
      'id',
      'section',
      'title',
      'severity',
      'status',
      'evidence',
      'findings',
      'fix',
    ]);
  });

  it('lists candidates with their own credential checks reduced to id, status and evidence', () => {
    const document = toReportDocument(tbaDisabledSandboxReport());

    expect(document.candidates[0]).toEqual({
      source: 'token',
      tokenId: 41,
      tokenName: 'ActOnTBA - Marketing Integration',
      userId: 7,
      userName: 'Marketing Integration',
      roleId: 1001,
      roleName: 'Act-On Integration',
      blockersFailed: 1,
      checks: [{ id: 'role.soap-web-services', status: 'fail', evidence: ['Evidence for role.soap-web-services.'] }],
    });
    expect(document.candidatesOmitted).toBe(3);
  });

  it('keeps hostile names as the exact text the account holds', () => {
    const text = JSON.stringify(toReportDocument(hostileNamesReport()));

    const reread = JSON.parse(text) as ReportDocument;

    expect(reread.inputs.integrationName).toBe(SCRIPT_TAG_PAYLOAD);
    expect(reread.candidates[0]?.userName).toBe(ATTRIBUTE_BREAKOUT_PAYLOAD);
  });
});

describe('fromReportDocument', () => {
  it.each([
    ['a ready production account', readyProductionReport],
    ['a sandbox with Token-Based Authentication off', tbaDisabledSandboxReport],
    ['an account with hostile names', hostileNamesReport],
  ])('reads back the document of %s without losing anything it holds', (_situation, report) => {
    const document = toReportDocument(report());

    expect(toReportDocument(fromReportDocument(document))).toEqual(document);
  });

  it.each(['ready-administrator', 'token-based-authentication-off', 'audit-tables-unreadable'] as const)(
    'reads back the RESTlet answer in the %s situation without losing anything it holds',
    (situation) => {
      const document = cannedReport(situation, '1234567_SB1');

      expect(toReportDocument(fromReportDocument(document))).toEqual(document);
    },
  );

  it('keeps the score fields the audit was given, as the document lists them', () => {
    const report = readyProductionReport();
    const document = toReportDocument({ ...report, inputs: { ...report.inputs, scoreFieldIds: ['custentity_ao'] } });

    expect(document.inputs.scoreFieldIds).toEqual(['custentity_ao']);
    expect(fromReportDocument(parseDocument(JSON.stringify(document))).inputs.scoreFieldIds).toEqual(['custentity_ao']);
  });

  it('reads a document written before score fields were kept as an audit without them', () => {
    const text = savedDocumentWith((document) => {
      delete (document.inputs as Record<string, unknown>).scoreFieldIds;
    });

    expect(fromReportDocument(parseDocument(text)).inputs.scoreFieldIds).toEqual([]);
  });

  it("takes each check's reason from the catalogue", () => {
    const report = fromReportDocument(toReportDocument(readyProductionReport()));

    expect(report.checks.find((check) => check.id === 'feature.token-based-authentication')?.why).toContain(
      'FeatureDisabled',
    );
  });

  it('keeps a check this version does not know, under its own title and with no reason', () => {
    const document = toReportDocument(readyProductionReport());
    const newer = {
      ...document,
      checks: [
        ...document.checks,
        {
          id: 'future.check',
          section: 'account' as const,
          title: 'A later check',
          severity: 'info' as const,
          status: 'info' as const,
          evidence: ['x'],
          fix: null,
        },
      ],
    };

    expect(fromReportDocument(newer).checks.at(-1)).toEqual(
      expect.objectContaining({ id: 'future.check', title: 'A later check', why: '' }),
    );
  });

  it("describes a candidate's check like the report's own check of that id", () => {
    const report = fromReportDocument(toReportDocument(tbaDisabledSandboxReport()));

    expect(report.candidates[0]?.checks[0]).toEqual(
      expect.objectContaining({
        id: 'role.soap-web-services',
        section: 'credentials',
        title: checkDefinition('role.soap-web-services').title,
        status: 'fail',
      }),
    );
  });

  it('gives a failed check that arrived without a fix an empty one, so renderers still have one to show', () => {
    const document = toReportDocument(tbaDisabledSandboxReport());
    const withoutFix = { ...document, checks: document.checks.map((check) => ({ ...check, fix: null })) };

    const failed = fromReportDocument(withoutFix).checks.find(
      (check) => check.id === 'feature.token-based-authentication',
    );

    expect(failed).toEqual(
      expect.objectContaining({
        status: 'fail',
        fix: {
          id: 'default',
          title: 'Enable Token-Based Authentication',
          owner: 'netsuite-admin',
          steps: [],
          navigation: '',
          links: [],
        },
      }),
    );
  });
});

describe('parseReportDocument', () => {
  it('reads back a document it wrote', () => {
    const document = toReportDocument(tbaDisabledSandboxReport());

    expect(parseReportDocument(JSON.stringify(document))).toEqual(document);
  });

  it('accepts fields it does not know (the format only grows)', () => {
    const text = savedDocumentWith((document) => {
      document.comment = 'added by a later version';
    });

    expect('error' in parseReportDocument(text)).toBe(false);
  });

  it('rejects text that is not JSON', () => {
    expect(errorOf(parseReportDocument('{"schemaVersion": 1,'))).toMatch(/^Not valid JSON: /);
  });

  it('rejects a document that is not an object', () => {
    expect(errorOf(parseReportDocument('[1, 2]'))).toBe('The document: expected an object, found an array');
  });

  it('rejects another schema version, naming both versions', () => {
    const text = savedDocumentWith((document) => {
      document.schemaVersion = REPORT_SCHEMA_VERSION + 1;
    });

    expect(errorOf(parseReportDocument(text))).toBe(
      `schemaVersion: this tool reads version ${REPORT_SCHEMA_VERSION}, the document is version ` +
        `${REPORT_SCHEMA_VERSION + 1}`,
    );
  });

  it('names the path of a missing nested field', () => {
    const text = savedDocumentWith((document) => {
      delete (document.account as Record<string, unknown>).actOnAccountId;
    });

    expect(errorOf(parseReportDocument(text))).toBe('account.actOnAccountId: expected a string, found nothing');
  });

  it('names the array index and the allowed values of a bad status', () => {
    const text = savedDocumentWith((document) => {
      (document.checks as Record<string, unknown>[])[2] = {
        ...(document.checks as Record<string, unknown>[])[2],
        status: 'maybe',
      };
    });

    expect(errorOf(parseReportDocument(text))).toBe(
      'checks[2].status: expected one of "pass", "fail", "warn", "manual", "unknown", "info", found "maybe"',
    );
  });

  it('rejects a negative count', () => {
    const text = savedDocumentWith((document) => {
      document.usage = { queries: -1, governanceUnits: 0 };
    });

    expect(errorOf(parseReportDocument(text))).toBe('usage.queries: expected a whole number (0 or more), found -1');
  });

  it('rejects a fix that is neither null nor an object', () => {
    const text = savedDocumentWith((document) => {
      (document.checks as Record<string, unknown>[])[0] = {
        ...(document.checks as Record<string, unknown>[])[0],
        fix: 'see docs',
      };
    });

    expect(errorOf(parseReportDocument(text))).toBe('checks[0].fix: expected an object, found "see docs"');
  });

  it('rejects a candidate role id given as text', () => {
    const document = toReportDocument(tbaDisabledSandboxReport());
    const text = JSON.stringify({ ...document, candidates: [{ ...document.candidates[0], roleId: '1001' }] });

    expect(errorOf(parseReportDocument(text))).toBe(
      'candidates[0].roleId: expected a whole number (0 or more), found "1001"',
    );
  });
});

describe('toReportDocument: summaries', () => {
  const report = evaluateReadiness(integrationBlocked.snapshot, integrationBlocked.inputs);

  it('carries a summary on each check that does not pass, and none on a passing one', () => {
    const document = toReportDocument(report);

    expect(document.checks.find((check) => check.id === 'integration.state')?.summary).toBe(
      'The integration ActOnTBA is Blocked',
    );
    expect(document.checks.find((check) => check.id === 'integration.record')).not.toHaveProperty('summary');
  });

  it('reads the summary back from a saved document', () => {
    const read = parseReportDocument(JSON.stringify(toReportDocument(report)));
    if ('error' in read) throw new Error(read.error);

    const check = fromReportDocument(read).checks.find((candidate) => candidate.id === 'integration.state');
    expect(check !== undefined && 'summary' in check ? check.summary : undefined).toBe(
      'The integration ActOnTBA is Blocked',
    );
  });

  it("reads a document without summaries, whose renderers use the catalogue's wording", () => {
    const saved = toReportDocument(report);
    const older = { ...saved, checks: saved.checks.map(({ summary: _summary, ...check }) => check) };
    const read = parseReportDocument(JSON.stringify(older));
    if ('error' in read) throw new Error(read.error);

    const check = fromReportDocument(read).checks.find((candidate) => candidate.id === 'integration.state');
    expect(check === undefined ? 'missing' : failureSummary(check)).toBe('The integration is not Enabled');
  });
});

describe('the owner of each fix plan step', () => {
  it('is written on every step of the document', () => {
    const document = toReportDocument(tbaDisabledSandboxReport());

    expect(document.fixPlan?.length).toBeGreaterThan(0);
    for (const step of document.fixPlan ?? []) expect(step.owner).toBe('netsuite-admin');
  });

  it('is worked out from the root check for a document of an earlier version that has none', () => {
    const document = toReportDocument(tbaDisabledSandboxReport());
    const older: ReportDocument = {
      ...document,
      fixPlan: (document.fixPlan ?? []).map(({ owner: _owner, ...step }) => step),
    };

    expect(fromReportDocument(older).fixPlan.map((step) => step.owner)).toEqual(
      (document.fixPlan ?? []).map((step) => step.owner),
    );
  });

  it('rejects an owner that is none of the four', () => {
    const text = savedDocumentWith((document) => {
      document.fixPlan = [{ order: 1, title: 'x', resolves: [], navigation: '', links: [], owner: 'the intern' }];
    });

    expect(parseReportDocument(text)).toEqual({ error: expect.stringContaining('fixPlan[0].owner') });
  });
});
