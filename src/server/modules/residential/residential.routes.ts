import { createRouter } from '../../http/router';

export const residentialRoutes = createRouter();
