/**
 * Governance metering with NetSuite's documented unit costs and per-script-type limits.
 * `getRemainingUsage()` reads this meter; a call that would go past the limit throws
 * SSS_USAGE_LIMIT_EXCEEDED before doing its work, and so does every metered call after it.
 */

/** Units per call of the metered APIs the emulator provides (Oracle's SuiteScript 2.x governance tables). */
export const UNIT_COSTS = {
  'query.runSuiteQL': 10,
  'query.runSuiteQLPaged': 10,
  'query.PagedData.fetch': 0,
  'runtime.isFeatureInEffect': 0,
  'runtime.User.getPermission': 0,
  // Custom records (the only record types emulated) cost the least of the three record categories.
  'record.create': 2,
  // Standard non-transaction records (lead, prospect, customer, contact): 5 (Oracle's record stub, section_157072844224).
  'record.create.standard': 5,
  'record.Record.save': 4,
  'record.delete': 4,
  'search.create': 0,
  'search.ResultSet.getRange': 10,
  'email.send': 20,
} as const;

export type MeteredOperation = keyof typeof UNIT_COSTS;

/** Units a script of each emulated type may use per execution. */
export const USAGE_LIMITS = { SUITELET: 1000, RESTLET: 5000, SCHEDULED: 10000 } as const;

export type MeteredScriptType = keyof typeof USAGE_LIMITS;

/** Raised when a call would go past the limit; the caller turns it into the script's error. */
export class UsageLimitExceeded extends Error {
  override readonly name = 'UsageLimitExceeded';
}

/** Units used by one script execution. */
export class GovernanceMeter {
  private unitsUsed = 0;
  private exceeded = false;

  constructor(readonly limit: number) {}

  get used(): number {
    return this.unitsUsed;
  }

  get remaining(): number {
    return Math.max(0, this.limit - this.unitsUsed);
  }

  /** True once a call was refused for lack of units. */
  get limitExceeded(): boolean {
    return this.exceeded;
  }

  /**
   * Charges an operation's units.
   * @throws UsageLimitExceeded when the units would go past the limit (nothing is charged)
   */
  charge(operation: MeteredOperation): void {
    const cost = UNIT_COSTS[operation];
    if (this.unitsUsed + cost > this.limit) {
      this.exceeded = true;
      throw new UsageLimitExceeded(
        `Script Execution Usage Limit Exceeded: ${operation} needs ${cost} units and ${this.remaining} of ` +
          `${this.limit} remain.`,
      );
    }
    this.unitsUsed += cost;
  }
}
