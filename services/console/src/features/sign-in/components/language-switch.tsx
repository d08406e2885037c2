import { Segmented } from 'antd';
import { useI18n, type Language } from '../../../lib/i18n/i18n';

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('header.language')}
      value={language}
      onChange={setLanguage}
      options={[
        { value: 'zh-CN', label: t('header.chinese') },
        { value: 'en', label: t('header.english') },
      ]}
    />
  );
}
