import { internalRange, ipLiteral, receiverRefusal } from './receiver-address';

describe('internalRange: only public unicast addresses receive webhooks', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['169.254.169.254', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.255', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['[::1]', 'loopback'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['2002:7f00:1::', '6to4'],
    ['240.0.0.1', 'reserved'],
    ['not-an-ip', 'not an address'],
  ])('%s is %s', (address, range) => {
    expect(internalRange(address)).toBe(range);
  });

  it.each(['8.8.8.8', '100.63.255.255', '100.128.0.0', '172.15.255.255', '172.32.0.0', '169.253.255.255', '2606:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(internalRange(address)).toBeNull();
  });
});

describe('odd numeric hosts are the addresses they stand for', () => {
  it.each([
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://2130706433/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[0:0:0:0:0:0:0:1]/', '::1'],
    ['http://receiver.example.com/', null],
  ])('%s → %s', (url, literal) => {
    expect(ipLiteral(new URL(url).hostname)).toBe(literal);
  });
});

describe('receiverRefusal at registration', () => {
  it.each([
    ['127.0.0.1', /127\.0\.0\.1 is loopback/],
    ['[::ffff:7f00:1]', /loopback/],
    ['localhost', /loopback/],
    ['api.LOCALHOST.', /loopback/],
  ])('%s is refused', async (host, reason) => {
    expect(await receiverRefusal(host)).toMatch(reason);
  });

  it('lets a public literal through', async () => {
    expect(await receiverRefusal('8.8.8.8')).toBeNull();
  });

  it('lets a name that does not resolve through (delivery resolves it again)', async () => {
    expect(await receiverRefusal('no-such-receiver.invalid', 1000)).toBeNull();
  });
});
