import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';

/** 200 of a report: the JSON document, or the same figures as CSV (Accept: text/csv or ?format=csv). */
export const ApiReportResponse = (doc: Type<unknown>) =>
  applyDecorators(
    ApiExtraModels(doc),
    ApiOkResponse({
      description: 'The report as JSON, or as CSV when asked (Accept: text/csv or ?format=csv)',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(doc) } },
        'text/csv': {
          schema: {
            type: 'string',
            description:
              'UTF-8 with a byte-order mark (for Excel), a header row, CRLF lines; sent as an attachment ' +
              '(Content-Disposition) whose file name says the report and its period',
          },
        },
      },
    }),
  );
