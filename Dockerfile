# The service on its embedded SQLite store, listening on every interface of the container (HOST;
# npm start listens on 127.0.0.1 only). npm ci compiles better-sqlite3 and, through the prepare
# script, builds the web page, so the sources must be in place first.
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npm ci && npm run build
ENV PORT=4000 HOST=0.0.0.0 THIDUA_STORE=sqlite:/data/thidua.db
VOLUME /data
EXPOSE 4000
CMD ["node", "--max-semi-space-size=64", "dist/src/main.js"]
