import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** Every page: one heading (h1 for screen readers and axe), its actions, then the content. */
export function Page({ title, extra, children }: { readonly title: ReactNode; readonly extra?: ReactNode; readonly children: ReactNode }) {
  return (
    <Flex vertical gap={16} className="page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {children}
    </Flex>
  );
}
