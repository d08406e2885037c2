import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

export function buildOpenApi(app: INestApplication, service: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(`招商引资全链条服务 IA Suite — ${service}`)
    .setDescription(
      '事件溯源的招商引资全链条服务：线索、签约、代办审批、交地、建设、投产与审计回放。\n\n' +
        'Event-sourced services for the whole investment-attraction chain. Errors are RFC 9457 problem+json with a stable `code`, ' +
        'a Simplified-Chinese `title` and an English `detail`. Send `Idempotency-Key` to make a command safe to retry.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Swagger UI at /docs and the JSON document at /docs-json. */
export function serveOpenApi(app: INestApplication, service: string): OpenAPIObject {
  const document = buildOpenApi(app, service);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', customSiteTitle: `IA Suite ${service} API` });
  return document;
}
