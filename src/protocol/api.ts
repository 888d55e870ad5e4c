import * as v from 'valibot';

/** An API access token as Chatdeck accepts one, wherever it comes from. */
export const apiTokenSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(512));

/** `GET /api/v1/auth` (HTTP Basic): the user's API token. */
export const authResponseSchema = v.object({ token: apiTokenSchema });

/** `GET /api/v1/stream` (Bearer): the streams the user may see. */
export const streamListSchema = v.object({
  streams: v.array(
    v.object({
      id: v.pipe(v.number(), v.integer(), v.minValue(1)),
      name: v.pipe(v.string(), v.maxLength(200)),
      slug: v.optional(v.string()),
      live: v.optional(v.boolean(), false),
    }),
  ),
});

export type StreamSummary = v.InferOutput<typeof streamListSchema>['streams'][number];
