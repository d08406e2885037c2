'use strict';
// The framework ceiling: a bare NestJS application on the same platform (express) with one
// endpoint that accepts the same JSON body and does nothing. No guard, no validation, no store.
require('reflect-metadata');
const { Controller, Get, HttpCode, Module, Post } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');

class BareController {
  create() {
    return { id: 'bare', revision: 0 };
  }
  health() {
    return { status: 'up' };
  }
}
// Plain JavaScript: apply the decorators by hand instead of with TypeScript's syntax.
const create = Object.getOwnPropertyDescriptor(BareController.prototype, 'create');
Post('leads')(BareController.prototype, 'create', create);
HttpCode(201)(BareController.prototype, 'create', create);
const health = Object.getOwnPropertyDescriptor(BareController.prototype, 'health');
Get('health')(BareController.prototype, 'health', health);
Controller('api/v1')(BareController);

class BareModule {}
Module({ controllers: [BareController] })(BareModule);

async function main() {
  const app = await NestFactory.create(BareModule, { logger: false });
  app.enableShutdownHooks();
  await app.listen(Number(process.env.PORT ?? 3999), '127.0.0.1');
}

void main();
