import { mount } from './mount';

mount({ embedPage: false });
