import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, scopeOf, security } from '../../http/router';
import { AppError, fieldIssues } from '../../http/problem';
import { ExportQuery, ReportParam, ReportQuery } from './exports.schemas';
import { exportIndicators, exportReport, type ExportFile } from './exports.service';
import { attachment } from './labels';

const tags = ['indicators'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string().meta({ format: 'binary' }) } } });
const about =
  "Who may: as for the indicators (the unit's leader and staff; the organisation's administrators and auditors). Small numbers are always suppressed: " +
  'a figure or cell resting on fewer citizens than the threshold is written as "skjult (færre end 5)" / "suppressed (fewer than 5)", never as a number; ' +
  'a period with nothing to compute from as "ingen data" / "no data", never 0. Default period as for the indicators; a period ending before it starts: 422 (`to`: before_from). ' +
  'Every export is logged (indicator.export, with its format, unit, period and keys).';

const headers = (f: ExportFile, type: string) => ({ 'content-type': type, 'content-disposition': attachment(f.fileName), 'cache-control': 'no-store' });

export const exportRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/exports/indicators.csv',
      tags,
      security,
      summary: "A unit's indicator tables as one CSV file (UTF-8 with BOM, `;`-separated, decimal comma in Danish; ?lang=en for English)",
      description: `${about} One table after the other, each with a header row and the indicator's key in the first column.`,
      request: { query: ExportQuery },
      responses: { 200: binary('text/csv', 'The CSV file'), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => {
      const f = await exportIndicators(scopeOf(c), c.req.valid('query'), 'csv');
      return c.body(f.body as string, 200, headers(f, 'text/csv; charset=utf-8'));
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/exports/indicators.xlsx',
      tags,
      security,
      summary: "A unit's indicator tables as a spreadsheet: a sheet about the export, then one sheet per indicator (named by its key) with its title and definition",
      description: about,
      request: { query: ExportQuery },
      responses: { 200: binary(XLSX, 'The workbook'), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => {
      const f = await exportIndicators(scopeOf(c), c.req.valid('query'), 'xlsx');
      return c.body(new Uint8Array(f.body as Buffer), 200, headers(f, XLSX));
    },
  );

/** `GET /reports/{unitId}.pdf`: a plain route, since the id and the suffix share one path segment. */
export const reportPdfRoutes = createRouter();
reportPdfRoutes.openAPIRegistry.registerPath({
  method: 'get',
  path: '/reports/{unitId}.pdf',
  tags,
  security,
  summary: "A unit's status report for a period as a PDF (title page, each relevant indicator with its definition, figure and chart, the theory of change)",
  description: about.replace('(indicator.export, with its format, unit, period and keys)', '(indicator.export, format pdf)'),
  request: { params: ReportParam, query: ReportQuery },
  responses: { 200: binary('application/pdf', 'The PDF'), 401: e401, 403: e403, 404: e404, 422: e422 },
});
reportPdfRoutes.get('/reports/:file{[0-9a-fA-F-]{36}\\.pdf}', async (c) => {
  const param = ReportParam.safeParse({ unitId: c.req.param('file').slice(0, -4) });
  if (!param.success) return c.notFound();
  const input = c.req.query();
  const query = ReportQuery.safeParse(input);
  if (!query.success) throw new AppError(422, 'validation_failed', fieldIssues(query.error, input));
  const scope = scopeOf(c);
  const f = await exportReport(scope, param.data.unitId, query.data);
  return c.body(new Uint8Array(f.body as Buffer), 200, headers(f, 'application/pdf'));
});
