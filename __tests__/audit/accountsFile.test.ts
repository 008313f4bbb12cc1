import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readAccountsFile, validateAccountsJson } from '../../tools/audit/accountsFile';
import { permissionWarning } from '../../tools/audit/filePermissions';
import { ACCOUNTS_SCHEMA } from '../../tools/audit/accountsSchema';

const TOKEN_SECRET = '9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0';

function anAccount(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Acme Ltd',
    accountId: '1234567_SB1',
    consumerKey: 'ck0123456789abcdef',
    consumerSecret: 'cs0123456789abcdef',
    tokenId: 'ti0123456789abcdef',
    tokenSecret: TOKEN_SECRET,
    ...overrides,
  };
}

function problemsOf(entries: unknown): readonly string[] {
  const reading = validateAccountsJson('accounts.json', entries);
  return reading.ok ? [] : reading.problems;
}

describe('a valid accounts file', () => {
  it('gives one target per account, signed with the realm in upper case with underscore', () => {
    const reading = validateAccountsJson('accounts.json', [anAccount({ accountId: '1234567-sb1' })]);

    expect(reading.ok && reading.targets.map((target) => target.realm)).toEqual(['1234567_SB1']);
  });

  it("defaults the RESTlet URL to the account's RESTlet host", () => {
    const reading = validateAccountsJson('accounts.json', [anAccount()]);

    expect(reading.ok && reading.targets[0]?.restletUrl.host).toBe('1234567-sb1.restlets.api.netsuite.com');
  });

  it('applies the command-line integration, role and user where the account gives none', () => {
    const reading = validateAccountsJson('accounts.json', [anAccount({ role: 1001 })], {
      integration: 'ActOn',
      role: 3,
      user: 7,
    });

    expect(reading.ok && reading.targets[0]?.query).toEqual({ integration: 'ActOn', role: 1001, user: 7 });
  });

  it("sends an account's score fields, else the command line's", () => {
    const reading = validateAccountsJson(
      'accounts.json',
      [
        anAccount({ scoreFields: 'custentity_acton_score, custentity_contact_score' }),
        anAccount({ name: 'Other', accountId: '7654321' }),
      ],
      { scoreFields: 'custentity_default_score' },
    );

    expect(reading.ok && reading.targets.map((target) => target.query.scoreFields)).toEqual([
      'custentity_acton_score, custentity_contact_score',
      'custentity_default_score',
    ]);
  });

  it('refuses score fields that are not custom entity field ids, naming the entry', () => {
    const reading = validateAccountsJson('accounts.json', [anAccount({ scoreFields: 'custbody_score' })]);

    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problems.join('\n')).toContain('scoreFields');
  });
});

describe('an invalid accounts file', () => {
  it('names the file, the entry, the field and what was expected for a missing field', () => {
    const { tokenSecret: _left, ...withoutSecret } = anAccount();

    expect(problemsOf([anAccount({ name: 'First' }), withoutSecret])).toEqual([
      'accounts.json: [1] "Acme Ltd": "tokenSecret" is missing',
    ]);
  });

  it('names an unknown key and lists the allowed ones', () => {
    expect(problemsOf([anAccount({ password: 'x' })])).toEqual([
      expect.stringMatching(/^accounts\.json: \[0\] "Acme Ltd": unknown key "password" \(allowed: name, accountId, /),
    ]);
  });

  it('says a role must be a whole number', () => {
    expect(problemsOf([anAccount({ role: '1001' })])).toEqual([
      'accounts.json: [0] "Acme Ltd": role: must be a whole number',
    ]);
  });

  it('explains the account id forms', () => {
    expect(problemsOf([anAccount({ accountId: '1234567 SB1' })])).toEqual([
      expect.stringContaining('accountId: must be a NetSuite account id such as 1234567'),
    ]);
  });

  it('never repeats a secret value in a message', () => {
    const problems = problemsOf([
      anAccount({ tokenSecret: `${TOKEN_SECRET} ` }),
      anAccount({ name: 'Other', consumerSecret: 42 }),
    ]);

    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).not.toContain(TOKEN_SECRET);
  });

  it('refuses two accounts with the same name', () => {
    expect(problemsOf([anAccount(), anAccount({ name: 'acme ltd' })])).toEqual([
      'accounts.json: [1] "acme ltd": name: already used by entry [0]; names must be unique',
    ]);
  });

  it('refuses a plain http RESTlet URL outside this machine', () => {
    const problems = problemsOf([
      anAccount({
        restletUrl: 'http://1234567.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=a&deploy=b',
      }),
    ]);

    expect(problems).toEqual([expect.stringContaining('restletUrl uses plain http')]);
  });

  it('refuses a file that is not an array', () => {
    expect(problemsOf(anAccount())).toEqual(['accounts.json: must hold a JSON array of accounts']);
  });

  it('refuses an empty list', () => {
    expect(problemsOf([])).toEqual(['accounts.json: must list at least one account']);
  });
});

describe('reading the file', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'acton-accounts-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  function writeAccounts(text: string, mode: number): string {
    const file = join(folder, 'accounts.json');
    writeFileSync(file, text);
    chmodSync(file, mode);
    return file;
  }

  it('reads a private file without warnings', () => {
    const reading = readAccountsFile(writeAccounts(JSON.stringify([anAccount()]), 0o600));

    expect(reading).toEqual(expect.objectContaining({ ok: true, warnings: [] }));
  });

  it('warns when other users can read the file', () => {
    const file = writeAccounts(JSON.stringify([anAccount()]), 0o644);

    const reading = readAccountsFile(file);

    expect(reading.ok && reading.warnings).toEqual([
      `${file} holds secrets but other users of this machine can read or change it (mode 644); run: chmod 600 ${file}`,
    ]);
  });

  it('gives the line and column of a JSON syntax error without quoting the text around it', () => {
    const file = writeAccounts(`[\n  { "tokenSecret": "${TOKEN_SECRET}" ,, }\n]`, 0o600);

    const reading = readAccountsFile(file);

    expect(reading).toEqual({
      ok: false,
      problems: [
        `${file}: is not valid JSON near line 2, column ${`  { "tokenSecret": "${TOKEN_SECRET}" ,`.length + 1}`,
      ],
    });
  });

  it('says so when the file does not exist', () => {
    expect(readAccountsFile(join(folder, 'missing.json'))).toEqual({
      ok: false,
      problems: [`${join(folder, 'missing.json')}: no such file`],
    });
  });
});

describe('permissionWarning', () => {
  it('stays quiet on Windows, where modes mean nothing', () => {
    expect(permissionWarning('accounts.json', 0o644, 'holds secrets', 'win32')).toBeNull();
  });

  it('warns about a file other users could change', () => {
    expect(permissionWarning('accounts.json', 0o620, 'holds secrets', 'linux')).toContain('mode 620');
  });
});

describe('the published schema', () => {
  it('is the schema the validator uses', () => {
    const published: unknown = JSON.parse(
      readFileSync(join(__dirname, '../../tools/audit/accounts.schema.json'), 'utf8'),
    );

    expect(published).toEqual(ACCOUNTS_SCHEMA);
  });
});
