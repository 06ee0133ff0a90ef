import { showFirstFrame } from './showFirstFrame';

showFirstFrame(document, { embedPage: true });
