import { render } from 'preact';
import { i18n } from '#i18n';
import '../../components/theme.css';
import { App } from './app';
import { platformDeskDeps } from './platform';
import { applyLanguage } from '../../components/language';

// The language setting first, so the first render is already in the chosen language.
void applyLanguage().then(() => {
  document.title = `${i18n.t('deskTitle')} · ${i18n.t('extName')}`;
  render(<App deps={platformDeskDeps} />, document.getElementById('app')!);
});
