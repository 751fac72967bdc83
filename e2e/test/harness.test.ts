import { describe, expect, test } from 'vitest';
import { ChromiumNotFoundError, findChromium } from '../src/chromium.js';
import { pngSize } from '../src/png.js';

describe('the browser test harness', () => {
  test('fails with install instructions when no Chromium is found, rather than skipping', () => {
    const missing = () => findChromium({ PRESSROOM_CHROMIUM: '/nonexistent/chromium' });
    expect(missing).toThrow(ChromiumNotFoundError);
    expect(missing).toThrow(/apt-get install -y chromium/);
    expect(missing).toThrow(/PRESSROOM_CHROMIUM/);
  });

  test('reads the size of a PNG and refuses other bytes', () => {
    const header = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(1200, 16);
    header.writeUInt32BE(630, 20);
    expect(pngSize(header)).toEqual({ width: 1200, height: 630 });
    expect(() => pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toThrow(/Not a PNG/);
  });
});
