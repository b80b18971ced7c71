import '../../components/theme.css';
import './break.css';
import { startPage } from '../../lib/page/start';
import { App } from './app';
import { platformDeps } from './platform';

void startPage({
  app: () => <App deps={platformDeps} params={new URLSearchParams(location.search)} />,
});
