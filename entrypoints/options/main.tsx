import '../../components/theme.css';
import './options.css';
import { startPage } from '../../lib/page/start';
import { App } from './app';

void startPage({ title: 'optionsTitle', app: () => <App /> });
