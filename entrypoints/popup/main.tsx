import '../../components/theme.css';
import './popup.css';
import { startPage } from '../../lib/page/start';
import { App } from './app';

void startPage({ app: () => <App /> });
