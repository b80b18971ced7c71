import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/lib/platform/background-main';

export default defineBackground(startBackground);
