import { render } from 'preact';
import '../../components/theme.css';
import './popup.css';
import { App } from './app';
import { applyLanguage } from '../../components/language';

// The language setting first, so the first render is already in the chosen language.
void applyLanguage().then(() => {
  render(<App />, document.getElementById('app')!);
});
