import { mount } from './mount';
// After styles.css (imported by mount), which embed.html shares: the explorer's own rules.
import './explorer.css';
import { App } from './App';

mount(App, { embedPage: false });
