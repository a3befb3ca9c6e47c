# Production images of Lotse: one multi-stage build, one target per service (cms, search, site).
# docker compose builds them; see README.md "Production".
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY domain/package.json domain/
COPY runtime/package.json runtime/
COPY extraction/package.json extraction/
COPY search/package.json search/
COPY cms/package.json cms/
COPY site/package.json site/
COPY content-migration/package.json content-migration/
COPY bench/package.json bench/
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

FROM node:22-bookworm-slim AS base
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node

FROM base AS cms
WORKDIR /app/cms
EXPOSE 3000
# Migrations first (idempotent), then the server; never schema push in production.
CMD ["sh", "-c", "../node_modules/.bin/payload run src/scripts/prepareDatabase.ts && exec ../node_modules/.bin/next start -H 0.0.0.0 -p 3000"]

FROM base AS search
WORKDIR /app/search
EXPOSE 3100
CMD ["../node_modules/.bin/tsx", "src/server.ts"]

FROM base AS site
WORKDIR /app/site
ENV HOST=0.0.0.0 PORT=4321
EXPOSE 4321
CMD ["node", "src/server.ts"]
