import { SECTIONS } from '../../src/core/catalogue';
import { fixOwnerLabel } from '../../src/core/fixOwners';
import { evaluateReadiness } from '../../src/core/engine';
import { integrationBlocked } from '../fixtures/situations/integrationBlocked';
import type { CheckStatus, ReadinessReport } from '../../src/core/report';
import { renderReportHtml, renderReportHtmlParts } from '../../src/render/html';
import { REPORT_ROOT_CLASS } from '../../src/render/htmlStyles';
import { expectOnlyThePrintScript, runPrintScript } from '../fixtures/printScript';
import type { RerunParameters } from '../../src/render/html';
import { allElements, elementsWithClass, parseMarkup } from './markup';
import type { MarkupElement } from './markup';
import {
  HOSTILE_SUMMARY,
  hostileSummaryReport,
  buildReport,
  ATTRIBUTE_BREAKOUT_PAYLOAD,
  SCRIPT_TAG_PAYLOAD,
  SANDBOX_ACCOUNT,
  everyStatusReport,
  hostileNamesReport,
  readyProductionReport,
  tbaDisabledSandboxReport,
} from '../fixtures/reports';

function renderedTree(report: ReadinessReport, options: Parameters<typeof renderReportHtml>[1] = {}): MarkupElement[] {
  return parseMarkup(renderReportHtml(report, options));
}

function checkElement(tree: readonly MarkupElement[], checkId: string): MarkupElement {
  const element = allElements(tree).find((candidate) => candidate.attributes['data-check-id'] === checkId);
  if (element === undefined) throw new Error(`No element for check ${checkId}`);
  return element;
}

function onlyElement(elements: readonly MarkupElement[], what: string): MarkupElement {
  if (elements.length !== 1 || elements[0] === undefined)
    throw new Error(`Expected one ${what}, found ${elements.length}`);
  return elements[0];
}

/** The same report with one check's fix links replaced. */
function withFixLinks(
  report: ReadinessReport,
  checkId: string,
  links: readonly { label: string; href: string }[],
): ReadinessReport {
  return {
    ...report,
    checks: report.checks.map((check) =>
      check.id === checkId && check.status !== 'pass' && check.fix !== undefined
        ? { ...check, fix: { ...check.fix, links } }
        : check,
    ),
  };
}

describe('renderReportHtml: structure', () => {
  it('is one well-formed fragment under the scoped root class', () => {
    const tree = renderedTree(everyStatusReport());

    expect(tree.map((element) => [element.tag, element.attributes.class])).toEqual([['div', 'acton-readiness']]);
  });

  it('scopes every CSS rule under the root class so NetSuite page styles are untouched', () => {
    const style = onlyElement(
      allElements(renderedTree(readyProductionReport())).filter((element) => element.tag === 'style'),
      'style',
    );

    const selectors = style.text
      .split('}')
      .map((rule) => rule.split('{')[0]?.trim() ?? '')
      .filter((selector) => selector !== '')
      .flatMap((selector) => selector.split(',').map((part) => part.trim()));
    expect(selectors.length).toBeGreaterThan(10);
    expect(selectors.filter((selector) => !selector.startsWith('.acton-readiness'))).toEqual([]);
  });

  it('puts the verdict first', () => {
    const [root] = renderedTree(tbaDisabledSandboxReport());

    const firstContent = root?.children.find((element) => element.tag !== 'style' && element.tag !== 'script');
    expect(firstContent?.attributes.class).toContain('ar-verdict');
  });

  it('names each rejected input once, in the verdict (the Suitelet form shows it beside its field)', () => {
    const tree = renderedTree(hostileNamesReport());
    const verdict = onlyElement(elementsWithClass(tree, 'ar-verdict'), 'verdict');

    expect(elementsWithClass(tree, 'ar-problems')).toEqual([]);
    expect(elementsWithClass([verdict], 'ar-headline')[0]?.text).toContain('Rejected input');
  });

  it('lists the check sections in catalogue order', () => {
    const sectionIds = allElements(renderedTree(readyProductionReport()))
      .map((element) => element.attributes['data-section'])
      .filter((id): id is string => id !== undefined);

    expect(sectionIds).toEqual(SECTIONS.map((section) => section.id));
  });

  it('then the candidates, the Account ID and the cost, in that order', () => {
    const classes = allElements(renderedTree(tbaDisabledSandboxReport()))
      .filter((element) => element.tag === 'section')
      .map((element) => element.attributes.class);

    expect(classes.slice(-3)).toEqual(['ar-candidates-section', 'ar-account', 'ar-usage']);
  });
});

