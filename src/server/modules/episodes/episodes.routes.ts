import { createRouter } from '../../http/router';

export const episodeRoutes = createRouter();
