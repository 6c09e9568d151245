import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { IdParam } from '../../../shared/schemas/common';
import {
  AlertList,
  CitizenChart,
  Development,
  Instrument,
  InstrumentBody,
  InstrumentCreate,
  InstrumentList,
  Measurement,
  MeasurementCreate,
  MeasurementQuery,
  Outcomes,
  OutcomesQuery,
} from '../../../shared/schemas/measurements';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { myAlerts } from './alerts.service';
import { citizenChart } from './citizen-chart.service';
import { createInstrument, listInstruments, updateInstrument } from './instruments.service';
import { getDevelopment, listMeasurements, recordMeasurement } from './measurements.service';
import { outcomesOf } from './outcomes.service';

const tags = ['measurements'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Conflict (see code)' };
const KeyParam = z.strictObject({ key: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/) });

export const measurementRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/instruments',
      tags,
      security,
      summary: "The organisation's instruments in their latest versions (WHO-5, session feedback, and its own)",
      request: { query: z.strictObject({ organisationId: z.uuid().optional() }) },
      responses: { 200: json(InstrumentList), 401: e401, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await listInstruments(scopeOf(c), c.req.valid('query').organisationId), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/instruments', tags, security, summary: 'Add an instrument (administrator)', request: jsonBody(InstrumentCreate), responses: { 201: json(Instrument), 401: e401, 403: e403, 409: e409, 422: e422 } }),
    async (c) => c.json(await createInstrument(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/instruments/{key}',
      tags,
      security,
      summary: 'Save a new version of an instrument (administrator); past scores keep the version they were given with',
      request: { params: KeyParam, ...jsonBody(InstrumentBody) },
      responses: { 200: json(Instrument), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await updateInstrument(scopeOf(c), c.req.valid('param').key, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/courses/{id}/measurements',
      tags,
      security,
      summary: 'Record an answered instrument after a session (a retry with the same id creates nothing new)',
      request: { params: IdParam, ...jsonBody(MeasurementCreate) },
      responses: { 200: json(Measurement, 'Already recorded'), 201: json(Measurement, 'Recorded'), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => {
      const { created, measurement } = await recordMeasurement(scopeOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(measurement, created ? 201 : 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/citizens/{id}/measurements',
      tags,
      security,
      summary: "The citizen's measurements, newest first",
      request: { params: IdParam, query: MeasurementQuery },
      responses: { 200: json(z.object({ items: z.array(Measurement) })), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await listMeasurements(scopeOf(c), c.req.valid('param').id, c.req.valid('query').instrument), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/citizens/{id}/development',
      tags,
      security,
      summary: 'Each instrument over time with cutoffs and the reliable-change band, and the alerts',
      request: { params: IdParam },
      responses: { 200: json(Development), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await getDevelopment(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/citizen-chart',
      tags,
      security,
      summary: "The citizen's own chart for the citizen view: totals over time only",
      request: { params: IdParam },
      responses: { 200: json(CitizenChart), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await citizenChart(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/me/alerts', tags, security, summary: "Alerts for the citizens on the caller's courses", responses: { 200: json(AlertList), 401: e401 } }),
    async (c) => c.json(await myAlerts(scopeOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/outcomes',
      tags,
      security,
      summary: "A unit's outcomes for its leader: sessions with feedback, change since the first measurement, goals (no text)",
      request: { query: OutcomesQuery },
      responses: { 200: json(Outcomes), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await outcomesOf(scopeOf(c), c.req.valid('query').unitId), 200),
  );
