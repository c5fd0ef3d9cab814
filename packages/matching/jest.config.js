import { jestEsmPreset } from '../../scripts/jest-preset.mjs';

export default jestEsmPreset();
