import { render } from 'preact';
import { i18n } from '#i18n';
import '../../components/theme.css';
import './break.css';
import { App } from './app';
import { platformDeps } from './platform';
import { applyLanguage } from '../../components/language';

// The language setting first (not only the browser's), so the first render is already in it.
void applyLanguage().then(() => {
  document.title = i18n.t('extName');
  render(
    <App deps={platformDeps} params={new URLSearchParams(location.search)} />,
    document.getElementById('app')!,
  );
});
