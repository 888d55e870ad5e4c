import * as v from 'valibot';
import { streamListSchema } from '../protocol/api';
import { apiBaseUrl } from '../protocol/commands';

/**
 * The names of the streams the token may see (`GET /api/v1/stream`), by id; empty where the
 * server will not say (no CORS for this page, or an error). Callers fall back to "Stream 21".
 */
export async function streamNames(server: string, token: string): Promise<Map<number, string>> {
  try {
    const response = await fetch(`${apiBaseUrl(server)}/api/v1/stream`, {
      headers: { authorization: `Bearer ${token}` },
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!response.ok) return new Map();
    const result = v.safeParse(streamListSchema, await response.json());
    if (!result.success) return new Map();
    return new Map(result.output.streams.map((stream) => [stream.id, stream.name]));
  } catch {
    return new Map();
  }
}
