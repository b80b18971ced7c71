import { render } from 'preact';
import { i18n } from '#i18n';
import '../../components/theme.css';
import './break.css';
import { App } from './app';
import { platformDeps } from './platform';

document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
document.title = i18n.t('extName');
render(
  <App deps={platformDeps} params={new URLSearchParams(location.search)} />,
  document.getElementById('app')!,
);
