/**
 * The JSON Schema of the accounts file, as data. `accounts.schema.json` next to this file is
 * its published copy (for editors' completion); a test keeps the two identical.
 */

const SECRET = {
  type: 'string',
  minLength: 1,
  maxLength: 512,
  pattern: '^\\S+$',
} as const;

export const ACCOUNTS_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Accounts to audit with acton-readiness audit',
  description:
    'NetSuite accounts with the Act-On readiness bundle deployed, and the credentials to reach them: Token-Based ' +
    'Authentication (consumerKey, consumerSecret, tokenId, tokenSecret) or OAuth 2.0 client credentials ' +
    '(clientId, certificateId, privateKeyFile).',
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'accountId'],
    properties: {
      name: {
        type: 'string',
        minLength: 1,
        maxLength: 100,
        description: 'Your name for the account, shown in the summary.',
      },
      accountId: {
        type: 'string',
        minLength: 1,
        maxLength: 40,
        pattern: '^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*$',
        description:
          'The NetSuite account id, e.g. 1234567 or 1234567_SB1 (the host form 1234567-sb1 is accepted too).',
      },
      consumerKey: { ...SECRET, description: "The integration record's Consumer Key." },
      consumerSecret: { ...SECRET, description: "The integration record's Consumer Secret." },
      tokenId: { ...SECRET, description: "The access token's Token ID." },
      tokenSecret: { ...SECRET, description: "The access token's Token Secret." },
      clientId: { ...SECRET, description: "OAuth 2.0: the integration record's Client ID (the assertion's iss)." },
      certificateId: {
        ...SECRET,
        description: "OAuth 2.0: the Certificate ID NetSuite shows for the uploaded certificate (the assertion's kid).",
      },
      privateKeyFile: {
        type: 'string',
        minLength: 1,
        maxLength: 1000,
        description:
          "OAuth 2.0: the PEM file of the certificate's private key (RSA or EC P-256/P-384/P-521); a relative " +
          "path is relative to this file's folder.",
      },
      tokenUrl: {
        type: 'string',
        minLength: 1,
        maxLength: 2000,
        description:
          'OAuth 2.0: the token endpoint; by default https://<account id in host ' +
          'form>.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token.',
      },
      scope: {
        type: 'string',
        minLength: 1,
        maxLength: 200,
        description: 'OAuth 2.0: the scopes asked for, comma- or space-separated (default restlets).',
      },
      restletUrl: {
        type: 'string',
        minLength: 1,
        maxLength: 2000,
        description:
          "The RESTlet's external URL; by default https://<account id in host " +
          'form>.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=customscript_acton_readiness_rl&deploy=customdeploy_acton_readiness_rl.',
      },
      integration: {
        type: 'string',
        minLength: 1,
        maxLength: 100,
        description: "The Act-On integration record's name (default ActOnTBA).",
      },
      role: { type: 'integer', minimum: 1, description: "Internal id of the role Act-On's token uses." },
      user: { type: 'integer', minimum: 1, description: 'Internal id of the employee whose token Act-On uses.' },
      scoreFields: {
        type: 'string',
        minLength: 1,
        maxLength: 500,
        pattern: '^\\s*custentity[A-Za-z0-9_]{1,30}(\\s*,\\s*custentity[A-Za-z0-9_]{1,30})*\\s*$',
        description:
          'Comma-separated ids of the custom entity fields Act-On writes its score to, e.g. custentity_acton_score.',
      },
    },
  },
} as const;

/** The keys an account may have, in the order the documentation lists them. */
export const ACCOUNT_KEYS = Object.keys(ACCOUNTS_SCHEMA.items.properties);
