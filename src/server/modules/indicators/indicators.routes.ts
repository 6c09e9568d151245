import { createRoute } from '@hono/zod-openapi';
import {
  Dashboard,
  DashboardParam,
  DashboardQuery,
  IndicatorCatalogue,
  IndicatorCourses,
  IndicatorCoursesQuery,
  IndicatorKeyParam,
  IndicatorQuery,
  IndicatorResult,
} from '../../../shared/schemas/indicators';
import { createRouter, errorResponses, json, scopeOf, security } from '../../http/router';
import { computeIndicator, indicatorCatalogue, indicatorCourses, unitDashboard } from './indicators.service';

const tags = ['indicators'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const period =
  'Default period: the last 12 whole months, by month. A period ending before it starts is refused (`to`: before_from), as is one of 10 years or more (`to`: too_big). ' +
  'A period with nothing to compute from has n 0 and value null. Outside the unit (organisation administrators and auditors) a figure resting on fewer citizens than the small-number threshold is suppressed.';

export const indicatorRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/indicators',
      tags,
      security,
      summary: 'The indicators Brobygger computes (their titles and exact definitions are i18n keys indicators.<key>.title / .definition)',
      responses: { 200: json(IndicatorCatalogue), 401: e401 },
    }),
    (c) => c.json(indicatorCatalogue(scopeOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/indicators/{key}',
      tags,
      security,
      summary: "One indicator of a unit, per period and in total, with the number of citizens behind each figure",
      description: period,
      request: { params: IndicatorKeyParam, query: IndicatorQuery },
      responses: { 200: json(IndicatorResult), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await computeIndicator(scopeOf(c), c.req.valid('param').key, c.req.valid('query'), { forExport: false }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/indicators/{key}/courses',
      tags,
      security,
      summary: "The courses behind an indicator's figure for the whole period (the unit's leader and staff; only courses you may see)",
      description: 'Every course listed is logged as read. Default period as for the indicator.',
      request: { params: IndicatorKeyParam, query: IndicatorCoursesQuery },
      responses: { 200: json(IndicatorCourses), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await indicatorCourses(scopeOf(c), c.req.valid('param').key, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/dashboards/{unitId}',
      tags,
      security,
      summary: "A unit's dashboard: its methods and every indicator relevant to them, over one period",
      description: period,
      request: { params: DashboardParam, query: DashboardQuery },
      responses: { 200: json(Dashboard), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await unitDashboard(scopeOf(c), c.req.valid('param').unitId, c.req.valid('query')), 200),
  );
