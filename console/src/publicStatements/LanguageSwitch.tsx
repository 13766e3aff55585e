import { Button } from '@mui/material';
import { useLocaleState } from 'react-admin';

/** The other language, by its own name: the owners' pages have no app bar and its language menu. */
export function LanguageSwitch({ color }: { color?: 'inherit' | 'primary' }) {
  const [locale, setLocale] = useLocaleState();
  return (
    <Button size="small" color={color} onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')} data-testid="language-switch">
      {locale === 'en' ? '简体中文' : 'English'}
    </Button>
  );
}
