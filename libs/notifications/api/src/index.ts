export { NotificationsModule } from './notifications.module';
export { FACTS_CONSUMER } from './reactions';
export { dingTalkSignature } from './sending/robots';