describe('renderReportHtml: verdict', () => {
  it('says a ready account is ready, once, with no fix plan', () => {
    const tree = renderedTree(readyProductionReport());
    const verdict = onlyElement(elementsWithClass(tree, 'ar-verdict'), 'verdict');

    expect(verdict.attributes.id).toBe('verdict');
    expect(verdict.text).toContain('Verdict: Ready');
    expect(verdict.text.split('blocker check').length - 1).toBe(1);
    expect(allElements(tree).filter((element) => element.attributes.id === 'fix-plan')).toEqual([]);
  });

  it('names each root cause in failure words, in fix plan order, linked to its check card', () => {
    const verdict = onlyElement(elementsWithClass(renderedTree(everyStatusReport()), 'ar-verdict'), 'verdict');
    const headline = onlyElement(elementsWithClass([verdict], 'ar-headline'), 'headline');

    expect(verdict.text).toContain('Verdict: Not ready');
    expect(headline.children.map((item) => item.text)).toEqual([
      'Client SuiteScript is not enabled: Evidence for feature.client-suitescript.',
      'The integration is not Enabled: Evidence for integration.state.',
      'To check by hand: The integration allows Token-Based Authentication: Evidence for integration.authentication.',
      'SuiteSignOn is not enabled: Evidence for feature.suitesignon.',
      'Could not be read: The role sees every subsidiary: Evidence for role.subsidiary-access.',
    ]);
    expect(
      allElements([headline])
        .filter((element) => element.tag === 'a')
        .map((link) => link.attributes.href),
    ).toEqual([
      '#check-feature.client-suitescript',
      '#check-integration.state',
      '#check-integration.authentication',
      '#check-feature.suitesignon',
      '#check-role.subsidiary-access',
    ]);
  });

  it('holds the fix plan as an ordered list whose steps link to their check cards', () => {
    const report = everyStatusReport();
    const tree = renderedTree(report);
    const plan = onlyElement(
      allElements(tree).filter((element) => element.attributes.id === 'fix-plan'),
      'fix plan',
    );
    const steps = onlyElement(
      plan.children.filter((element) => element.tag === 'ol'),
      'plan list',
    ).children;
    const cardIds = new Set(allElements(tree).map((element) => element.attributes.id));

    expect(steps.map((step) => allElements([step]).find((element) => element.tag === 'a')?.text)).toEqual(
      report.fixPlan.map((step) => step.title),
    );
    for (const step of steps) {
      const href = allElements([step]).find((element) => element.tag === 'a')?.attributes.href ?? '';
      expect(cardIds.has(href.slice(1))).toBe(true);
    }
  });

  it('says who acts on each fix plan step', () => {
    const report = everyStatusReport();
    const owners = elementsWithClass(renderedTree(report), 'ar-owner').map((element) => element.text);

    expect(owners).toEqual(report.fixPlan.map((step) => `Who: ${fixOwnerLabel(step.owner)}`));
  });

  it('names a rejected input in the headline and never shows a plain green box for it', () => {
    const report = {
      ...readyProductionReport(),
      inputProblems: [{ parameter: 'integration', message: 'Too long. The audit looked for ActOnTBA instead.' }],
    };
    const verdict = onlyElement(elementsWithClass(renderedTree(report), 'ar-verdict'), 'verdict');

    expect(verdict.text).toContain('Rejected input integration: Too long. The audit looked for ActOnTBA instead.');
    expect(verdict.attributes.class).not.toContain('ar-tone-good');
  });

  it('names warning recent token logins in the headline with what the audit saw, once', () => {
    const report = buildReport({
      verdict: 'READY_WITH_WARNINGS',
      statuses: { 'login.recent': 'warn' },
      evidence: { 'login.recent': ['The latest token login failed with "InvalidSignature".'] },
    });
    const verdict = onlyElement(elementsWithClass(renderedTree(report), 'ar-verdict'), 'verdict');

    expect(elementsWithClass([verdict], 'ar-headline')[0]?.text).toBe(
      'Recent token logins failed: The latest token login failed with "InvalidSignature".',
    );
    expect(verdict.text).not.toContain('Latest token login:');
  });

  it("carries the latest failed token login in the headline when another check's step resolves it", () => {
    const report = buildReport({
      verdict: 'NOT_READY',
      statuses: { 'login.recent': 'warn', 'token.active': 'fail' },
      evidence: { 'login.recent': ['The latest token login failed with "InvalidToken".'] },
    });
    const verdict = onlyElement(elementsWithClass(renderedTree(report), 'ar-verdict'), 'verdict');

    expect(verdict.text).toContain('Latest token login: The latest token login failed with "InvalidToken".');
  });

  it('says which steps a NetSuite administrator cannot do alone, and who must', () => {
    const report = buildReport({ verdict: 'READY_WITH_WARNINGS', statuses: { 'platform.soap-retirement': 'warn' } });
    const verdict = onlyElement(elementsWithClass(renderedTree(report), 'ar-verdict'), 'verdict');

    expect(elementsWithClass([verdict], 'ar-headline-others')[0]?.text).toBe(
      'A NetSuite administrator cannot do all of this alone: step 1 needs Act-On support.',
    );
  });

  it('names each one who must act once, with all the steps they take', () => {
    const report = buildReport({
      verdict: 'INCOMPLETE',
      statuses: { 'token.active': 'unknown', 'login.ip-address-rules': 'unknown', 'platform.soap-retirement': 'warn' },
    });
    const verdict = onlyElement(elementsWithClass(renderedTree(report), 'ar-verdict'), 'verdict');

    expect(report.fixPlan.map((step) => step.owner)).toEqual(['consultant', 'consultant', 'acton-support']);
    expect(elementsWithClass([verdict], 'ar-headline-others')[0]?.text).toBe(
      'A NetSuite administrator cannot do all of this alone: steps 1 and 2 need whoever runs this audit; ' +
        'step 3 needs Act-On support.',
    );
  });

  it('says when the audit ran in words, in UTC', () => {
    const verdict = onlyElement(elementsWithClass(renderedTree(readyProductionReport()), 'ar-verdict'), 'verdict');

    expect(verdict.text).toContain('Audited 27 Nov 2026, 21:15 UTC.');
  });

  it.each([
    ['READY', 'Verdict: Ready'],
    ['READY_WITH_WARNINGS', 'Verdict: Ready, with warnings'],
    ['INCOMPLETE', 'Verdict: Incomplete'],
    ['NOT_READY', 'Verdict: Not ready'],
  ] as const)('words the %s verdict as "%s"', (verdict, heading) => {
    const report = { ...readyProductionReport(), verdict };

    const verdictBlock = onlyElement(elementsWithClass(renderedTree(report), 'ar-verdict'), 'verdict');

    expect(verdictBlock.children[0]?.text).toMatch(new RegExp(`^\\S+ ${heading}$`));
  });

  it('names every root cause that needs something, what a person must confirm and what warns included', () => {
    const report = everyStatusReport();
    const verdict = onlyElement(elementsWithClass(renderedTree(report), 'ar-verdict'), 'verdict');
    const named = elementsWithClass([verdict], 'ar-headline')[0]?.children.map(
      (item) => item.children[0]?.attributes.href,
    );
    const roots = report.checks.filter(
      (check) => check.causedBy === undefined && check.status !== 'pass' && check.status !== 'info',
    );

    expect(roots.length).toBeGreaterThan(2);
    expect(new Set(named)).toEqual(new Set(roots.map((check) => `#check-${check.id}`)));
  });
});

