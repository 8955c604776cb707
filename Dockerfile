# The dkg app; Neo4j runs in its own container (docker-compose.yml) and is reached via NEO4J_URI.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DKG_HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
# Dev dependencies stay: the web UI is built with them at start, and tsx runs the TypeScript.
RUN npm ci --no-audit --no-fund --include=dev
COPY . .
EXPOSE 4000
USER node
CMD ["node", "bin/dkg.js", "serve"]
