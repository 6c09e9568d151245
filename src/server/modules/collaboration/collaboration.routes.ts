import { createRouter } from '../../http/router';

export const collaborationRoutes = createRouter();
