import type { FastifyReply } from 'fastify';

/** The API's error body: { success: false, error: one line }. */
export function fail(reply: FastifyReply, status: number, error: string) {
  return reply.code(status).type('application/json; charset=utf-8').send({ success: false, error });
}

export const notFound = (reply: FastifyReply, error: string) => fail(reply, 404, error);
