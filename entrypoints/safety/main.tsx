import '../../components/theme.css';
import { startPage } from '../../lib/page/start';
import { App } from './app';

void startPage({ title: 'safetyPageTitle', app: () => <App /> });
