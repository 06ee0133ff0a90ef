import { mount } from './mount';

mount({ embedPage: true });
