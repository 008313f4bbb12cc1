/** The shape of a scenario file as the published schema admits it: optional keys may be absent. */
import type {
  IntegrationState,
  LoginStatus,
  CustomerStage,
  CustomFieldType,
  EntityRecordType,
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
  readonly customFields?: readonly {
    readonly scriptId: string;
    readonly label: string;
    readonly type: CustomFieldType;
    readonly appliesTo: readonly EntityRecordType[];
    readonly mandatory?: boolean;
    readonly readOnly?: boolean;
  }[];
  readonly customerStatuses?: readonly {
    readonly id: number;
    readonly name: string;
    readonly stage: CustomerStage;
    readonly inactive?: boolean;
  }[];
  readonly customers?: readonly {
    readonly id: number;
    readonly stage: CustomerStage;
    readonly email?: string | null;
    readonly inactive?: boolean;
    readonly salesRep?: number | null;
  }[];
  readonly contacts?: readonly {
    readonly id: number;
    readonly email?: string | null;
    readonly inactive?: boolean;
    readonly company?: number | null;
  }[];
  readonly unavailable?: Readonly<Partial<Record<ScenarioTable, string>>>;
}
