import { showFirstFrameWhenParsed } from './showFirstFrame';

showFirstFrameWhenParsed(document, { embedPage: false });
