import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { BUNDLED_DATASET, BUNDLED_DATASET_NAME } from './bundledDataset';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App data={BUNDLED_DATASET} sourceName={BUNDLED_DATASET_NAME} search={window.location.search} />
  </StrictMode>,
);
