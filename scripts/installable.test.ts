// @vitest-environment node
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { APP_ICONS, APP_MANIFEST, renderIcon } from './installable';

const mark = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');

/** The RGBA pixel at (x, y) of a PNG. */
async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * 4;
  return [...data.subarray(at, at + 4)];
}

describe('the web app manifest', () => {
  it('names Chatdeck, opens standalone, and starts and stays where it is hosted', () => {
    expect(APP_MANIFEST).toMatchObject({
      name: 'Chatdeck',
      short_name: 'Chatdeck',
      display: 'standalone',
      start_url: './',
      scope: './',
    });
    expect(APP_MANIFEST.description).toMatch(/chat/);
    expect(APP_MANIFEST.icons?.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });
});

describe('the icons, drawn from the mark', () => {
  it.each(APP_ICONS.map((icon) => [icon.src, icon] as const))(
    '%s is a PNG of its stated size',
    async (_src, icon) => {
      const meta = await sharp(await renderIcon(mark, icon)).metadata();
      expect(meta.format).toBe('png');
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
    },
  );

  it('the plain icons keep the rounded corners; the maskable one fills the whole square', async () => {
    const [, plain, maskable] = APP_ICONS;
    const violet = [0x7c, 0x3a, 0xed, 255];
    const plainPng = await renderIcon(mark, plain);
    const maskablePng = await renderIcon(mark, maskable);
    expect((await pixel(plainPng, 2, 2))[3]).toBe(0);
    expect(await pixel(maskablePng, 2, 2)).toEqual(violet);
    // The bubble (white) sits inside the safe zone: 40% of the width around the centre.
    const edge = Math.round(512 * 0.1);
    for (const [x, y] of [
      [edge, 256],
      [512 - edge, 256],
      [256, edge],
      [256, 512 - edge],
    ] as const) {
      expect(await pixel(maskablePng, x, y)).toEqual(violet);
    }
    expect(await pixel(maskablePng, 256, 210)).toEqual([255, 255, 255, 255]);
  });
});
