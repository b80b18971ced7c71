import '../../components/theme.css';
import './desk-check.css';
import { startPage } from '../../lib/page/start';
import { App } from './app';
import { platformDeskDeps } from './platform';

void startPage({ title: 'deskTitle', app: () => <App deps={platformDeskDeps} /> });
