import { describe, expect, test } from 'vitest';
import { isLoopbackHost } from './auth.js';

describe('isLoopbackHost: which addresses may serve without an API key', () => {
  test.each([
    '127.0.0.1',
    '127.1.2.3',
    'localhost',
    'LOCALHOST',
    'api.localhost',
    '::1',
    '[::1]',
    '0:0:0:0:0:0:0:1',
    '::ffff:127.0.0.1',
  ])('%s is loopback', (host) => expect(isLoopbackHost(host)).toBe(true));

  test.each([
    '0.0.0.0',
    '::',
    '[::]',
    '192.168.1.20',
    '10.0.0.1',
    '128.0.0.1',
    '::2',
    'example.com',
    '',
    '127.0.0.1.example.com',
  ])('%s is not loopback', (host) => expect(isLoopbackHost(host)).toBe(false));
});
