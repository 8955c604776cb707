# The dkg app; Neo4j runs in its own container (docker-compose.yml) and is reached via NEO4J_URI.

# Build stage: every dependency, to compile src/ (tsc -> dist/) and bundle the web explorer (vite -> web/dist).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Runtime stage: production dependencies and the built files only (no TypeScript sources, no tsx, no vite).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DKG_HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY bin ./bin
COPY scripts/build.js ./scripts/build.js
COPY schema ./schema
COPY samples ./samples
# Build the city index cache once, read-only at run time (src/knowledge/city-index-cache.ts).
RUN node bin/dkg.js extract samples/02-erdogan-putin-phone-grain.txt > /dev/null
EXPOSE 4000
USER node
CMD ["node", "bin/dkg.js", "serve"]
