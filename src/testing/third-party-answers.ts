/**
 * Answers of the third-party emote APIs in their real formats (every field the providers send,
 * values made up), for unit tests. Sources of the formats: FrankerFaceZ's v1 API as Chatterino
 * (src/providers/ffz/FfzEmotes.cpp) and kameloso read it, BetterTTV's v3 API page and
 * Chatterino's BttvEmotes.cpp, 7TV's v3 API as Chatterino's SeventvEmotes.cpp reads it.
 */

export const ffzRoom = {
  room: {
    _id: 366358,
    css: null,
    display_name: 'Chatdeck_Live',
    id: 'chatdeck_live',
    is_group: false,
    mod_urls: null,
    moderator_badge: null,
    set: 366370,
    twitch_id: 910001,
    user_badge_ids: {},
    user_badges: {},
    vip_badge: null,
    youtube_id: null,
  },
  sets: {
    '366370': {
      _type: 1,
      css: null,
      emoticons: [
        {
          created_at: '2016-11-02T14:52:50.395Z',
          css: null,
          height: 32,
          hidden: false,
          id: 139407,
          last_updated: '2016-11-08T21:26:39.377Z',
          margins: null,
          modifier: false,
          name: 'LULW',
          offset: null,
          owner: { _id: 1, display_name: 'Someone', name: 'someone' },
          public: true,
          status: 1,
          urls: {
            '1': 'https://cdn.frankerfacez.com/emote/139407/1',
            '2': 'https://cdn.frankerfacez.com/emote/139407/2',
            '4': 'https://cdn.frankerfacez.com/emote/139407/4',
          },
          usage_count: 12,
          width: 28,
        },
        {
          height: 21,
          hidden: false,
          id: 18146,
          modifier: false,
          name: 'KevinSquirtle',
          public: true,
          // Older answers: protocol-relative, `emoticon`, and only the 1x image.
          urls: { '1': '//cdn.frankerfacez.com/emoticon/18146/1' },
          width: 30,
        },
      ],
      icon: null,
      id: 366370,
      title: 'Channel: Chatdeck_Live',
    },
  },
};

export const ffzGlobal = {
  default_sets: [3],
  sets: {
    '3': {
      _type: 0,
      css: null,
      emoticons: [
        {
          height: 32,
          hidden: false,
          id: 28136,
          modifier: false,
          name: 'OMEGALUL',
          public: true,
          urls: {
            '1': 'https://cdn.frankerfacez.com/emote/28136/1',
            '2': 'https://cdn.frankerfacez.com/emote/28136/2',
          },
          width: 32,
        },
        {
          height: 32,
          hidden: true,
          id: 720507,
          modifier: true,
          modifier_flags: 9,
          name: 'ffzW',
          public: true,
          urls: { '1': 'https://cdn.frankerfacez.com/emote/720507/1' },
          width: 32,
        },
      ],
      icon: null,
      id: 3,
      title: 'Global Emotes',
    },
    '4330': {
      _type: 0,
      emoticons: [
        {
          height: 32,
          id: 29868,
          name: 'NotEveryones',
          urls: { '1': 'https://cdn.frankerfacez.com/emote/29868/1' },
          width: 62,
        },
      ],
      id: 4330,
      title: 'Not a default set',
    },
  },
  users: { '4330': ['sirstendec'] },
};

export const bttvChannel = {
  id: '5a3fc5f8c0b5a9b6d1b8a111',
  bots: ['chatdeckbot'],
  avatar: 'https://static-cdn.jtvnw.net/jtv_user_pictures/x-profile_image-300x300.png',
  channelEmotes: [
    {
      id: '5f1b0186cf6d2144653d2970',
      code: 'catJAM',
      imageType: 'gif',
      animated: true,
      userId: '5a3fc5f8c0b5a9b6d1b8a111',
    },
  ],
  sharedEmotes: [
    {
      id: '566c9fde65dbbdab32ec053e',
      code: 'monkaS',
      imageType: 'png',
      animated: false,
      user: {
        id: '5561169bd6b9d206222a8c19',
        name: 'someone',
        displayName: 'Someone',
        providerId: '12345',
      },
    },
  ],
};

