import { render } from 'preact';
import { i18n } from '#i18n';
import '../../components/theme.css';
import { App } from './app';

document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
document.title = `${i18n.t('optionsTitle')} · ${i18n.t('extName')}`;
render(<App />, document.getElementById('app')!);