describe('renderReportHtml: checks', () => {
  it('gives every check card the id check-<checkId>', () => {
    const report = everyStatusReport();
    const ids = allElements(renderedTree(report))
      .filter((element) => element.attributes['data-check-id'] !== undefined)
      .map((element) => element.attributes.id);

    expect(ids).toEqual(report.checks.map((check) => `check-${check.id}`));
  });

  it('folds passing and information checks into a closed details element and leaves the others open', () => {
    const report = everyStatusReport();
    const tree = renderedTree(report);

    for (const check of report.checks) {
      const folded = checkElement(tree, check.id).children.find((child) => child.tag === 'details');
      if (check.status === 'pass' || check.status === 'info') expect(folded?.attributes.open).toBeUndefined();
      expect(folded === undefined).toBe(check.status !== 'pass' && check.status !== 'info');
    }
  });

  it('folds a section where every check passes or informs into one closed line, and leaves a section with work open', () => {
    const report = tbaDisabledSandboxReport();
    const tree = renderedTree(report);
    const account = report.checks.filter((check) => check.section === 'account');
    const passed = account.filter((check) => check.status === 'pass').length;
    const foldOf = (sectionId: string): MarkupElement | undefined =>
      allElements(tree)
        .find((element) => element.attributes['data-section'] === sectionId)
        ?.children.find((child) => child.tag === 'details');

    expect(foldOf('account')?.attributes.open).toBeUndefined();
    expect(foldOf('account')?.children[0]?.text).toBe(
      `${account.length} checks: ${passed} pass, ${account.length - passed} information`,
    );
    expect(foldOf('features')).toBeUndefined();
    expect(foldOf('logins')).toBeUndefined();
  });

  it('marks a check an upstream failure explains with a link to that check', () => {
    const cause = onlyElement(
      elementsWithClass([checkElement(renderedTree(everyStatusReport()), 'token.active')], 'ar-cause'),
      'cause',
    );

    expect(cause.text).toMatch(/^Caused by: The integration is not Enabled; fix plan step \d resolves both\.$/);
    expect(cause.children[0]?.attributes.href).toBe('#check-integration.state');
  });

  const STATUS_WORDS: Record<CheckStatus, string> = {
    pass: 'Pass',
    fail: 'Fail',
    warn: 'Warning',
    manual: 'Check by hand',
    unknown: 'Unknown',
    info: 'Info',
  };

  /** The badge of the first check with `status`, split into its icon and its words. */
  function badgeOf(status: CheckStatus): { icon: string; words: string } {
    const report = everyStatusReport();
    const check = report.checks.find((candidate) => candidate.status === status);
    const badge = onlyElement(
      elementsWithClass([checkElement(renderedTree(report), check?.id ?? '')], 'ar-badge'),
      'badge',
    );
    const [icon = '', ...words] = badge.text.split(' ');
    return { icon, words: words.join(' ') };
  }

  it.each(Object.entries(STATUS_WORDS))(
    'shows the %s status in words with an icon, not by colour alone',
    (status, words) => {
      const badge = badgeOf(status as CheckStatus);

      expect(badge.words).toBe(words);
      expect(badge.icon).toMatch(/^[^\sA-Za-z0-9]$/u);
    },
  );

  it('gives each status its own icon, so a black and white print still tells them apart', () => {
    const icons = (Object.keys(STATUS_WORDS) as CheckStatus[]).map((status) => badgeOf(status).icon);

    expect(new Set(icons).size).toBe(icons.length);
  });

  it('writes each fix out once, on the check its step stands for: each step, the navigation and every link', () => {
    const report = everyStatusReport();
    const tree = renderedTree(report);
    const writtenOut = report.checks.filter((check) => {
      const step = report.fixPlan.find((planStep) => planStep.resolves.includes(check.id));
      return check.status !== 'pass' && (step === undefined || step.resolves[0] === check.id);
    });

    expect(writtenOut.length).toBeGreaterThan(3);
    for (const check of writtenOut) {
      if (check.status === 'pass' || check.fix === undefined) continue;
      const element = checkElement(tree, check.id);
      const steps = allElements([element]).filter((candidate) => candidate.tag === 'li' && candidate !== element);
      const navigation = onlyElement(elementsWithClass([element], 'ar-navigation'), `navigation of ${check.id}`);
      const links = allElements(elementsWithClass([element], 'ar-fix')).filter((candidate) => candidate.tag === 'a');

      expect(steps.map((step) => step.text)).toEqual(expect.arrayContaining([...check.fix.steps]));
      expect(navigation.text).toBe(`Where: ${check.fix.navigation}`);
      expect(links.map((link) => link.text)).toEqual(check.fix.links.map((link) => link.label));
    }
  });

  it.each([
    ['feature.client-suitescript', 'How to fix'],
    ['feature.suitesignon', 'What to do'],
    ['integration.authentication', 'How to check'],
    ['role.subsidiary-access', 'How to check'],
    ['platform.two-factor', 'Where to look'],
  ])('heads the fix of %s "%s"', (checkId, heading) => {
    const fix = onlyElement(
      elementsWithClass([checkElement(renderedTree(everyStatusReport()), checkId)], 'ar-fix'),
      'fix',
    );

    expect(fix.children[0]?.text).toBe(heading);
  });

  it('shows no fix for a passed check', () => {
    const element = checkElement(renderedTree(readyProductionReport()), 'token.active');

    expect(elementsWithClass([element], 'ar-fix')).toEqual([]);
  });

  it('shows each line of evidence', () => {
    const element = checkElement(renderedTree(tbaDisabledSandboxReport()), 'feature.token-based-authentication');

    const evidence = onlyElement(elementsWithClass([element], 'ar-evidence'), 'evidence list');
    expect(evidence.children.map((line) => line.text)).toEqual(['Token-Based Authentication is off (feature TBA).']);
  });
});

