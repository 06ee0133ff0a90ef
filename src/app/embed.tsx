import { EmbedApp } from './EmbedApp';
import { mount } from './mount';

mount(EmbedApp, { embedPage: true });
