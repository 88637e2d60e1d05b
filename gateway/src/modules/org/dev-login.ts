import { findLoginByEmail, forTenant, loadActor } from '@adal/domain';
import { builder } from '../../builder.js';
import { unauthenticated } from '../../errors/graphql-errors.js';
import { loadViewer, ViewerRef, type ViewerShape } from './viewer.js';

interface DevLoginShape {
  token: string;
  viewer: ViewerShape;
}

const DevLoginPayloadRef = builder.objectRef<DevLoginShape>('DevLoginPayload');

builder.objectType(DevLoginPayloadRef, {
  fields: (t) => ({
    token: t.exposeString('token', {
      description: 'Send as `Authorization: Bearer <token>`; valid for 8 hours.',
    }),
    viewer: t.field({ type: ViewerRef, resolve: (payload) => payload.viewer }),
  }),
});

/** Field name the schema drops when development login is off (see schema.ts). */
export const DEV_LOGIN_FIELD = 'devLogin';
export const DEV_LOGIN_TYPES: readonly string[] = ['DevLoginPayload'];

builder.mutationField(DEV_LOGIN_FIELD, (t) =>
  t.field({
    type: DevLoginPayloadRef,
    description:
      'Signs in by email without a password. Present only when development login is enabled (ADAL_DEV_LOGIN=1).',
    args: { email: t.arg.string({ required: true }) },
    resolve: async (_root, { email }, context) => {
      // The schema without this field is served when disabled; this guards a misconfigured build.
      if (!context.devLogin) throw unauthenticated('Development login is disabled.');
      const login = await findLoginByEmail(context.em, email);
      const em = login ? forTenant(context.orm.em, login.organizationId) : null;
      const actor = login && em ? await loadActor(em, login.personId, login.organizationId) : null;
      if (!actor || !em) throw unauthenticated(`No active person signs in with ${email}.`);
      const token = await context.devLogin.issueToken({
        personId: actor.personId,
        organizationId: actor.organizationId,
      });
      return { token, viewer: await loadViewer(em, actor) };
    },
  }),
);
