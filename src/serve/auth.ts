// Writes need the token given at start. Without one the server is read-only: every write is 403.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fail } from './replies.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireToken(token: string | undefined) {
  const expected = token ? digest(token) : null;
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!expected) return fail(reply, 403, 'this server is read-only: start sitrep serve with --token to allow writes');
    const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    // Hashes have equal lengths, so the comparison takes the same time whatever was sent.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      reply.header('WWW-Authenticate', 'Bearer');
      return fail(reply, 401, given ? 'wrong token' : 'missing Authorization: Bearer token');
    }
  };
}
