import { describe, expect, it } from 'vitest';
import { BlockedAddressError, assertPublicUrl, classifyAddress, parseIpv6 } from './webhooks-ssrf.js';

describe('classifyAddress', () => {
  it.each([
    // IPv4
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['100.64.0.1', 'shared'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['198.18.0.1', 'reserved'],
    // IPv4 neighbours of the blocked ranges stay public
    ['172.15.255.255', 'public'],
    ['172.32.0.0', 'public'],
    ['100.128.0.1', 'public'],
    ['169.253.255.255', 'public'],
    ['8.8.8.8', 'public'],
    ['93.184.216.34', 'public'],
    // IPv6
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['fec0::1', 'private'],
    ['2001:db8::1', 'documentation'],
    ['2001:0:4136:e378::1', 'reserved'],
    // IPv4 inside IPv6
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:8.8.8.8', 'public'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['64:ff9b::8.8.8.8', 'public'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:0808:0808::1', 'public'],
    // public IPv6
    ['2606:4700:4700::1111', 'public'],
    ['2a00:1450:4001:81c::200e', 'public'],
    // not addresses
    ['example.com', 'invalid'],
    ['999.1.1.1', 'invalid'],
    ['', 'invalid'],
  ])('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe('parseIpv6', () => {
  it.each([
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['[::1]', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['1::', [1, 0, 0, 0, 0, 0, 0, 0]],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['::ffff:1.2.3.4', [0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]],
    ['1.2.3.4', null],
    ['1:2', null],
  ])('%s', (input, expected) => {
    expect(parseIpv6(input)).toEqual(expected);
  });
});

describe('assertPublicUrl', () => {
  const resolver = (answers: Record<string, string[]>) => async (host: string) => answers[host] ?? [];

  it.each([
    ['http://127.0.0.1/hook', 'loopback'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://[::1]/hook', 'loopback'],
    ['http://[::ffff:127.0.0.1]:8080/hook', 'loopback'],
    ['http://[fd00::5]/hook', 'unique-local'],
    ['http://0.0.0.0/hook', 'unspecified'],
    ['https://10.0.0.8/hook', 'private'],
  ])('refuses %s (%s) without resolving', async (url, kind) => {
    const error = await assertPublicUrl(new URL(url), async () => {
      throw new Error('must not resolve an IP literal');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlockedAddressError);
    expect((error as BlockedAddressError).kind).toBe(kind);
  });

  it('refuses a host name when any of its addresses is private', async () => {
    const resolve = resolver({ 'mixed.example': ['93.184.216.34', '10.0.0.1'], 'internal.example': ['fe80::1'] });
    await expect(assertPublicUrl(new URL('https://mixed.example/x'), resolve)).rejects.toThrow(/10\.0\.0\.1, a private address/);
    await expect(assertPublicUrl(new URL('https://internal.example/x'), resolve)).rejects.toBeInstanceOf(BlockedAddressError);
  });

  it('accepts a host name whose addresses are all public', async () => {
    const resolve = resolver({ 'hooks.example': ['93.184.216.34', '2606:4700:4700::1111'] });
    await expect(assertPublicUrl(new URL('https://hooks.example/x'), resolve)).resolves.toBeUndefined();
  });

  it('refuses a host name that does not resolve', async () => {
    await expect(assertPublicUrl(new URL('https://nowhere.example/x'), resolver({}))).rejects.toThrow(/does not resolve/);
  });
});
