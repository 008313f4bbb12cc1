/**
 * How statuses, severities and verdicts are shown. Each carries words and an icon character,
 * so nothing depends on colour alone (colour is only a CSS class, for those who can see it).
 */
import type { Severity } from '../core/catalogue';
import type { CheckStatus, Verdict } from '../core/report';

/** One status or verdict as a person reads it. */
export interface Presentation {
  /** The words shown in the badge. */
  readonly label: string;
  /** A character that distinguishes the status in black and white print. */
  readonly icon: string;
  /** CSS modifier for the colour; never the only signal. */
  readonly tone: 'good' | 'bad' | 'caution' | 'neutral';
}

/** A check status as a person reads it, with the heading its fix is shown under. */
export interface StatusPresentation extends Presentation {
  readonly fixHeading: string;
}

export const STATUS_PRESENTATION: Readonly<Record<CheckStatus, StatusPresentation>> = {
  pass: { label: 'Pass', icon: '\u2714', tone: 'good', fixHeading: 'How to fix' },
  fail: { label: 'Fail', icon: '\u2716', tone: 'bad', fixHeading: 'How to fix' },
  warn: { label: 'Warning', icon: '\u26A0', tone: 'caution', fixHeading: 'What to do' },
  manual: { label: 'Check by hand', icon: '\u270E', tone: 'caution', fixHeading: 'How to check' },
  unknown: { label: 'Unknown', icon: '?', tone: 'caution', fixHeading: 'How to check' },
  info: { label: 'Info', icon: '\u2139', tone: 'neutral', fixHeading: 'Where to look' },
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  blocker: 'Blocker',
  warning: 'Warning',
  info: 'Information',
};

/** A verdict in words: the headline and what it means for the person connecting Act-On. */
export interface VerdictPresentation extends Presentation {
  readonly meaning: string;
}

export const VERDICT_PRESENTATION: Readonly<Record<Verdict, VerdictPresentation>> = {
  READY: {
    label: 'Ready',
    icon: '\u2714',
    tone: 'good',
    meaning: 'Every blocker check passed: Act-On can connect with Token-Based Authentication.',
  },
  READY_WITH_WARNINGS: {
    label: 'Ready, with warnings',
    icon: '\u26A0',
    tone: 'caution',
    meaning:
      'No blocker check failed, so Act-On can connect; some checks below deserve a look (warnings, or items only ' +
      'a person can confirm).',
  },
  INCOMPLETE: {
    label: 'Incomplete',
    icon: '?',
    tone: 'caution',
    meaning:
      'No blocker check failed, but the audit could not read everything it needs (checks marked "Unknown"; their ' +
      'evidence says why). Check those by hand before connecting Act-On.',
  },
  NOT_READY: {
    label: 'Not ready',
    icon: '\u2716',
    tone: 'bad',
    meaning: 'Act-On cannot connect until the failing blocker checks below are fixed.',
  },
};

/** `runtime.envType` values in words; an unknown value is shown as NetSuite gave it. A Map: the key comes from the account. */
export const ENVIRONMENT_LABELS: ReadonlyMap<string, string> = new Map([
  ['PRODUCTION', 'Production'],
  ['SANDBOX', 'Sandbox'],
  ['BETA', 'Release Preview'],
  ['INTERNAL', 'Internal (development or test drive)'],
]);
