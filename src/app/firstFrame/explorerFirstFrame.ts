import { prefetchDataset } from './prefetchDataset';
import { showFirstFrameWhenParsed } from './showFirstFrame';

prefetchDataset(window);
showFirstFrameWhenParsed(document, { embedPage: false });
