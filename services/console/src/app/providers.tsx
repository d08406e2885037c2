import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { onUnauthenticated } from '../lib/api/client';
import { isProblem } from '../lib/api/problem';
import { I18nProvider, useI18n } from '../lib/i18n/i18n';
import { SESSION_KEY } from '../lib/session/session';
import { theme } from './theme';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache(),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // A refusal will not change by asking again; only a dropped connection is retried.
        retry: (count, error) => count < 2 && isProblem(error) && error.status === 0,
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}

function Localised({ children }: { readonly children: ReactNode }) {
  const { language } = useI18n();
  useEffect(() => {
    dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function Providers({ children, client }: { readonly children: ReactNode; readonly client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  useEffect(() => onUnauthenticated(() => queryClient.setQueryData(SESSION_KEY, null)), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Localised>{children}</Localised>
      </I18nProvider>
    </QueryClientProvider>
  );
}
