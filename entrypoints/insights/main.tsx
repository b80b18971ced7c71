import '../../components/theme.css';
import './insights.css';
import { startPage } from '../../lib/page/start';
import { App } from './app';

void startPage({ title: 'insightsTitle', app: () => <App /> });
