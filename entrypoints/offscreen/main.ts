import { startSensing } from '@/lib/camera-host/sensing';

startSensing();
