import { describe, expect, it } from 'vitest';
import { httpUrl } from './safe-url';

describe('httpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(httpUrl('https://pay.example.com/i/1')).toBe('https://pay.example.com/i/1');
    expect(httpUrl('http://pay.example.com')).toBe('http://pay.example.com/');
  });

  it('refuses scripts, data, other schemes, relative paths and nothing', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'ftp://x',
      '/pay',
      'pay.example.com',
      '',
      null,
      undefined,
    ]) {
      expect(httpUrl(bad)).toBeNull();
    }
  });
});
