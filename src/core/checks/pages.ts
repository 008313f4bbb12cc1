/** NetSuite pages the fixes link to: UI paths relative to the account's UI host, and their links. */
import type { FixLink } from '../report';

export const NETSUITE_PAGES = {
  enableFeatures: '/app/setup/features.nl',
  manageIntegrations: '/app/common/integration/integrapplist.nl',
  integration: '/app/common/integration/integrapp.nl',
  accessTokens: '/app/setup/accesstokens.nl',
  newAccessToken: '/app/setup/accesstoken.nl',
  manageRoles: '/app/setup/rolelist.nl',
  role: '/app/setup/role.nl',
  employees: '/app/common/entity/employeelist.nl',
  employee: '/app/common/entity/employee.nl',
  companyInformation: '/app/common/otherlists/company.nl',
} as const;

export const ENABLE_FEATURES_LINK: FixLink = { label: 'Enable Features', href: NETSUITE_PAGES.enableFeatures };
export const MANAGE_INTEGRATIONS_LINK: FixLink = {
  label: 'Manage Integrations',
  href: NETSUITE_PAGES.manageIntegrations,
};
export const MANAGE_ROLES_LINK: FixLink = { label: 'Manage Roles', href: NETSUITE_PAGES.manageRoles };
export const ACCESS_TOKENS_LINK: FixLink = { label: 'Access Tokens', href: NETSUITE_PAGES.accessTokens };
export const EMPLOYEES_LINK: FixLink = { label: 'Employees', href: NETSUITE_PAGES.employees };
export const COMPANY_INFORMATION_LINK: FixLink = {
  label: 'Company Information',
  href: NETSUITE_PAGES.companyInformation,
};