export const bttvGlobal = [
  {
    id: '54fa925e01e468494b85b54d',
    code: 'OhMyGoodness',
    imageType: 'png',
    animated: false,
    userId: '5561169bd6b9d206222a8c19',
    modifier: false,
  },
  {
    id: '5e76d399d6581c3724c0f0b8',
    code: 'SantaHat',
    imageType: 'png',
    animated: false,
    userId: '5561169bd6b9d206222a8c19',
    modifier: false,
  },
  {
    id: '61e5142a06fd6a9f5be10216',
    code: 'w!',
    imageType: 'png',
    animated: false,
    userId: '5561169bd6b9d206222a8c19',
    modifier: true,
  },
];

function seventvEmote(id: string, name: string, flags: number, dataFlags: number, width = 32) {
  const file = (scale: number, format: 'AVIF' | 'WEBP') => ({
    name: `${scale}x.${format.toLowerCase()}`,
    static_name: `${scale}x_static.${format.toLowerCase()}`,
    width: width * scale,
    height: 32 * scale,
    frame_count: 1,
    size: 1000 * scale,
    format,
  });
  return {
    id,
    name,
    flags,
    timestamp: 1661580705379,
    actor_id: '603b7c7496832ffa78522da5',
    data: {
      id,
      name,
      flags: dataFlags,
      lifecycle: 3,
      state: ['LISTED'],
      listed: true,
      animated: false,
      owner: {
        id: '603cb1c696832ffa78cc3bc2',
        username: 'someone',
        display_name: 'Someone',
        avatar_url: '//cdn.7tv.app/user/603cb1c696832ffa78cc3bc2/av_1/3x_static.webp',
        style: {},
        roles: ['62b48deb791a15a25c2a0354'],
      },
      host: {
        url: `//cdn.7tv.app/emote/${id}`,
        files: [1, 2, 3, 4].flatMap((scale) => [file(scale, 'AVIF'), file(scale, 'WEBP')]),
      },
    },
  };
}

export const seventvUser = {
  id: '910001',
  platform: 'TWITCH',
  username: 'chatdeck_live',
  display_name: 'Chatdeck_Live',
  linked_at: 1650000000000,
  emote_capacity: 1000,
  emote_set_id: '01GB2TV1GR0008NEBV81C7M5DP',
  emote_set: {
    id: '01GB2TV1GR0008NEBV81C7M5DP',
    name: 'Chatdeck emotes',
    flags: 0,
    tags: [],
    immutable: false,
    privileged: false,
    emotes: [
      seventvEmote('63071bb9464de28875c52531', 'FeelsDankMan', 0, 0, 28),
      seventvEmote('01F6MQ33FG000FFJ97ZB8MWV52', 'KEKW', 0, 0),
      // Active flag 1: zero-width (the emote's own 256 only recommends it).
      seventvEmote('612fc78b9a14cebbb339b113', 'SteerR', 1, 256),
    ],
    emote_count: 3,
    capacity: 1000,
    owner: { id: '603cb1c696832ffa78cc3bc2', username: 'chatdeck_live' },
  },
  user: { id: '603cb1c696832ffa78cc3bc2', username: 'chatdeck_live', connections: [] },
};

export const seventvGlobal = {
  id: '01HKQT8EWR000ESSWF3625XCS4',
  name: 'Global Emotes',
  flags: 0,
  tags: [],
  immutable: true,
  privileged: true,
  emotes: [seventvEmote('01FCY771D800007PQ2DF3GDTN6', 'RainTime', 1, 256)],
  emote_count: 1,
  capacity: 200,
  owner: { id: '60867b015e01df61570ab900', username: 'seventvapp' },
};
