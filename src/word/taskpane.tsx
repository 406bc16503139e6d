// Placeholder page: filled in by its issue.
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<p>SMART Plans: this page is being built.</p>);