describe('renderReportHtml: links', () => {
  function fixLinks(tree: readonly MarkupElement[]): MarkupElement[] {
    return elementsWithClass(tree, 'ar-fix').flatMap((fix) =>
      allElements([fix]).filter((element) => element.tag === 'a'),
    );
  }

  it('keeps NetSuite paths relative when no UI origin is given (right inside NetSuite)', () => {
    const links = fixLinks(renderedTree(tbaDisabledSandboxReport()));

    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => (link.attributes.href ?? '').startsWith('/app/'))).toBe(true);
  });

  it('resolves NetSuite paths against the UI origin when one is given', () => {
    const tree = renderedTree(tbaDisabledSandboxReport(), { uiBaseUrl: 'https://1234567-sb1.app.netsuite.com/' });

    const hrefs = fixLinks(tree).map((link) => link.attributes.href);
    expect(hrefs).toContain('https://1234567-sb1.app.netsuite.com/app/setup/features.nl');
  });

  it('opens fix links in a new tab without giving the new page a handle on this one', () => {
    const links = fixLinks(renderedTree(tbaDisabledSandboxReport()));

    expect(
      links.every(
        (link) => link.attributes.target === '_blank' && (link.attributes.rel ?? '').split(' ').includes('noopener'),
      ),
    ).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/app/x',
    ' JAVASCRIPT:alert(1)',
  ])('shows a link to %s as its label only', (href) => {
    const report = withFixLinks(tbaDisabledSandboxReport(), 'feature.token-based-authentication', [
      { label: 'Odd link', href },
    ]);

    const element = checkElement(renderedTree(report), 'feature.token-based-authentication');

    expect(allElements([element]).filter((candidate) => candidate.tag === 'a')).toEqual([]);
    expect(element.text).toContain('Open: Odd link');
  });

  it('keeps an absolute https link as it is', () => {
    const href = 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4247337262.html';
    const report = withFixLinks(tbaDisabledSandboxReport(), 'feature.token-based-authentication', [
      { label: 'Help', href },
    ]);

    const links = fixLinks(renderedTree(report, { uiBaseUrl: 'https://1234567.app.netsuite.com' }));

    expect(links.map((link) => link.attributes.href)).toContain(href);
  });

  it('offers the JSON and CSV downloads and the print page when their links are given', () => {
    const tree = renderedTree(readyProductionReport(), {
      downloadLinks: {
        json: '/app/site/hosting/scriptlet.nl?format=json',
        csv: '/app/site/hosting/scriptlet.nl?format=csv',
        print: '/app/site/hosting/scriptlet.nl?format=print',
      },
    });

    const links = allElements(elementsWithClass(tree, 'ar-downloads')).filter((element) => element.tag === 'a');
    expect(links.map((link) => [link.text, link.attributes.href])).toEqual([
      ['Download JSON', '/app/site/hosting/scriptlet.nl?format=json'],
      ['Download CSV', '/app/site/hosting/scriptlet.nl?format=csv'],
      ['Print-friendly page', '/app/site/hosting/scriptlet.nl?format=print'],
    ]);
  });
});

