/**
 * The watch's history record: the SDF custom record type `Objects/customrecord_acton_readiness_run.xml`
 * and its fields. One record per watch run; the emulator checks these ids against that object.
 */

export const RUN_RECORD_TYPE = 'customrecord_acton_readiness_run';

/** Field ids by what they hold. */
export const RUN_FIELDS = {
  runAt: 'custrecord_acton_run_at',
  verdict: 'custrecord_acton_run_verdict',
  failing: 'custrecord_acton_run_failing',
  warning: 'custrecord_acton_run_warning',
  report: 'custrecord_acton_run_report',
  emailed: 'custrecord_acton_run_emailed',
  emailProblem: 'custrecord_acton_run_email_problem',
} as const;

/**
 * A Long Text field holds at most 1,000,000, counted in bytes (an English letter is one byte,
 * other characters up to four: section_N2842731). The report is kept within this, a margin below.
 */
export const REPORT_FIELD_MAX_BYTES = 1_000_000 - 10_000;

/** The email problem is kept in a Text Area (4,000 bytes), shortened well within it. */
export const EMAIL_PROBLEM_MAX_CHARACTERS = 900;

/** The watch's script and deployment (SDF object `Objects/customscript_acton_readiness_watch.xml`). */
export const WATCH_SCRIPT_ID = 'customscript_acton_readiness_watch';
export const WATCH_DEPLOYMENT_ID = 'customdeploy_acton_readiness_watch';

/** The watch's script parameters. */
export const WATCH_PARAMETERS = {
  recipients: 'custscript_acton_watch_recipients',
  integration: 'custscript_acton_watch_integration',
  scoreFields: 'custscript_acton_watch_scorefields',
  sender: 'custscript_acton_watch_sender',
} as const;
