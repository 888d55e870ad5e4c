/** The only markdown a chat line needs; everything else renders as its text. */
export const ALLOWED_ELEMENTS = ['p', 'em', 'strong', 'del', 'code', 'a', 'img', 'br'];

/** Link relations for every chat link: no opener, no referrer, not endorsed. */
export const CHAT_LINK_REL = 'noopener noreferrer nofollow ugc';
