import { HTTP_PROTOCOLS, parsedUrl, POSTGRES_PROTOCOLS } from './url';

describe('parsedUrl', () => {
  it.each([
    ['https://hooks.example.com/wuye', HTTP_PROTOCOLS, 'hooks.example.com'],
    ['http://8.8.8.8:8080/hook', HTTP_PROTOCOLS, '8.8.8.8'],
    ['http://[2001:4860::8888]/hook', HTTP_PROTOCOLS, '[2001:4860::8888]'],
    ['postgres://wuye:pw@db:5432/wuye', POSTGRES_PROTOCOLS, 'db'],
    ['postgresql://localhost/wuye', POSTGRES_PROTOCOLS, 'localhost'],
  ])('%s is read, host %s', (text, protocols, hostname) => {
    expect(parsedUrl(text, protocols)?.hostname).toBe(hostname);
  });

  it.each([
    ['an IPv6 zone id', 'http://[fe80::1%25lo]/', HTTP_PROTOCOLS],
    ['an IPv6 zone id with a port', 'http://[fe80::1%25eth0]:80/', HTTP_PROTOCOLS],
    ['a zone id in a database URL', 'postgres://u:p@[fe80::1%25lo]/db', POSTGRES_PROTOCOLS],
    ['a port beyond 65535', 'postgres://u:p@db:99999/wuye', POSTGRES_PROTOCOLS],
    ['a space in the host', 'http://a b/', HTTP_PROTOCOLS],
    ['another scheme', 'ftp://example.com/x', HTTP_PROTOCOLS],
    ['an http URL where postgres is wanted', 'http://db/wuye', POSTGRES_PROTOCOLS],
    ['no host', 'postgres://', POSTGRES_PROTOCOLS],
    ['not a URL', 'hooks.example.com', HTTP_PROTOCOLS],
    ['empty', '', HTTP_PROTOCOLS],
  ])('%s is refused: %s', (_label, text, protocols) => {
    expect(parsedUrl(text, protocols)).toBeNull();
  });
});