describe('renderReportHtml: candidates, Account ID and cost', () => {
  function candidateRows(tree: readonly MarkupElement[]): MarkupElement[] {
    const table = onlyElement(elementsWithClass(tree, 'ar-candidates'), 'candidates table');
    return allElements([table])
      .filter((element) => element.tag === 'tr')
      .slice(1);
  }

  it(
    'shows each candidate with its token, user, role and failed blockers, the account-wide ones included as the ' +
      'verdict counts them',
    () => {
      const report = tbaDisabledSandboxReport();
      const rows = candidateRows(renderedTree(report));
      const failingBlockers = report.checks.filter(
        (check) => check.severity === 'blocker' && check.status === 'fail',
      ).length;

      expect(rows.map((row) => row.children.map((cell) => cell.text))).toEqual([
        [
          'ActOnTBA - Marketing Integration (id 41)',
          'Marketing Integration (id 7)',
          'Act-On Integration (id 1001)',
          '2 (1 account-wide)',
        ],
        [
          'None: no token for this role and user',
          'Marketing Integration (id 7)',
          'Administrator (id 3)',
          '3 (1 account-wide)',
        ],
      ]);
      expect(rows[0]?.children[3]?.text.startsWith(String(failingBlockers))).toBe(true);
    },
  );

  it('links each candidate to a re-run of the audit for its role and user, with the same score fields', () => {
    const asked: RerunParameters[] = [];
    const rerunUrl = (parameters: RerunParameters): string => {
      asked.push(parameters);
      return `/app/site/hosting/scriptlet.nl?script=12&deploy=1&role=${parameters.roleId}`;
    };

    const report = tbaDisabledSandboxReport();
    const withScoreFields = { ...report, inputs: { ...report.inputs, scoreFieldIds: ['custentity_ao'] } };

    const rows = candidateRows(renderedTree(withScoreFields, { rerunUrl }));

    expect(asked).toEqual([
      { integrationName: 'ActOnTBA', roleId: 1001, userId: 7, scoreFieldIds: ['custentity_ao'] },
      { integrationName: 'ActOnTBA', roleId: 3, userId: 7, scoreFieldIds: ['custentity_ao'] },
    ]);
    expect(rows.map((row) => allElements([row]).find((element) => element.tag === 'a')?.attributes.href)).toEqual([
      '/app/site/hosting/scriptlet.nl?script=12&deploy=1&role=1001',
      '/app/site/hosting/scriptlet.nl?script=12&deploy=1&role=3',
    ]);
  });

  it('says how many candidates were left out', () => {
    const section = onlyElement(
      elementsWithClass(renderedTree(tbaDisabledSandboxReport()), 'ar-candidates-section'),
      'candidates',
    );

    expect(section.text).toContain('3 more not shown');
  });

  it('says so when there is no candidate at all', () => {
    const report = { ...readyProductionReport(), candidates: [] };

    const section = onlyElement(elementsWithClass(renderedTree(report), 'ar-candidates-section'), 'candidates');

    expect(section.text).toContain('No access token for the integration was found');
  });

  it('shows the Account ID to type into Act-On on its own, with the host form and environment', () => {
    const account = onlyElement(
      elementsWithClass(renderedTree(tbaDisabledSandboxReport()), 'ar-account'),
      'account block',
    );

    expect(onlyElement(elementsWithClass([account], 'ar-account-id'), 'account id').text).toBe(
      SANDBOX_ACCOUNT.actOnAccountId,
    );
    expect(account.text).toContain('Host form1234567-sb1');
    expect(account.text).toContain('EnvironmentSandbox (SANDBOX)');
  });

  it('shows what the audit cost', () => {
    const usage = onlyElement(elementsWithClass(renderedTree(readyProductionReport()), 'ar-usage'), 'usage');

    expect(usage.text).toContain('7 queries');
    expect(usage.text).toContain('70 governance units');
  });
});

