import type { ThemeConfig } from 'antd';

/**
 * Ant Design as it is, in the blue of government service portals, with Chinese fonts first. The secondary,
 * placeholder and link colours are darkened so that every text reaches WCAG AA contrast (4.5:1) on white.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    colorInfo: '#1f5fbf',
    colorLink: '#1f5fbf',
    colorPrimaryHover: '#174a96',
    colorLinkHover: '#174a96',
    colorTextSecondary: '#595959',
    colorTextTertiary: '#636363',
    colorTextQuaternary: '#6e6e6e',
    colorTextDisabled: '#707070',
    colorTextPlaceholder: '#6e6e6e',
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Segoe UI", Roboto, sans-serif',
  },
};
