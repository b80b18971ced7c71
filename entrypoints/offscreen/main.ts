import { startSensing } from '@/lib/platform/sensing';

startSensing();
