import { accountUiBaseUrl, safeHref } from '../../src/render/links';
import { PRODUCTION_ACCOUNT } from '../fixtures/reports';

describe('safeHref', () => {
  it('keeps a NetSuite UI path relative without a base', () => {
    expect(safeHref('/app/setup/features.nl')).toBe('/app/setup/features.nl');
  });

  it('joins a NetSuite UI path to an origin, with or without a trailing slash', () => {
    expect(safeHref('/app/setup/role.nl?id=1001', 'https://1234567.app.netsuite.com/')).toBe(
      'https://1234567.app.netsuite.com/app/setup/role.nl?id=1001',
    );
  });

  it('keeps the path relative when the base is not an http(s) origin', () => {
    expect(safeHref('/app/setup/features.nl', 'javascript:alert(1)//')).toBe('/app/setup/features.nl');
    expect(safeHref('/app/setup/features.nl', 'https://evil.example/path')).toBe('/app/setup/features.nl');
  });

  it('keeps absolute http and https links', () => {
    expect(safeHref('https://docs.oracle.com/x.html')).toBe('https://docs.oracle.com/x.html');
    expect(safeHref('http://example.com/')).toBe('http://example.com/');
  });

  const REFUSED = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    '//evil.example/app/',
    '/setup/x.nl',
    'app/x.nl',
    '',
    'https://a.example/"onmouseover="x',
  ];

  it.each(REFUSED)('refuses %j', (href) => {
    expect(safeHref(href)).toBeNull();
  });
});

describe('accountUiBaseUrl', () => {
  it("is the https origin of the account's UI host", () => {
    expect(accountUiBaseUrl(PRODUCTION_ACCOUNT)).toBe('https://1234567.app.netsuite.com');
  });

  it('is undefined when the UI host is not a plain host name', () => {
    expect(accountUiBaseUrl({ ...PRODUCTION_ACCOUNT, uiHost: 'evil.example/"><x' })).toBeUndefined();
  });
});
