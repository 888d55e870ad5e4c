import { describe, expect, it } from 'vitest';
import { createImagePolicy, parseImageHosts, serverOrigin } from './image-hosts';

describe('image hosts', () => {
  const policy = createImagePolicy('https://ms.example/prefix', [
    'cdn.example',
    '*.emotes.example',
  ]);

  it('allows Twitch emotes and YouTube avatars over https', () => {
    expect(policy.allows('https://static-cdn.jtvnw.net/emoticons/v1/25/1.0')).toBe(true);
    expect(policy.allows('https://yt3.ggpht.com/a/photo.jpg')).toBe(true);
  });

  it('refuses every other host, and the allowed hosts over plain http', () => {
    expect(policy.allows('https://tracker.example/p.png')).toBe(false);
    expect(policy.allows('https://static-cdn.jtvnw.net.evil.example/x.png')).toBe(false);
    expect(policy.allows('https://evilstatic-cdn.jtvnw.net/x.png')).toBe(false);
    expect(policy.allows('http://yt3.ggpht.com/a.jpg')).toBe(false);
    expect(policy.allows('not a url')).toBe(false);
  });

  it("allows the server's own origin, whatever its path", () => {
    expect(policy.allows('https://ms.example/static/icon.png')).toBe(true);
    expect(policy.allows('https://ms.example:8443/static/icon.png')).toBe(false);
    const local = createImagePolicy('ws://127.0.0.1:8081');
    expect(local.allows('http://127.0.0.1:8081/a.png')).toBe(true);
    expect(local.allows('http://127.0.0.1:8082/a.png')).toBe(false);
  });

  it("allows the third-party emote CDNs over https, and an emote mirror's origin", () => {
    expect(policy.allows('https://cdn.7tv.app/emote/01F6MQ33FG000FFJ97ZB8MWV52/1x.webp')).toBe(
      true,
    );
    expect(policy.allows('https://cdn.betterttv.net/emote/5e76d338d6581c3724c0f0b2/1x')).toBe(true);
    expect(policy.allows('https://cdn.frankerfacez.com/emote/381875/1')).toBe(true);
    expect(policy.allows('https://cdn.7tv.app.evil.example/a.webp')).toBe(false);
    expect(policy.allows('http://cdn.7tv.app/a.webp')).toBe(false);
    const mirrored = createImagePolicy('https://ms.example', [], ['http://127.0.0.1:9/mirror']);
    expect(mirrored.allows('http://127.0.0.1:9/cdn.7tv.app/emote/x/1x.webp')).toBe(true);
    expect(mirrored.allows('http://127.0.0.1:10/cdn.7tv.app/emote/x/1x.webp')).toBe(false);
    expect(mirrored.sources.at(-1)).toBe('http://127.0.0.1:9');
  });

  it('allows hosts the user added, exactly or as a wildcard of subdomains', () => {
    expect(policy.allows('https://cdn.example/e.png')).toBe(true);
    expect(policy.allows('https://sub.cdn.example/e.png')).toBe(false);
    expect(policy.allows('https://a.emotes.example/e.png')).toBe(true);
    expect(policy.allows('https://emotes.example/e.png')).toBe(false);
  });

  it('lists its sources for the Content Security Policy', () => {
    expect(policy.sources).toEqual([
      'static-cdn.jtvnw.net',
      'yt3.ggpht.com',
      'cdn.frankerfacez.com',
      'cdn.betterttv.net',
      'cdn.7tv.app',
      'cdn.example',
      '*.emotes.example',
      'https://ms.example',
    ]);
  });

  it('reads a typed list of hosts, dropping what is not a host', () => {
    expect(
      parseImageHosts(
        'cdn.example, https://Emotes.Example/\n*.x.example javascript:alert(1) a b.c:99',
      ),
    ).toEqual(['cdn.example', 'emotes.example', '*.x.example', 'b.c:99']);
    expect(serverOrigin('wss://ms.example/p')).toBe('https://ms.example');
    expect(serverOrigin('ftp://x')).toBeUndefined();
  });
});
