export * from './project-history.module';
