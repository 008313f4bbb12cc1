/**
 * The large account's Act-On data: 50,000 lead, prospect and customer records and 50,000
 * contacts, ready for Act-On (a score field on both, active Lead statuses, no mandatory custom
 * field) with the gaps a years-old account has: some records without an email, some sharing
 * one, some leads whose sales rep left. The audit counts them in a fixed number of statements.
 */
import type { ScenarioDocument } from '../emulator/scenario/scenarioSemantics';
import type { SeededRandom } from './seededRandom';

export const LARGE_ACCOUNT_DATA_SIZE = { customers: 50_000, contacts: 50_000 } as const;

type Customers = NonNullable<ScenarioDocument['customers']>;
type Contacts = NonNullable<ScenarioDocument['contacts']>;

/** The data keys of the large account's scenario. */
export function buildLargeAccountData(
  random: SeededRandom,
  employees: readonly { readonly id: number; readonly isinactive?: boolean }[],
): Pick<ScenarioDocument, 'customFields' | 'customerStatuses' | 'customers' | 'contacts'> {
  const reps = employees.map((employee) => employee.id);
  const customers: Customers[number][] = [];
  const firstCustomer = 100_001;
  for (let index = 0; index < LARGE_ACCOUNT_DATA_SIZE.customers; index += 1) {
    const id = firstCustomer + index;
    const stage = random.pick(['LEAD', 'LEAD', 'PROSPECT', 'CUSTOMER'] as const);
    // About 5 % without an email; about 1 % reusing an earlier record's address.
    const email = random.chance(0.05)
      ? null
      : random.chance(0.01) && index > 0
        ? `customer${firstCustomer + random.integer(0, index - 1)}@example.com`
        : `customer${id}@example.com`;
    customers.push({
      id,
      stage,
      ...(email === null ? {} : { email }),
      ...(random.chance(0.02) ? { inactive: true } : {}),
      ...(random.chance(0.1) ? {} : { salesRep: random.pick(reps) }),
    });
  }
  const contacts: Contacts[number][] = [];
  for (let index = 0; index < LARGE_ACCOUNT_DATA_SIZE.contacts; index += 1) {
    const id = 200_001 + index;
    contacts.push({
      id,
      ...(random.chance(0.06) ? {} : { email: `contact${id}@example.com` }),
      ...(random.chance(0.02) ? { inactive: true } : {}),
      ...(random.chance(0.15)
        ? {}
        : { company: firstCustomer + random.integer(0, LARGE_ACCOUNT_DATA_SIZE.customers - 1) }),
    });
  }
  return {
    customFields: [
      {
        scriptId: 'custentity_acton_score',
        label: 'Act-On Behavior Score',
        type: 'INTEGER',
        appliesTo: ['lead', 'prospect', 'customer', 'contact'],
      },
      {
        scriptId: 'custentity_industry',
        label: 'Industry',
        type: 'SELECT',
        appliesTo: ['lead', 'prospect', 'customer'],
      },
      { scriptId: 'custentity_linkedin', label: 'LinkedIn Profile', type: 'URL', appliesTo: ['contact'] },
    ],
    customerStatuses: [
      { id: 6, name: 'Lead-Qualified', stage: 'LEAD' },
      { id: 7, name: 'Lead-Unqualified', stage: 'LEAD' },
      { id: 8, name: 'Lead-Recycled', stage: 'LEAD', inactive: true },
      { id: 10, name: 'Prospect-In Discussion', stage: 'PROSPECT' },
      { id: 11, name: 'Prospect-Proposal', stage: 'PROSPECT' },
      { id: 13, name: 'Closed Won', stage: 'CUSTOMER' },
    ],
    customers,
    contacts,
  };
}
