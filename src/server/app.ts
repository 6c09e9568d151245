import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRoute } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import { authRoutes } from './auth/auth.routes';
import { deviceLock, originGuard, requireAuth, sessionMiddleware } from './auth/session-middleware';
import type { Deps } from './deps';
import { docsRoutes } from './http/docs';
import { AppError, problem } from './http/problem';
import { createRouter, json } from './http/router';
import { adminRoutes } from './modules/admin/admin.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { breakGlassRoutes } from './modules/break-glass/break-glass.routes';
import { citizenRoutes } from './modules/citizens/citizens.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { consentRoutes } from './modules/consents/consents.routes';
import { courseRoutes } from './modules/courses/courses.routes';
import { inboundRoutes } from './modules/inbound/inbound.routes';
import { offerRoutes } from './modules/offers/offers.routes';
import { partnerRoutes } from './modules/partners/partners.routes';
import { referralRoutes } from './modules/referrals/referrals.routes';
import { outreachRoutes } from './modules/outreach/outreach.routes';
import { unitRoutes } from './modules/meta/units.routes';
import { agreementRoutes } from './modules/agreements/agreements.routes';
import { crisisRoutes } from './modules/crisis/crisis.routes';
import { stayRoutes } from './modules/crisis/stay.routes';
import { placeRoutes } from './modules/places/places.routes';
import { ctiRoutes, networkRoutes } from './modules/cti/cti.routes';
import { fidelityRoutes } from './modules/fidelity/fidelity.routes';
import { icmRoutes } from './modules/icm/icm.routes';
import { teamRoutes } from './modules/teams/teams.routes';
import { measurementRoutes } from './modules/measurements/measurements.routes';
import { goalRoutes } from './modules/goals/goals.routes';
import { residentialRoutes } from './modules/residential/residential.routes';
import { episodeRoutes } from './modules/episodes/episodes.routes';
import { collaborationRoutes } from './modules/collaboration/collaboration.routes';
import { actionPlanPdfRoutes, actionPlanRoutes } from './modules/action-plans/action-plans.routes';
import { theoryRoutes } from './modules/theories/theories.routes';
import { indicatorRoutes } from './modules/indicators/indicators.routes';
import { exportRoutes, reportPdfRoutes } from './modules/exports/exports.routes';

export const MAX_BODY_BYTES = 1024 * 1024;

const webRoot = resolve('dist/web');

/** Builds the whole application without listening; tests call `app.request()` on it. */
export function createApp(deps: Deps) {
  const api = createRouter()
    .openapi(
      createRoute({ method: 'get', path: '/health', tags: ['system'], responses: { 200: json(z.object({ status: z.literal('ok') })) } }),
      (c) => c.json({ status: 'ok' as const }, 200),
    )
    .route('/', authRoutes)
    .route('/', citizenRoutes)
    .route('/', courseRoutes)
    .route('/', outreachRoutes)
    .route('/', calendarRoutes)
    .route('/', offerRoutes)
    .route('/', referralRoutes)
    .route('/', consentRoutes)
    .route('/', partnerRoutes)
    .route('/', inboundRoutes)
    .route('/', unitRoutes)
    .route('/', agreementRoutes)
    .route('/', crisisRoutes)
    .route('/', stayRoutes)
    .route('/', placeRoutes)
    .route('/', ctiRoutes)
    .route('/', networkRoutes)
    .route('/', fidelityRoutes)
    .route('/', teamRoutes)
    .route('/', icmRoutes)
    .route('/', measurementRoutes)
    .route('/', goalRoutes)
    .route('/', residentialRoutes)
    .route('/', episodeRoutes)
    .route('/', collaborationRoutes)
    .route('/', theoryRoutes)
    .route('/', indicatorRoutes)
    .route('/', exportRoutes)
    .route('/', reportPdfRoutes)
    // The PDF route first: '/action-plans/{id}' would otherwise take '<id>.pdf' as its id.
    .route('/', actionPlanPdfRoutes)
    .route('/', actionPlanRoutes)
    .route('/', breakGlassRoutes)
    .route('/', adminRoutes)
    .route('/', auditRoutes);

  api.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'bb_session' });
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Brobygger API', version: '1.0.0', description: 'Errors are application/problem+json with a stable `code`.' },
  });

  const app = createRouter();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // Map tiles come from the configured tile server, if any.
        imgSrc: ["'self'", 'data:', ...(deps.config.mapTileUrl ? [new URL(deps.config.mapTileUrl.replace(/\{[a-z]\}/g, '0')).origin] : [])],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  app.use('/api/*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => problem(c, 413, 'payload_too_large') }));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('cache-control', 'no-store');
  });
  app.use('/api/v1/*', sessionMiddleware, originGuard, requireAuth, deviceLock);
  app.route('/api/v1', api);
  app.route('/api/docs', docsRoutes());
  app.all('/api/*', (c) => problem(c, 404, 'not_found'));

  // The single-page web app (built by `vite build`), with index.html for client-side routes.
  app.use('/assets/*', serveStatic({ root: webRoot }));
  app.get('/favicon.svg', serveStatic({ root: webRoot }));
  app.get('*', (c) => {
    const index = join(webRoot, 'index.html');
    if (!existsSync(index)) return c.text('The web app is not built: run `npm run build:web`.', 503);
    return c.html(readFileSync(index, 'utf8'));
  });

  app.onError((err, c) => {
    if (err instanceof AppError) return problem(c, err.status, err.code, err.errors);
    if (err instanceof HTTPException) {
      if (err.status === 400) return problem(c, 400, 'malformed_json');
      if (err.status === 413) return problem(c, 413, 'payload_too_large');
      if (err.status === 415) return problem(c, 415, 'unsupported_media_type');
      return problem(c, err.status as 400, 'internal_error');
    }
    // Log the error kind and route only: messages, bodies and queries may hold citizen data.
    console.error(`[error] ${c.req.method} ${c.req.routePath}: ${err.name} ${(err as { code?: string }).code ?? ''}`);
    return problem(c, 500, 'internal_error');
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
