import { describe, expect, it } from 'vitest';
import { createImagePolicy } from '../protocol/image-hosts';
import { imageSourcePolicy, narrowImageSources } from './narrow-image-sources';

describe('narrowImageSources', () => {
  it('adds one policy listing the emote hosts, the added hosts and the server', () => {
    const policy = createImagePolicy('http://127.0.0.1:8081', ['*.emotes.example']);
    narrowImageSources(policy, document);
    narrowImageSources(createImagePolicy('https://other.example'), document);
    const metas = document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
    expect(metas).toHaveLength(1);
    expect(metas[0]!.getAttribute('content')).toBe(
      "img-src 'self' data: https://static-cdn.jtvnw.net https://yt3.ggpht.com https://cdn.frankerfacez.com https://cdn.betterttv.net https://cdn.7tv.app https://*.emotes.example http://127.0.0.1:8081",
    );
    expect(imageSourcePolicy(createImagePolicy('wss://ms.example'))).toContain(
      'https://ms.example',
    );
  });
});