describe('renderReportHtml: account-supplied text', () => {
  it('builds no element from a script or attribute payload in names, evidence or inputs', () => {
    const html = renderReportHtml(hostileNamesReport(), { rerunUrl: () => '/app/x.nl' });

    const elements = allElements(parseMarkup(html));
    expectOnlyThePrintScript(
      elements.filter((element) => element.tag === 'script').map((element) => element.text),
      REPORT_ROOT_CLASS,
    );
    expect(elements.some((element) => element.tag === 'img')).toBe(false);
    expect(html).not.toContain(SCRIPT_TAG_PAYLOAD);
    expect(html).not.toContain('<img');
  });

  it('shows the payloads as the text the account holds', () => {
    const tree = renderedTree(hostileNamesReport());

    const [row] = allElements(elementsWithClass(tree, 'ar-candidates'))
      .filter((element) => element.tag === 'tr')
      .slice(1);
    expect(row?.children.map((cell) => cell.text).slice(0, 3)).toEqual([
      `${SCRIPT_TAG_PAYLOAD} (id 41)`,
      `${ATTRIBUTE_BREAKOUT_PAYLOAD} (id 7)`,
      `${SCRIPT_TAG_PAYLOAD} (id 1001)`,
    ]);
    expect(onlyElement(elementsWithClass(tree, 'ar-verdict'), 'verdict').text).toContain(
      `Integration ${SCRIPT_TAG_PAYLOAD}`,
    );
    expect(onlyElement(elementsWithClass(tree, 'ar-headline'), 'headline').text).toContain(ATTRIBUTE_BREAKOUT_PAYLOAD);
  });

  it('escapes the ampersands of a re-run URL inside its attribute', () => {
    const html = renderReportHtml(hostileNamesReport(), {
      rerunUrl: () => '/app/site/hosting/scriptlet.nl?script=12&deploy=1',
    });

    expect(html).toContain('href="/app/site/hosting/scriptlet.nl?script=12&amp;deploy=1"');
  });

  it('drops a re-run URL that holds markup characters instead of emitting it', () => {
    const tree = renderedTree(hostileNamesReport(), { rerunUrl: () => `/app/x.nl?name=${ATTRIBUTE_BREAKOUT_PAYLOAD}` });

    expect(allElements(elementsWithClass(tree, 'ar-candidates')).filter((element) => element.tag === 'a')).toEqual([]);
  });
});

