// The components MDX content may import, as `import { Chart } from '@kamerdossier/components'` (the only allowed import).
export { default as Chart } from './Chart.astro';
