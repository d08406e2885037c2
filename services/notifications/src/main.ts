import 'reflect-metadata';
import { runService } from '@ia/platform';
import { NotificationsModule } from '@ia/notifications/api';

void runService({ name: 'notifications', contexts: [NotificationsModule] });