describe('renderReportHtmlParts', () => {
  it('puts the verdict, the fix plan and the rejected inputs in the top part, with the styles and the print script', () => {
    const top = parseMarkup(renderReportHtmlParts(hostileNamesReport()).top);

    expect(
      allElements(top)
        .map((element) => element.tag)
        .slice(0, 4),
    ).toEqual(['div', 'style', 'script', 'section']);
    expect(elementsWithClass(top, 'ar-verdict')).toHaveLength(1);
    expect(elementsWithClass(top, 'ar-headline')[0]?.text).toContain('Rejected input');
    expect(elementsWithClass(top, 'ar-section')).toEqual([]);
  });

  it('puts the check sections, the candidates and the audit details in the rest, without a script', () => {
    const rest = parseMarkup(renderReportHtmlParts(tbaDisabledSandboxReport()).rest);

    expect(elementsWithClass(rest, 'ar-section').length).toBeGreaterThan(0);
    expect(elementsWithClass(rest, 'ar-candidates')).toHaveLength(1);
    expect(elementsWithClass(rest, 'ar-verdict')).toEqual([]);
    expect(allElements(rest).some((element) => element.tag === 'script')).toBe(false);
  });
});

describe('renderReportHtml: summaries', () => {
  it("names what was found in the verdict, in the rule's words, without repeating the evidence", () => {
    const report = evaluateReadiness(integrationBlocked.snapshot, integrationBlocked.inputs);

    const headline = elementsWithClass(parseMarkup(renderReportHtml(report)), 'ar-headline');
    expect(
      allElements(headline)
        .filter((element) => element.tag === 'li')
        .map((element) => element.text),
    ).toEqual(['The integration ActOnTBA is Blocked']);
  });

  it('shows a hostile name in a summary as text', () => {
    const tree = parseMarkup(renderReportHtml(hostileSummaryReport()));

    const items = allElements(elementsWithClass(tree, 'ar-headline')).filter((element) => element.tag === 'li');
    expect(items.map((element) => element.text)).toContain(HOSTILE_SUMMARY.replace('\u001b', ' '));
    expectOnlyThePrintScript(
      allElements(tree)
        .filter((element) => element.tag === 'script')
        .map((element) => element.text),
      REPORT_ROOT_CLASS,
    );
  });
});

describe('the print script of a report page', () => {
  const pageScript = (): string =>
    allElements(
      parseMarkup(renderReportHtml(evaluateReadiness(integrationBlocked.snapshot, integrationBlocked.inputs))),
    )
      .filter((element) => element.tag === 'script')
      .map((element) => element.text)[0] ?? '';

  it('opens every closed fold for printing and closes the same folds after, leaving open ones open', () => {
    const run = runPrintScript(pageScript(), REPORT_ROOT_CLASS, [false, true, false]);

    expect(run.beforePrint()).toEqual([true, true, true]);
    expect(run.afterPrint()).toEqual([false, true, false]);
  });

  it('does it again on a second print', () => {
    const run = runPrintScript(pageScript(), REPORT_ROOT_CLASS, [false]);
    run.beforePrint();
    run.afterPrint();

    expect(run.beforePrint()).toEqual([true]);
    expect(run.afterPrint()).toEqual([false]);
  });
});
