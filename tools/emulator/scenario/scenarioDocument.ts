/** The shape of a scenario file as the published schema admits it: optional keys may be absent. */
import type {
  IntegrationState,
  LoginStatus,
  ScenarioAccount,
  ScenarioCurrentUser,
  ScenarioFeature,
  ScenarioPermissionLevel,
  ScenarioTable,
} from './scenarioTypes';

/** A scenario document as the schema admits it: optional keys may be absent. */
export interface ScenarioDocument {
  /** Where editors find the schema; ignored. */
  readonly $schema?: string;
  readonly name: string;
  readonly description?: string;
  readonly now?: string;
  readonly account: ScenarioAccount;
  readonly currentUser: ScenarioCurrentUser;
  readonly features?: Readonly<Partial<Record<ScenarioFeature, boolean>>>;
  readonly roles?: readonly {
    readonly id: number;
    readonly name: string;
    readonly isinactive?: boolean;
    readonly webServicesOnly?: boolean;
    readonly permissions?: Readonly<Record<string, ScenarioPermissionLevel>>;
    readonly subsidiaryOption?: string;
    readonly subsidiaryRestriction?: string | null;
  }[];
  readonly employees?: readonly {
    readonly id: number;
    readonly name: string;
    readonly isinactive?: boolean;
    readonly giveaccess: boolean;
    readonly roles: readonly number[];
  }[];
  readonly integrations?: readonly { readonly id: number; readonly name: string; readonly state: IntegrationState }[];
  readonly tokens?: readonly {
    readonly id: number;
    readonly name: string;
    readonly integration: number;
    readonly user: number;
    readonly role: number;
    readonly inactive?: boolean;
    readonly revoked?: boolean;
    readonly created: string;
  }[];
  readonly loginAudit?: readonly {
    readonly date: string;
    readonly status: LoginStatus;
    /** null: the row names no application, even when it names a token. */
    readonly integration?: number | null;
    readonly token?: number | null;
    readonly user?: number;
    readonly role?: number;
    readonly detail?: string | null;
    readonly ipAddress?: string | null;
    readonly requestUri?: string | null;
  }[];
  readonly unavailable?: Readonly<Partial<Record<ScenarioTable, string>>>;
}
