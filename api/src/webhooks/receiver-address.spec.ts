import { internalRange, ipLiteral, ReceiverAddressRefused, receiverLookup, receiverRefusal } from './receiver-address';

describe('internalRange: an allow-list, only global unicast addresses receive webhooks', () => {
  it.each([
    // every IANA IPv4 special-purpose block, at its first and last address
    ['0.0.0.0', 'unspecified'],
    ['0.255.255.255', 'unspecified'],
    ['10.0.0.0', 'private'],
    ['10.255.255.255', 'private'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.255', 'carrierGradeNat'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['169.254.169.254', 'linkLocal'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.0.0.8', 'ietfProtocol'],
    ['192.0.2.1', 'documentation'],
    ['192.88.99.1', '6to4Relay'],
    ['192.168.0.1', 'private'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.255', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.254', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    // IPv6 outside 2000::/3
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['[fe80::1%25eth0]', 'linkLocal'],
    ['fec0::1', 'siteLocal'],
    ['ff02::1', 'multicast'],
    ['100::1', 'discard'],
    ['64:ff9b:1::a00:1', 'nat64Local'],
    ['4000::1', 'notGlobal'],
    ['1::1', 'notGlobal'],
    ['e000::1', 'notGlobal'],
    // special blocks inside 2000::/3
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['2001::1', 'teredo'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
    ['2001:2::1', 'benchmarking'],
    ['2001:10::1', 'orchid'],
    ['2001:20::1', 'orchid'],
    ['2001:1ff::1', 'ietfProtocol'],
    // an IPv4 address inside IPv6 is judged as that IPv4 address
    ['::ffff:127.0.0.1', 'ipv4Mapped loopback'],
    ['::ffff:7f00:1', 'ipv4Mapped loopback'],
    ['::ffff:169.254.169.254', 'ipv4Mapped linkLocal'],
    ['::ffff:0:10.0.0.1', 'ipv4Translated private'],
    ['::127.0.0.1', 'ipv4Compatible loopback'],
    ['::a9fe:a9fe', 'ipv4Compatible linkLocal'],
    ['64:ff9b::7f00:1', 'nat64 loopback'],
    ['64:ff9b::192.168.1.1', 'nat64 private'],
    ['2002:7f00:1::', '6to4 loopback'],
    ['2002:a00:1::1', '6to4 private'],
    ['2002:c0a8:101:1::1', '6to4 private'],
    // spellings that are no plain address are refused, never guessed at
    ['not-an-ip', 'not an address'],
    ['2130706433', 'not an address'],
    ['0x7f.1', 'not an address'],
    ['0177.0.0.1', 'not an address'],
    ['127.1', 'not an address'],
    ['', 'not an address'],
  ])('%s is refused: %s', (address, range) => {
    expect(internalRange(address)).toBe(range);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '100.63.255.255',
    '100.128.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '169.253.255.255',
    '192.0.1.255',
    '192.0.3.0',
    '198.17.255.255',
    '198.20.0.0',
    '223.255.255.255',
    '8.8.8.8.',
    '2606:4700::1111',
    '2a00:1450:4001::200e',
    '2001:200::1',
    '2620:4f:8000::1',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('%s is global unicast', (address) => {
    expect(internalRange(address)).toBeNull();
  });
});

describe('odd numeric hosts are the addresses they stand for', () => {
  it.each([
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://2130706433/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://127.0.0.1./', '127.0.0.1'],
    ['http://a@127.0.0.1:8080/', '127.0.0.1'],
    ['http://[::ffff:7f00:1]:443/', '::ffff:7f00:1'],
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

describe('receiverLookup: the address checked is the address connected to', () => {
  const lookup = (host: string, all: boolean) =>
    new Promise<{ error: (Error & { code?: string }) | null; address: unknown }>((resolve) =>
      receiverLookup(host, { all }, (error, address) => resolve({ error, address })),
    );

  it.each([false, true])('a name resolving to loopback is refused before any socket (all: %s)', async (all) => {
    const { error, address } = await lookup('localhost', all);
    expect(error).toBeInstanceOf(ReceiverAddressRefused);
    expect(error?.code).toBe('ADDRESS_NOT_ALLOWED');
    expect(address).toEqual([]);
  });

  it('a name that does not resolve fails as DNS says', async () => {
    const { error } = await lookup('no-such-receiver.invalid', false);
    expect(error).not.toBeInstanceOf(ReceiverAddressRefused);
    expect(error).toBeTruthy();
  });
});
