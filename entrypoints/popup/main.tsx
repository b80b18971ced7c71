import { render } from 'preact';
import { i18n } from '#i18n';
import '../../components/theme.css';
import './popup.css';
import { App } from './app';

document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
render(<App />, document.getElementById('app')!);
