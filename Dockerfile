# The dkg app; Neo4j runs in its own container (docker-compose.yml) and is reached via NEO4J_URI.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DKG_HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
# Dev dependencies stay: vite builds the web UI, and tsx runs the TypeScript.
RUN npm ci --no-audit --no-fund --include=dev
COPY . .
# Build the web bundle and the CLI's JavaScript (dist/) now: at run time the app's files belong
# to root and are read-only to it.
RUN npm run build:web && npm run build
EXPOSE 4000
USER node
CMD ["node", "bin/dkg.js", "serve"]
