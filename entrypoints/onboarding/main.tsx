import '../../components/theme.css';
import './onboarding.css';
import { startPage } from '../../lib/page/start';
import { App } from './app';

void startPage({ title: 'onboardingTitle', app: () => <App /> });
