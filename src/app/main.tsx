import { App } from './App';
import { mount } from './mount';

mount(App, { embedPage: false });
