// The two builds every browser suite runs against: at the root, and under the base path.
import { inject } from 'vitest';
import { TEST_BASE_PATH } from './buildOnce.ts';

export interface SiteBuild {
  where: string;
  distDir: string;
  base: string;
}

export function siteBuilds(): SiteBuild[] {
  return [
    { where: 'at the root', distDir: inject('distDir'), base: '/' },
    { where: `under ${TEST_BASE_PATH}`, distDir: inject('distDirUnderBase'), base: TEST_BASE_PATH },
  ];
}
