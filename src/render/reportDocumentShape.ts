/**
 * The shape of the public JSON report (./reportDocument), field by field, so a document read
 * from disk or from a RESTlet answer is checked before anything renders it.
 */
import { SECTIONS } from '../core/catalogue';
import { FIX_OWNERS } from '../core/fixOwners';
import { CHECK_STATUSES } from '../core/report';
import type { Verdict } from '../core/report';
import {
  arrayShape,
  booleanShape,
  jsonDataShape,
  nullableShape,
  objectShape,
  oneOfShape,
  optionalShape,
  textShape,
  wholeNumberShape,
} from './jsonShape';
import type { Shape } from './jsonShape';
import type {
  ReportDocument,
  ReportDocumentAccount,
  ReportDocumentCandidate,
  ReportDocumentCheck,
  ReportDocumentFinding,
  ReportDocumentFix,
  ReportDocumentFixStep,
  ReportDocumentProbe,
} from './reportDocument';

const VERDICTS: readonly Verdict[] = ['READY', 'READY_WITH_WARNINGS', 'INCOMPLETE', 'NOT_READY'];
const textListShape = arrayShape(textShape);

const ACCOUNT_SHAPE = objectShape<ReportDocumentAccount>({
  id: textShape,
  actOnAccountId: textShape,
  hostId: textShape,
  environment: textShape,
  netsuiteVersion: textShape,
  uiHost: textShape,
  restletHost: textShape,
});

const FIX_SHAPE = objectShape<ReportDocumentFix>({
  id: optionalShape(textShape),
  title: optionalShape(textShape),
  owner: optionalShape(oneOfShape(FIX_OWNERS)),
  steps: textListShape,
  navigation: textShape,
  links: arrayShape(objectShape<ReportDocumentFix['links'][number]>({ label: textShape, href: textShape })),
});

const STATUS_SHAPE = oneOfShape(CHECK_STATUSES);

const CHECK_SHAPE = objectShape<ReportDocumentCheck>({
  id: textShape,
  section: oneOfShape(SECTIONS.map((section) => section.id)),
  title: textShape,
  severity: oneOfShape(['blocker', 'warning', 'info'] as const),
  status: STATUS_SHAPE,
  evidence: textListShape,
  findings: optionalShape(arrayShape(objectShape<ReportDocumentFinding>({ id: textShape, data: jsonDataShape }))),
  fix: nullableShape(FIX_SHAPE),
  causedBy: optionalShape(textShape),
  summary: optionalShape(textShape),
});

const FIX_STEP_SHAPE = objectShape<ReportDocumentFixStep>({
  order: wholeNumberShape,
  title: textShape,
  resolves: textListShape,
  navigation: textShape,
  links: arrayShape(objectShape<ReportDocumentFixStep['links'][number]>({ label: textShape, href: textShape })),
  owner: optionalShape(oneOfShape(FIX_OWNERS)),
});

const CANDIDATE_SHAPE = objectShape<ReportDocumentCandidate>({
  source: oneOfShape(['token', 'request'] as const),
  tokenId: nullableShape(wholeNumberShape),
  tokenName: nullableShape(textShape),
  userId: nullableShape(wholeNumberShape),
  userName: nullableShape(textShape),
  roleId: wholeNumberShape,
  roleName: nullableShape(textShape),
  blockersFailed: wholeNumberShape,
  checks: arrayShape(
    objectShape<ReportDocumentCandidate['checks'][number]>({
      id: textShape,
      status: STATUS_SHAPE,
      evidence: textListShape,
    }),
  ),
});

const PROBE_SHAPE = objectShape<ReportDocumentProbe>({
  subject: textShape,
  statement: textShape,
  outcome: oneOfShape(['ok', 'failed', 'skipped'] as const),
  reason: optionalShape(textShape),
  rows: wholeNumberShape,
  bounded: booleanShape,
  error: nullableShape(
    objectShape<NonNullable<ReportDocumentProbe['error']>>({ code: nullableShape(textShape), message: textShape }),
  ),
});

/** A whole document; extra fields are allowed (the format only grows). */
export const REPORT_DOCUMENT_SHAPE: Shape<ReportDocument> = objectShape<ReportDocument>({
  schemaVersion: wholeNumberShape,
  tool: objectShape<ReportDocument['tool']>({ name: textShape, version: textShape }),
  generatedAt: textShape,
  account: ACCOUNT_SHAPE,
  inputs: objectShape<ReportDocument['inputs']>({
    integrationName: textShape,
    roleId: nullableShape(wholeNumberShape),
    userId: nullableShape(wholeNumberShape),
    scoreFieldIds: optionalShape(arrayShape(textShape)),
  }),
  inputProblems: arrayShape(
    objectShape<ReportDocument['inputProblems'][number]>({ parameter: textShape, message: textShape }),
  ),
  verdict: oneOfShape(VERDICTS),
  fixPlan: optionalShape(arrayShape(FIX_STEP_SHAPE)),
  checks: arrayShape(CHECK_SHAPE),
  candidates: arrayShape(CANDIDATE_SHAPE),
  candidatesOmitted: wholeNumberShape,
  usage: objectShape<ReportDocument['usage']>({ queries: wholeNumberShape, governanceUnits: wholeNumberShape }),
  probes: optionalShape(arrayShape(PROBE_SHAPE)),
});
